import { describe } from 'vitest';
import { buildManifest, createOptionsPointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const privileged = buildManifest({ modules: { net: { createOptions: { HostConfig: { Privileged: 'true' } } } } });

describe('privileged-module', () => {
  testRule('privileged-module', {
    valid: [{ name: 'not privileged', manifest: buildManifest({ modules: { net: { createOptions: { HostConfig: { Privileged: false } } } } }) }],
    invalid: [{ name: 'the string "true" counts, as in the runtime', manifest: privileged, errors: [{ messageId: 'privileged', path: createOptionsPointer('net'), innerPath: '/HostConfig/Privileged', ...positionOf(privileged, '\\"Privileged') }] }],
  });
});
