import { describe } from 'vitest';
import { buildManifest, createOptionsPointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const ports = buildManifest({ modules: { web: { createOptions: { ExposedPorts: { 'http/tcp': {} }, HostConfig: { PortBindings: { '80/tcp': [{ HostPort: 'eighty' }, { HostIp: '127.0.0.1', HostPort: '8080' }] } } } } } });

describe('invalid-port', () => {
  testRule('invalid-port', {
    valid: [{ name: 'valid keys and host ports', manifest: buildManifest({ modules: { web: { createOptions: { ExposedPorts: { '80/tcp': {}, '53/udp': {} }, HostConfig: { PortBindings: { '80/tcp': [{ HostPort: '8080' }] } } } } } }) }],
    invalid: [
      {
        name: 'a bad key, a bad host port and a host IP',
        manifest: ports,
        errors: [
          { messageId: 'badKey', path: createOptionsPointer('web'), innerPath: '/ExposedPorts/http~1tcp', ...positionOf(ports, '\\"http/tcp') },
          { messageId: 'badHostPort', path: createOptionsPointer('web'), innerPath: '/HostConfig/PortBindings/80~1tcp/0', ...positionOf(ports, '{\\"HostPort\\":\\"eighty') },
          { messageId: 'hostIp', severity: 'info', path: createOptionsPointer('web'), innerPath: '/HostConfig/PortBindings/80~1tcp/1/HostIp', ...positionOf(ports, '\\"HostIp') },
        ],
      },
    ],
  });
});
