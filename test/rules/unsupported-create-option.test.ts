import { describe } from 'vitest';
import { buildManifest, createOptionsPointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const limits = buildManifest({ modules: { cam: { createOptions: { HostConfig: { Memory: 536870912, CapAdd: ['NET_ADMIN'] }, User: '1000' } } } });
const misplaced = buildManifest({ modules: { web: { createOptions: { PortBindings: { '80/tcp': [{ HostPort: '80' }] } } } } });
const network = buildManifest({ modules: { web: { createOptions: { HostConfig: { NetworkMode: 'azure-iot-edge' } } } } });

describe('unsupported-create-option', () => {
  testRule('unsupported-create-option', {
    valid: [
      {
        name: 'only translated fields',
        manifest: buildManifest({
          modules: { web: { createOptions: { Env: ['A=1'], Cmd: ['run'], ExposedPorts: { '80/tcp': {} }, HostConfig: { Binds: ['/d:/d'], NetworkMode: 'host', Privileged: true } } } },
        }),
      },
      { name: 'devices are left to device-access', manifest: buildManifest({ modules: { cam: { createOptions: { HostConfig: { Devices: [] } } } } }) },
      { name: 'edgeAgent options are not translated at all', manifest: buildManifest({ edgeAgent: { createOptions: { HostConfig: { Memory: 1 } } } }) },
    ],
    invalid: [
      {
        name: 'one finding per field, with the alternative',
        manifest: limits,
        errors: [
          { messageId: 'unsupported', path: createOptionsPointer('cam'), innerPath: '/HostConfig/Memory', ...positionOf(limits, '\\"Memory'), data: { field: 'HostConfig.Memory', alternative: 'set k8s-experimental.resources (requests and limits for cpu and memory)' } },
          { messageId: 'unsupported', path: createOptionsPointer('cam'), innerPath: '/HostConfig/CapAdd', ...positionOf(limits, '\\"CapAdd'), data: { field: 'HostConfig.CapAdd' } },
          { messageId: 'unsupported', path: createOptionsPointer('cam'), innerPath: '/User', ...positionOf(limits, '\\"User'), data: { field: 'User' } },
        ],
      },
      {
        name: 'PortBindings at the top level instead of under HostConfig',
        manifest: misplaced,
        errors: [{ messageId: 'misplaced', path: createOptionsPointer('web'), innerPath: '/PortBindings', ...positionOf(misplaced, '\\"PortBindings', 2), data: { belongsIn: 'HostConfig.PortBindings' } }],
      },
      {
        name: 'a named network is ignored',
        manifest: network,
        errors: [{ messageId: 'networkIgnored', severity: 'info', path: createOptionsPointer('web'), innerPath: '/HostConfig/NetworkMode', ...positionOf(network, '\\"NetworkMode') }],
      },
    ],
  });
});
