import { describe } from 'vitest';
import { buildManifest, modulePointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const values = buildManifest({ modules: { m: { env: { N: { value: 5 }, E: {} } } } });

describe('env-value-type', () => {
  testRule('env-value-type', {
    valid: [{ name: 'strings', manifest: buildManifest({ modules: { m: { env: { A: { value: 'true' } } } } }) }],
    invalid: [
      {
        name: 'a number and a missing value',
        manifest: values,
        errors: [
          { messageId: 'converted', severity: 'info', path: `${modulePointer('m')}/env/N/value`, ...positionOf(values, '"value": 5'), data: { value: '5' } },
          { messageId: 'missing', severity: 'warning', path: `${modulePointer('m')}/env/E`, ...positionOf(values, '"E"') },
        ],
      },
    ],
  });
});
