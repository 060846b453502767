import { describe } from 'vitest';
import { buildManifest, createOptionsPointer, modulePointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const debug = buildManifest({ modules: { NodeModule: { image: 'localhost:5000/nodemodule:0.0.1-amd64.debug', createOptions: { ExposedPorts: { '9229/tcp': {} } } } } });
const command = buildManifest({ modules: { app: { image: 'acr.io/app:1', createOptions: { Cmd: ['node', 'app.js'] } } } });
const weak = buildManifest({ modules: { red: { image: 'nodered/node-red:3.0' } } });

describe('nodejs-module', () => {
  testRule('nodejs-module', {
    valid: [
      { name: 'no evidence, no finding', manifest: buildManifest({ modules: { filter: { image: 'acr.io/filtermodule:1.0', createOptions: { Cmd: ['dotnet', 'Filter.dll'] } } } }) },
      { name: 'system modules are not user code', manifest: buildManifest({}) },
    ],
    invalid: [
      {
        name: 'inspector port is strong evidence',
        manifest: debug,
        errors: [{ messageId: 'nodejs', severity: 'warning', path: createOptionsPointer('NodeModule'), innerPath: '/ExposedPorts/9229~1tcp', ...positionOf(debug, '\\"9229/tcp'), data: { evidence: 'port 9229 (the Node.js inspector); image name "localhost:5000/nodemodule:0.0.1-amd64.debug"' } }],
      },
      {
        name: 'a command that runs node',
        manifest: command,
        errors: [{ messageId: 'nodejs', severity: 'warning', path: createOptionsPointer('app'), innerPath: '/Cmd', ...positionOf(command, '\\"Cmd'), data: { evidence: 'Cmd runs "node"' } }],
      },
      {
        name: 'an image name alone is weak evidence',
        manifest: weak,
        errors: [{ messageId: 'nodejs', severity: 'info', path: `${modulePointer('red')}/settings/image`, ...positionOf(weak, '"image": "nodered') }],
      },
    ],
  });
});
