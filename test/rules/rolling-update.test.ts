import { describe } from 'vitest';
import { buildManifest, createOptionsPointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const gpu = buildManifest({ modules: { infer: { createOptions: { 'k8s-experimental': { resources: { limits: { 'nvidia.com/gpu': 1 } } } } } } });

describe('rolling-update', () => {
  testRule('rolling-update', {
    valid: [{ name: 'Recreate is set', manifest: buildManifest({ modules: { infer: { createOptions: { 'k8s-experimental': { resources: { limits: { 'nvidia.com/gpu': 1 } }, strategy: { type: 'Recreate' } } } } } }) }],
    invalid: [{ name: 'a GPU without Recreate', manifest: gpu, errors: [{ messageId: 'deadlock', path: createOptionsPointer('infer'), innerPath: '/k8s-experimental', ...positionOf(gpu, '\\"k8s-experimental'), data: { what: 'a GPU' } }] }],
  });
});
