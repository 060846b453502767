import { describe } from 'vitest';
import { buildManifest, modulePointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const huge = buildManifest({ modules: { blob: { createOptions: { Cmd: ['x'.repeat(1_100_000)] } } } });

describe('module-too-large', () => {
  testRule('module-too-large', {
    valid: [{ name: 'an ordinary module', manifest: buildManifest({ modules: { a: { createOptions: { Cmd: ['x'.repeat(10_000)] } } } }) }],
    invalid: [{ name: 'a 1.1 MB createOptions', manifest: huge, errors: [{ messageId: 'tooLarge', path: modulePointer('blob'), ...positionOf(huge, '"blob"') }] }],
  });
});
