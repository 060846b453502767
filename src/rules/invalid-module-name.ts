import { moduleObjectName } from '../mapping/names.js';
import { defineRule } from './define-rule.js';
import { translatedModules } from './helpers.js';

export default defineRule({
  id: 'invalid-module-name',
  severity: 'error',
  category: 'identity',
  summary: 'A module name does not give a valid Kubernetes object name after sanitizing.',
  messages: {
    empty: 'Module "{{module}}" has no letters or digits left after sanitizing, so it cannot be named in Kubernetes; translate skips it.',
    tooLong: 'Module "{{module}}" becomes "{{name}}" ({{length}} characters); Service and container names are limited to 63, so translate skips it.',
    notDns1035:
      'Module "{{module}}" becomes "{{name}}", which is not a valid Service name (lowercase letters, digits and "-", starting with a letter); translate skips it.',
  },
  check(context) {
    for (const module of translatedModules(context.manifest)) {
      const { name, problem } = moduleObjectName(module.identity);
      if (!problem) continue;
      context.report({ messageId: problem, at: module.at, module: module.name, data: { module: module.identity, name, length: name.length } });
    }
  },
});
