import { describe } from 'vitest';
import { buildManifest, createOptionsPointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const labels = buildManifest({ modules: { web: { createOptions: { Labels: { '---': 'x', 'Complicated Value': 'y' } } } } });

describe('invalid-label-key', () => {
  testRule('invalid-label-key', {
    valid: [{ name: 'valid keys', manifest: buildManifest({ modules: { web: { createOptions: { Labels: { 'example.com/tier': 'edge', app: 'web' } } } } }) }],
    invalid: [
      {
        name: 'a key with no usable characters, and one that is rewritten',
        manifest: labels,
        errors: [
          { messageId: 'invalid', severity: 'error', path: createOptionsPointer('web'), innerPath: '/Labels/---', ...positionOf(labels, '\\"---') },
          { messageId: 'renamed', severity: 'info', path: createOptionsPointer('web'), innerPath: '/Labels/Complicated Value', ...positionOf(labels, '\\"Complicated'), data: { annotation: 'ComplicatedValue' } },
        ],
      },
    ],
  });
});
