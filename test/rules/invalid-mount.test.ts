import { describe } from 'vitest';
import { buildManifest, createOptionsPointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const mounts = buildManifest({
  modules: { db: { createOptions: { HostConfig: { Mounts: [{ Type: 'volume', Target: '/data' }, { Type: 'tmpfs', Source: 'x', Target: '/tmp' }, { Type: 'volume', Source: '...', Target: '/v' }] } } } },
});
const reserved = buildManifest({ modules: { db: { createOptions: { HostConfig: { Binds: ['config-volume:/x', '/a/../etc:/etc2', 'config:'] } } } } });
const twice = buildManifest({ modules: { db: { createOptions: { HostConfig: { Binds: ['/a:/data'], Mounts: [{ Type: 'volume', Source: 'data', Target: '/data' }] } } } } });
const binds = buildManifest({ modules: { db: { createOptions: { HostConfig: { Binds: ['/only', 5] } } } } });

describe('invalid-mount', () => {
  testRule('invalid-mount', {
    valid: [{ name: 'complete mounts and binds', manifest: buildManifest({ modules: { db: { createOptions: { HostConfig: { Binds: ['/a:/b:ro'], Mounts: [{ Type: 'volume', Source: 'data', Target: '/data' }] } } } } }) }],
    invalid: [
      {
        name: 'incomplete, unsupported and unnameable mounts',
        manifest: mounts,
        errors: [
          { messageId: 'missing', severity: 'error', path: createOptionsPointer('db'), innerPath: '/HostConfig/Mounts/0', ...positionOf(mounts, '{\\"Type\\":\\"volume\\",\\"Target'), data: { missing: 'Source' } },
          { messageId: 'unsupportedType', severity: 'warning', path: createOptionsPointer('db'), innerPath: '/HostConfig/Mounts/1', ...positionOf(mounts, '{\\"Type\\":\\"tmpfs'), data: { type: 'tmpfs' } },
          { messageId: 'badName', severity: 'error', path: createOptionsPointer('db'), innerPath: '/HostConfig/Mounts/2', ...positionOf(mounts, '{\\"Type\\":\\"volume\\",\\"Source\\":\\"...'), data: { source: '...' } },
        ],
      },
      {
        name: 'a proxy volume name, backsteps and an empty container path',
        manifest: reserved,
        errors: [
          { messageId: 'reservedName', severity: 'error', path: createOptionsPointer('db'), innerPath: '/HostConfig/Binds/0', ...positionOf(reserved, '\\"config-volume:'), data: { name: 'config-volume' } },
          { messageId: 'backsteps', severity: 'error', path: createOptionsPointer('db'), innerPath: '/HostConfig/Binds/1', ...positionOf(reserved, '\\"/a/../etc') },
          { messageId: 'bindSkipped', severity: 'warning', path: createOptionsPointer('db'), innerPath: '/HostConfig/Binds/2', ...positionOf(reserved, '\\"config:') },
        ],
      },
      {
        name: 'two mounts at one container path',
        manifest: twice,
        errors: [{ messageId: 'duplicateTarget', severity: 'warning', path: createOptionsPointer('db'), innerPath: '/HostConfig/Mounts/0', ...positionOf(twice, '{\\"Type'), data: { target: '/data' } }],
      },
      {
        name: 'binds without a container path or not strings',
        manifest: binds,
        errors: [
          { messageId: 'bindSkipped', path: createOptionsPointer('db'), innerPath: '/HostConfig/Binds/0', ...positionOf(binds, '\\"/only') },
          { messageId: 'notString', path: createOptionsPointer('db'), innerPath: '/HostConfig/Binds/1', ...positionOf(binds, '5]') },
        ],
      },
    ],
  });
});
