import { describe } from 'vitest';
import { buildManifest, EDGE_AGENT_POINTER } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const plain = buildManifest({});
const uploads = buildManifest({ edgeAgent: { env: { ExperimentalFeatures__EnableUploadLogs: { value: 'true' } } } });
const named = buildManifest({ modules: { logs: { env: { METHODS: { value: 'UploadModuleLogs' } } } } });

describe('edgeagent-log-methods', () => {
  testRule('edgeagent-log-methods', {
    valid: [{ name: 'a layer without edgeAgent says nothing', manifest: JSON.stringify({ content: { modulesContent: { $edgeAgent: { 'properties.desired.modules.a': { type: 'docker', settings: { image: 'a/b' } } } } } }) }],
    invalid: [
      { name: 'an info note on every full deployment', manifest: plain, errors: [{ messageId: 'unavailable', severity: 'info', path: EDGE_AGENT_POINTER, ...positionOf(plain, '"edgeAgent": {') }] },
      {
        name: 'log upload turned on',
        manifest: uploads,
        errors: [{ messageId: 'uploadLogsEnabled', severity: 'warning', path: `${EDGE_AGENT_POINTER}/env/ExperimentalFeatures__EnableUploadLogs`, ...positionOf(uploads, '"ExperimentalFeatures__EnableUploadLogs"') }],
      },
      {
        name: 'a value that names a method',
        manifest: named,
        errors: [{ messageId: 'methodNamed', severity: 'warning', path: '/modulesContent/$edgeAgent/properties.desired/modules/logs/env/METHODS/value', ...positionOf(named, '"value": "UploadModuleLogs"'), data: { method: 'UploadModuleLogs' } }],
      },
    ],
  });
});
