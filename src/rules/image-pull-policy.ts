import { defineRule } from './define-rule.js';
import { translatedModules } from './helpers.js';

export default defineRule({
  id: 'image-pull-policy',
  severity: 'info',
  category: 'lifecycle',
  summary: 'imagePullPolicy is not translated; Kubernetes applies its own default pull policy.',
  messages: {
    never:
      'imagePullPolicy "never" is not translated: Kubernetes will pull the image (IfNotPresent, or Always for :latest). Preload the image on every node and set imagePullPolicy Never in the output by hand if the device cannot reach the registry.',
    onCreate: 'imagePullPolicy "on-create" is not translated; Kubernetes pulls with IfNotPresent (Always for :latest images), which is close.',
  },
  check(context) {
    for (const module of translatedModules(context.manifest)) {
      const policy = module.imagePullPolicy;
      if (!policy) continue;
      if (policy.value === 'never') context.report({ messageId: 'never', at: policy.at, module: module.name, severity: 'warning' });
      else if (policy.value === 'on-create') context.report({ messageId: 'onCreate', at: policy.at, module: module.name });
    }
  },
});
