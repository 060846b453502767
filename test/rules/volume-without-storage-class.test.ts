import { describe } from 'vitest';
import { buildManifest } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const volume = buildManifest({ edgeHub: { createOptions: { HostConfig: { Mounts: [{ Type: 'volume', Source: 'message-storage', Target: '/storage' }] } } } });

describe('volume-without-storage-class', () => {
  testRule('volume-without-storage-class', {
    valid: [{ name: 'a storage class is given', manifest: volume, options: { storageClass: 'azurefile' } }],
    invalid: [
      {
        name: 'no storage class',
        manifest: volume,
        errors: [{ messageId: 'pending', path: '/modulesContent/$edgeAgent/properties.desired/systemModules/edgeHub/settings/createOptions', innerPath: '/HostConfig/Mounts/0', ...positionOf(volume, '{\\"Type\\":\\"volume'), data: { claim: 'message-storage' } }],
      },
    ],
  });
});
