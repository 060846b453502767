import { findModule } from '../manifest/model.js';
import { defineRule } from './define-rule.js';
import { envEntries, findEnv } from './helpers.js';

const METHOD_NAMES = /\b(GetModuleLogs|UploadModuleLogs|UploadSupportBundle|GetTaskStatus)\b/;

export default defineRule({
  id: 'edgeagent-log-methods',
  severity: 'warning',
  category: 'observability',
  summary: "edgeAgent's logging direct methods (GetModuleLogs, UploadModuleLogs, UploadSupportBundle, GetTaskStatus) do not exist on Kubernetes.",
  messages: {
    uploadLogsEnabled:
      '{{name}} turns on log upload, but on Kubernetes edgeAgent returns no logs: GetModuleLogs, UploadModuleLogs and UploadSupportBundle do not work. Use kubectl logs or a cluster log agent.',
    methodNamed:
      'This value names the edgeAgent direct method {{method}}, which does not work on Kubernetes (edgeAgent returns an empty log stream). Use kubectl logs or a cluster log agent.',
    unavailable:
      "On Kubernetes, edgeAgent's log direct methods (GetModuleLogs, UploadModuleLogs, UploadSupportBundle, GetTaskStatus) and portal troubleshooting do not work; use kubectl logs or a cluster log agent.",
  },
  check(context) {
    const { manifest } = context;
    let relied = false;
    const agent = findModule(manifest, '$edgeAgent');
    if (agent) {
      const flag = findEnv(envEntries(agent, context.createOptionsOf(agent)), 'ExperimentalFeatures__EnableUploadLogs');
      if (flag && flag.value.trim().toLowerCase() === 'true') {
        relied = true;
        context.report({ messageId: 'uploadLogsEnabled', at: flag.at, ...(flag.inner ? { inner: flag.inner } : {}), module: agent.name, data: { name: flag.name } });
      }
    }
    for (const site of context.strings()) {
      const match = METHOD_NAMES.exec(site.value);
      if (!match) continue;
      relied = true;
      context.report({ messageId: 'methodNamed', at: site.at, ...(site.inner ? { inner: site.inner } : {}), data: { method: match[1]! } });
    }
    if (!relied && agent) context.report({ messageId: 'unavailable', at: agent.at, module: agent.name, severity: 'info' });
  },
});
