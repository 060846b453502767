import { defineRule } from './define-rule.js';
import { translatedModules } from './helpers.js';

export default defineRule({
  id: 'env-value-type',
  severity: 'info',
  category: 'input',
  summary: 'An env value is not a string; Kubernetes needs strings, so translate writes its JSON text.',
  messages: {
    converted: 'Env "{{name}}" has a {{type}} value; Kubernetes env values are strings, so translate writes "{{value}}".',
    missing: 'Env "{{name}}" has no "value"; translate sets it to the empty string.',
  },
  check(context) {
    for (const module of translatedModules(context.manifest)) {
      for (const variable of module.env) {
        if (variable.rawType === 'string') continue;
        if (variable.rawType === 'missing') {
          context.report({ messageId: 'missing', at: variable.at, module: module.name, severity: 'warning', data: { name: variable.name } });
        } else {
          context.report({ messageId: 'converted', at: `${variable.at}/value`, module: module.name, data: { name: variable.name, type: variable.rawType, value: variable.value } });
        }
      }
    }
  },
});
