import { describe } from 'vitest';
import { buildManifest, EDGE_HUB_POINTER } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const ports = { PortBindings: { '8883/tcp': [{ HostPort: '8883' }] } };
const none = buildManifest({ edgeHub: { env: { RuntimeLogLevel: { value: 'info' } } } });
const unmounted = buildManifest({ edgeHub: { env: { storageFolder: { value: '/storage' } } } });

describe('edgehub-storage', () => {
  testRule('edgehub-storage', {
    valid: [
      { name: 'a volume Mount at the store', manifest: buildManifest({ edgeHub: { createOptions: { Env: ['storageFolder=/storage'], HostConfig: { ...ports, Mounts: [{ Type: 'volume', Source: 'message-storage', Target: '/storage' }] } } } }) },
      { name: 'a pre-created claim through k8s-experimental', manifest: buildManifest({ edgeHub: { env: { storageFolder: { value: '/storage/hub' } }, createOptions: { 'k8s-experimental': { volumes: [{ volume: { name: 'pvc', persistentVolumeClaim: { claimName: 'hub' } }, volumeMounts: [{ name: 'pvc', mountPath: '/storage' }] }] } } } }) },
      { name: 'a layer without edgeHub', manifest: JSON.stringify({ content: { modulesContent: { $edgeAgent: {} } } }) },
    ],
    invalid: [
      { name: 'no store folder', manifest: none, errors: [{ messageId: 'noStorage', severity: 'info', path: `${EDGE_HUB_POINTER}/env`, ...positionOf(none, '"env"') }] },
      { name: 'a store folder on no volume', manifest: unmounted, errors: [{ messageId: 'notMounted', path: `${EDGE_HUB_POINTER}/env/storageFolder`, ...positionOf(unmounted, '"storageFolder"'), data: { folder: '/storage' } }] },
    ],
  });
});
