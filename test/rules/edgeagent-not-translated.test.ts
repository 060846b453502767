import { describe } from 'vitest';
import { buildManifest, EDGE_AGENT_POINTER } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const full = buildManifest();

describe('edgeagent-not-translated', () => {
  testRule('edgeagent-not-translated', {
    valid: [{ name: 'a layer has no edgeAgent module', manifest: JSON.stringify({ content: { modulesContent: { $edgeAgent: {} } } }) }],
    invalid: [{ name: 'the system module', manifest: full, errors: [{ messageId: 'provided', severity: 'info', path: EDGE_AGENT_POINTER, ...positionOf(full, '"edgeAgent": {') }] }],
  });
});
