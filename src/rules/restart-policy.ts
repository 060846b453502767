import { defineRule } from './define-rule.js';
import { translatedModules } from './helpers.js';

export default defineRule({
  id: 'restart-policy',
  severity: 'warning',
  category: 'lifecycle',
  summary: 'A module restartPolicy other than "always" cannot be honoured: a Deployment always restarts its pod.',
  messages: {
    notHonoured:
      'restartPolicy "{{policy}}" is not honoured on Kubernetes: the module runs in a Deployment, which restarts the pod whenever it exits. Use a Job for run-to-completion work.',
  },
  check(context) {
    for (const module of translatedModules(context.manifest)) {
      const policy = module.restartPolicy;
      if (!policy || typeof policy.value !== 'string' || policy.value === 'always') continue;
      context.report({ messageId: 'notHonoured', at: policy.at, module: module.name, data: { policy: policy.value } });
    }
  },
});
