import { findModule } from '../manifest/model.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'edgeagent-not-translated',
  severity: 'info',
  category: 'lifecycle',
  summary: 'edgeAgent is provided by the IoT Edge on Kubernetes runtime; its module definition here is not translated.',
  messages: {
    provided:
      'edgeAgent is bootstrapped by iotedged in the cluster, so translate emits nothing for it; its image, env and createOptions here do not change the running agent.',
  },
  check(context) {
    const agent = findModule(context.manifest, '$edgeAgent');
    if (agent) context.report({ messageId: 'provided', at: agent.at, module: agent.name });
  },
});
