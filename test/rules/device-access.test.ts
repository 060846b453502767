import { describe } from 'vitest';
import { buildManifest, createOptionsPointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const devices = buildManifest({
  modules: { cam: { createOptions: { HostConfig: { Devices: [{ PathOnHost: '/dev/video0', PathInContainer: '/dev/video0', CgroupPermissions: 'rwm' }], runtime: 'nvidia', Binds: ['/dev:/dev'] } } } },
});

describe('device-access', () => {
  testRule('device-access', {
    valid: [{ name: 'no devices', manifest: buildManifest({ modules: { m: { createOptions: { HostConfig: { Binds: ['/data:/data'] } } } } }) }],
    invalid: [
      {
        name: 'devices, a GPU runtime and /dev bind',
        manifest: devices,
        errors: [
          { messageId: 'devices', severity: 'error', path: createOptionsPointer('cam'), innerPath: '/HostConfig/Devices', ...positionOf(devices, '\\"Devices'), data: { field: 'HostConfig.Devices' } },
          { messageId: 'gpu', severity: 'error', path: createOptionsPointer('cam'), innerPath: '/HostConfig/runtime', ...positionOf(devices, '\\"runtime'), data: { field: 'HostConfig.Runtime' } },
          { messageId: 'deviceBind', severity: 'warning', path: createOptionsPointer('cam'), innerPath: '/HostConfig/Binds/0', ...positionOf(devices, '\\"/dev:/dev') },
        ],
      },
    ],
  });
});
