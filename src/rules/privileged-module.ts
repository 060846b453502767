import { isTruthyOption } from '../mapping/create-options.js';
import { defineRule } from './define-rule.js';
import { translatedModules } from './helpers.js';

export default defineRule({
  id: 'privileged-module',
  severity: 'warning',
  category: 'security',
  summary: 'A privileged module becomes a privileged container, which Pod Security baseline and restricted reject.',
  messages: {
    privileged:
      'Privileged {{value}} becomes securityContext.privileged: true; namespaces enforcing Pod Security "baseline" or "restricted" reject the pod, and it has full access to the node.',
  },
  check(context) {
    for (const module of translatedModules(context.manifest)) {
      const field = context.createOptionsOf(module)?.privileged;
      if (!field || !module.createOptions || !isTruthyOption(field.value)) continue;
      context.report({ messageId: 'privileged', at: module.createOptions.at, inner: field.pointer, module: module.name, data: { value: JSON.stringify(field.value) } });
    }
  },
});
