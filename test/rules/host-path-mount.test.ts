import { describe } from 'vitest';
import { buildManifest, createOptionsPointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const binds = buildManifest({ modules: { m: { createOptions: { HostConfig: { Binds: ['/var/run/docker.sock:/var/run/docker.sock', 'C:/Dev/data:/d', 'myvol:/data', '/srv/data:/data', '/dev/video0:/dev/video0'] } } } } });

describe('host-path-mount', () => {
  testRule('host-path-mount', {
    valid: [{ name: 'volume mounts', manifest: buildManifest({ modules: { m: { createOptions: { HostConfig: { Mounts: [{ Type: 'volume', Source: 'data', Target: '/data' }] } } } } }) }],
    invalid: [
      {
        name: 'docker socket, Windows path, named volume, plain host path',
        manifest: binds,
        errors: [
          { messageId: 'dockerSocket', severity: 'error', path: createOptionsPointer('m'), innerPath: '/HostConfig/Binds/0', ...positionOf(binds, '\\"/var/run/docker.sock') },
          { messageId: 'windowsPath', severity: 'error', path: createOptionsPointer('m'), innerPath: '/HostConfig/Binds/1', ...positionOf(binds, '\\"C:/Dev') },
          { messageId: 'namedVolume', severity: 'error', path: createOptionsPointer('m'), innerPath: '/HostConfig/Binds/2', ...positionOf(binds, '\\"myvol') },
          { messageId: 'hostPath', severity: 'warning', path: createOptionsPointer('m'), innerPath: '/HostConfig/Binds/3', ...positionOf(binds, '\\"/srv/data') },
        ],
      },
    ],
  });
});
