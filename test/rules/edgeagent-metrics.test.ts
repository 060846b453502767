import { describe } from 'vitest';
import { buildManifest, createOptionsPointer, EDGE_AGENT_POINTER, modulePointer } from '../helpers/manifest-builder.js';
import { positionOf, testRule } from '../helpers/rule-tester.js';

const collector = 'mcr.microsoft.com/azureiotedge-metrics-collector:1.0';
const defaults = buildManifest({ modules: { metrics: { image: collector, env: { UploadTarget: { value: 'AzureMonitor' } } } } });
const namesAgent = buildManifest({ modules: { metrics: { image: collector, env: { MetricsEndpointsCSV: { value: 'http://edgeHub:9600/metrics,http://edgeAgent:9600/metrics' } } } } });
const agentFlags = buildManifest({ edgeAgent: { env: { experimentalfeatures__enableMetrics: { value: 'true' } }, createOptions: { ExposedPorts: { '9600/tcp': {} } } } });
const scrape = buildManifest({ modules: { prom: { createOptions: { Cmd: ['--target=edgeAgent:9600'] } } } });

describe('edgeagent-metrics', () => {
  testRule('edgeagent-metrics', {
    valid: [
      { name: 'a collector that scrapes edgeHub only', manifest: buildManifest({ modules: { metrics: { image: collector, env: { MetricsEndpointsCSV: { value: 'http://edgeHub:9600/metrics' } } } } }) },
      { name: 'metrics turned off on edgeAgent', manifest: buildManifest({ edgeAgent: { env: { MetricsEnabled: { value: 'false' } } } }) },
    ],
    invalid: [
      { name: 'a collector with default endpoints', manifest: defaults, errors: [{ messageId: 'collectorDefault', path: `${modulePointer('metrics')}/env`, ...positionOf(defaults, '"env"') }] },
      { name: 'a collector that names edgeAgent', manifest: namesAgent, errors: [{ messageId: 'collectorNamesAgent', path: `${modulePointer('metrics')}/env/MetricsEndpointsCSV`, ...positionOf(namesAgent, '"MetricsEndpointsCSV"') }] },
      {
        name: 'edgeAgent metrics settings and port',
        manifest: agentFlags,
        errors: [
          { messageId: 'agentMetricsPort', path: `${EDGE_AGENT_POINTER}/settings/createOptions`, innerPath: '/ExposedPorts/9600~1tcp', ...positionOf(agentFlags, '\\"9600/tcp') },
          { messageId: 'agentMetricsEnabled', path: `${EDGE_AGENT_POINTER}/env/experimentalfeatures__enableMetrics`, ...positionOf(agentFlags, '"experimentalfeatures__enableMetrics"') },
        ],
      },
      { name: 'a scrape URL anywhere', manifest: scrape, errors: [{ messageId: 'endpoint', path: createOptionsPointer('prom'), innerPath: '/Cmd/0', ...positionOf(scrape, '\\"--target') }] },
    ],
  });
});
