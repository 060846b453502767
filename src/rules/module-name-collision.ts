import { groupByObjectName } from '../mapping/names.js';
import { defineRule } from './define-rule.js';
import { translatedModules } from './helpers.js';

export default defineRule({
  id: 'module-name-collision',
  severity: 'error',
  category: 'identity',
  summary: 'Two modules get the same Kubernetes name once lowercased and stripped of invalid characters.',
  messages: {
    collision:
      'Module "{{module}}" becomes Kubernetes name "{{name}}", as {{others}} does; names must be unique in the namespace, so translate emits none of them.',
  },
  check(context) {
    for (const [name, group] of groupByObjectName(translatedModules(context.manifest))) {
      if (group.length < 2) continue;
      for (const module of group) {
        const others = group.filter((other) => other !== module);
        context.report({
          messageId: 'collision',
          at: module.at,
          module: module.name,
          data: { module: module.identity, name, others: others.map((other) => `"${other.identity}"`).join(' and ') },
          related: others.map((other) => ({ at: other.at, message: `Module "${other.identity}" is also named "${name}".` })),
        });
      }
    }
  },
});
