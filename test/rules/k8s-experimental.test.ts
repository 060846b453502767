import { describe } from 'vitest';
import { buildManifest, createOptionsPointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const keys = buildManifest({ modules: { m: { createOptions: { 'k8s-experimental': { 'service-options': { type: 'LoadBalancer' }, Resources: {}, resources: {}, affinity: {} } } } } });
const clash = buildManifest({
  modules: { m: { createOptions: { HostConfig: { Binds: ['/data:/data'] }, 'k8s-experimental': { volumes: [{ volume: { name: 'data', emptyDir: {} }, volumeMounts: [] }], serviceOptions: { type: 'Ingress' } } } } },
});
const wrongCase = buildManifest({ modules: { m: { createOptions: { 'K8s-Experimental': {} } } } });

describe('k8s-experimental', () => {
  testRule('k8s-experimental', {
    valid: [
      {
        name: 'the documented keys',
        manifest: buildManifest({ modules: { m: { createOptions: { 'k8s-experimental': { nodeSelector: { edge: 'true' }, serviceOptions: { type: 'NodePort' }, strategy: { type: 'Recreate' }, volumes: [{ volume: { name: 'cfg', configMap: { name: 'c' } }, volumeMounts: [{ name: 'cfg', mountPath: '/etc/c' }] }] } } } } }),
      },
    ],
    invalid: [
      {
        name: 'unknown and repeated keys',
        manifest: keys,
        errors: [
          { messageId: 'didYouMean', path: createOptionsPointer('m'), innerPath: '/k8s-experimental/service-options', ...positionOf(keys, '\\"service-options'), data: { suggestion: 'serviceOptions' } },
          { messageId: 'clash', path: createOptionsPointer('m'), innerPath: '/k8s-experimental/resources', ...positionOf(keys, '\\"resources') },
          { messageId: 'unknownKey', path: createOptionsPointer('m'), innerPath: '/k8s-experimental/affinity', ...positionOf(keys, '\\"affinity') },
        ],
      },
      {
        name: 'a volume name the translation also uses, and a bad Service type',
        manifest: clash,
        errors: [
          { messageId: 'volumeClash', severity: 'error', path: createOptionsPointer('m'), innerPath: '/k8s-experimental/volumes/0/volume/name', ...positionOf(clash, '\\"name\\":\\"data'), data: { name: 'data' } },
          { messageId: 'invalidValue', severity: 'error', path: createOptionsPointer('m'), innerPath: '/k8s-experimental/serviceOptions', ...positionOf(clash, '\\"serviceOptions'), data: { detail: 'serviceOptions.type must be ClusterIP, NodePort or LoadBalancer' } },
        ],
      },
      { name: 'the section key is case-sensitive', manifest: wrongCase, errors: [{ messageId: 'wrongCase', path: createOptionsPointer('m'), innerPath: '/K8s-Experimental', ...positionOf(wrongCase, '\\"K8s-Experimental') }] },
      {
        name: 'extensions turned off',
        manifest: buildManifest({ modules: { m: { createOptions: { 'k8s-experimental': {} } } } }),
        options: { k8sExtensions: false },
        errors: [{ messageId: 'disabled', severity: 'info', path: createOptionsPointer('m'), innerPath: '/k8s-experimental', ...positionOf(buildManifest({ modules: { m: { createOptions: { 'k8s-experimental': {} } } } }), '\\"k8s-experimental') }],
      },
    ],
  });
});
