import { describe } from 'vitest';
import { buildManifest, createOptionsPointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const syntax = buildManifest({ modules: { m: { createOptions: '{"HostConfig":{"Binds":["/a:/b",]}}' } } });
const notObject = buildManifest({ modules: { m: { createOptions: '"text"' } } });

describe('invalid-create-options', () => {
  testRule('invalid-create-options', {
    valid: [{ name: 'an object in a string', manifest: buildManifest({ modules: { m: { createOptions: { Env: [] } } } }) }],
    invalid: [
      { name: 'a syntax error, at the character', manifest: syntax, errors: [{ messageId: 'syntax', path: createOptionsPointer('m'), ...positionOf(syntax, ',]}}"') }] },
      { name: 'not an object', manifest: notObject, errors: [{ messageId: 'notObject', path: createOptionsPointer('m'), ...positionOf(notObject, '"createOptions"', 2) }] },
    ],
  });
});
