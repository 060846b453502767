import { describe } from 'vitest';
import { buildManifest, createOptionsPointer, modulePointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const digit = buildManifest({ modules: { m: { env: { '1ST': { value: 'x' } }, createOptions: { Env: ['MY VAR=1'] } } } });

describe('invalid-env-name', () => {
  testRule('invalid-env-name', {
    valid: [
      { name: 'valid names, and colons (env-name-colon reports those)', manifest: buildManifest({ modules: { m: { env: { 'a.b-c_D': { value: '1' }, 'a:b': { value: '2' } } } } }) },
      { name: 'relaxed names from 1.34', manifest: buildManifest({ modules: { m: { env: { '1ST': { value: 'x' } } } } }), options: { kubernetesVersion: { major: 1, minor: 34 } } },
    ],
    invalid: [
      {
        name: 'a leading digit and a space before 1.34',
        manifest: digit,
        errors: [
          { messageId: 'invalid', path: createOptionsPointer('m'), innerPath: '/Env/0', ...positionOf(digit, '\\"MY VAR'), data: { name: 'MY VAR' } },
          { messageId: 'invalid', path: `${modulePointer('m')}/env/1ST`, ...positionOf(digit, '"1ST"'), data: { name: '1ST' } },
        ],
      },
    ],
  });
});
