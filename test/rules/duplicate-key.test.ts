import { describe } from 'vitest';
import { buildManifest, createOptionsPointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const outer = buildManifest({ modules: { m: { env: { A: { value: '1' } } } } }).replace('"A": {', '"A": { "value": "0" },\n            "A": {');
const inner = buildManifest({ modules: { m: { createOptions: '{"Env":["A=1"],"Env":["A=2"]}' } } });

describe('duplicate-key', () => {
  testRule('duplicate-key', {
    valid: [{ name: 'unique keys', manifest: buildManifest({ modules: { m: {} } }) }],
    invalid: [
      { name: 'in the file', manifest: outer, errors: [{ messageId: 'duplicate', path: '/modulesContent/$edgeAgent/properties.desired/modules/m/env/A', ...positionOf(outer, '"A"', 2) }] },
      { name: 'inside createOptions', manifest: inner, errors: [{ messageId: 'duplicateInCreateOptions', path: createOptionsPointer('m'), innerPath: '/Env', ...positionOf(inner, '\\"Env', 2) }] },
    ],
  });
});
