import { describe, expect } from 'vitest';
import { buildManifest } from '../helpers/manifest-builder.js';
import { testRule } from '../helpers/rule-tester.js';

describe('invalid-json', () => {
  testRule('invalid-json', {
    valid: [{ name: 'a valid manifest', manifest: buildManifest() }],
    invalid: [
      { name: 'a trailing comma, once, at the comma', manifest: '{\n  "modulesContent": {},\n}\n', errors: [{ messageId: 'syntax', path: '', line: 2, column: 23, data: { detail: 'trailing comma before "}" is not allowed in JSON' } }] },
      { name: 'an unquoted placeholder', manifest: '{\n  "modulesContent": __CONTENT__\n}\n', errors: [{ messageId: 'syntax', path: '', line: 2, column: 21, data: { detail: expect.stringContaining('__CONTENT__') as unknown as string } }] },
      { name: 'an empty file', manifest: '', errors: [{ messageId: 'syntax', path: '', line: 1, column: 1, data: { detail: 'the input is empty' } }] },
      { name: 'not an object', manifest: '"modulesContent"', errors: [{ messageId: 'notObject', path: '', line: 1, column: 1, data: { found: 'a string' } }] },
    ],
  });
});
