import { describe } from 'vitest';
import { buildManifest, modulePointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const digit = buildManifest({ modules: { '1wire': {} } });
const long = buildManifest({ modules: { ['m'.repeat(70)]: {} } });
const symbols = buildManifest({ modules: { '___': {} } });

describe('invalid-module-name', () => {
  testRule('invalid-module-name', {
    valid: [{ name: 'underscores and case are sanitized away', manifest: buildManifest({ modules: { Sample_Module: {} } }) }],
    invalid: [
      { name: 'starts with a digit', manifest: digit, errors: [{ messageId: 'notDns1035', path: modulePointer('1wire'), ...positionOf(digit, '"1wire"'), data: { name: '1wire' } }] },
      { name: 'longer than 63', manifest: long, errors: [{ messageId: 'tooLong', path: modulePointer('m'.repeat(70)), ...positionOf(long, `"${'m'.repeat(70)}"`), data: { length: 70 } }] },
      { name: 'nothing left', manifest: symbols, errors: [{ messageId: 'empty', path: modulePointer('___'), ...positionOf(symbols, '"___"') }] },
    ],
  });
});
