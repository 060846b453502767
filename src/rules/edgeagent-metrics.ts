import { findModule } from '../manifest/model.js';
import { parsePortKey } from '../mapping/create-options.js';
import { defineRule } from './define-rule.js';
import { envEntries, findEnv, type EnvEntry } from './helpers.js';

const COLLECTOR_IMAGE = /azureiotedge-metrics-collector|metricscollector/i;
const AGENT_ENDPOINT = /edgeagent:9600/i;

export default defineRule({
  id: 'edgeagent-metrics',
  severity: 'warning',
  category: 'observability',
  summary: 'Something relies on edgeAgent built-in metrics, which edgeAgent does not emit on Kubernetes.',
  messages: {
    collectorDefault:
      'Metrics collector "{{module}}" has no MetricsEndpointsCSV, so it scrapes edgeAgent:9600 by default; edgeAgent emits no metrics on Kubernetes. Set MetricsEndpointsCSV to http://edgeHub:9600/metrics (and your modules).',
    collectorNamesAgent:
      'Metrics collector "{{module}}" scrapes edgeAgent, which emits no metrics on Kubernetes; drop it from MetricsEndpointsCSV and use cluster monitoring for node and pod metrics.',
    agentMetricsEnabled: '{{name}} configures edgeAgent metrics, but edgeAgent emits no built-in metrics on Kubernetes.',
    agentMetricsPort: 'Port 9600 on edgeAgent serves built-in metrics, which do not exist on Kubernetes.',
    endpoint: 'This value points at edgeAgent:9600, but edgeAgent emits no metrics on Kubernetes.',
  },
  check(context) {
    const { manifest } = context;
    const reported = new Set<string>();
    const reportEnv = (entry: EnvEntry, messageId: 'collectorNamesAgent' | 'agentMetricsEnabled', module: string): void => {
      reported.add(`${entry.at}|${entry.inner ?? ''}`);
      context.report({ messageId, at: entry.at, ...(entry.inner ? { inner: entry.inner } : {}), module, data: { module, name: entry.name } });
    };
    for (const module of manifest.modules) {
      if (module.system || typeof module.image?.value !== 'string' || !COLLECTOR_IMAGE.test(module.image.value)) continue;
      const endpoints = findEnv(envEntries(module, context.createOptionsOf(module)), 'MetricsEndpointsCSV');
      if (!endpoints) {
        context.report({ messageId: 'collectorDefault', at: module.envAt ?? module.at, module: module.name, data: { module: module.name } });
      } else if (/edgeagent/i.test(endpoints.value)) {
        reportEnv(endpoints, 'collectorNamesAgent', module.name);
      }
    }
    const agent = findModule(manifest, '$edgeAgent');
    if (agent) {
      const view = context.createOptionsOf(agent);
      const entries = envEntries(agent, view);
      for (const name of ['ExperimentalFeatures__EnableMetrics', 'MetricsEnabled']) {
        const entry = findEnv(entries, name);
        if (entry && entry.value.trim().toLowerCase() === 'true') reportEnv(entry, 'agentMetricsEnabled', agent.name);
      }
      for (const field of [view?.exposedPorts, view?.portBindings]) {
        if (!field || typeof field.value !== 'object' || field.value === null || !agent.createOptions) continue;
        for (const key of Object.keys(field.value)) {
          if (parsePortKey(key)?.port !== 9600) continue;
          context.report({ messageId: 'agentMetricsPort', at: agent.createOptions.at, inner: `${field.pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, module: agent.name });
        }
      }
    }
    for (const site of context.strings()) {
      if (site.isKey || !AGENT_ENDPOINT.test(site.value) || reported.has(`${site.at}|${site.inner ?? ''}`)) continue;
      // An env member's value is reported at the member; allStrings yields the value's own pointer.
      const memberAt = site.at.replace(/\/value$/, '');
      if (reported.has(`${memberAt}|`)) continue;
      context.report({ messageId: 'endpoint', at: site.at, ...(site.inner ? { inner: site.inner } : {}) });
    }
  },
});
