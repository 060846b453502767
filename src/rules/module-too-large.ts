import { MAX_MODULE_SOURCE_LENGTH } from '../mapping/limits.js';
import { defineRule } from './define-rule.js';
import { translatedModules } from './helpers.js';

export default defineRule({
  id: 'module-too-large',
  severity: 'error',
  category: 'compatibility',
  summary: 'A module definition is so large that its Deployment would exceed what the API server stores.',
  messages: {
    tooLarge:
      'Module "{{module}}" takes {{size}} characters in the manifest; its Deployment would be larger than the 1.5 MiB the API server stores, so translate skips it. Move large values into a ConfigMap mounted through k8s-experimental.volumes.',
  },
  check(context) {
    for (const module of translatedModules(context.manifest)) {
      if (module.sourceLength <= MAX_MODULE_SOURCE_LENGTH) continue;
      context.report({ messageId: 'tooLarge', at: module.at, module: module.name, data: { module: module.name, size: module.sourceLength } });
    }
  },
});
