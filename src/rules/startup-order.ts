import { defineRule } from './define-rule.js';
import { translatedModules } from './helpers.js';

export default defineRule({
  id: 'startup-order',
  severity: 'warning',
  category: 'lifecycle',
  summary: 'startupOrder is ignored on Kubernetes: all modules start at once.',
  messages: {
    ignored:
      'startupOrder {{order}} is ignored on Kubernetes: every module starts at the same time, so "{{module}}" must tolerate its dependencies starting after it (retry, or an init container).',
  },
  check(context) {
    const modules = translatedModules(context.manifest).filter((module) => module.startupOrder !== undefined);
    // One order shared by every module expresses no ordering; say so quietly.
    const distinct = new Set(modules.map((module) => JSON.stringify(module.startupOrder!.value)));
    for (const module of modules) {
      context.report({
        messageId: 'ignored',
        at: module.startupOrder!.at,
        module: module.name,
        data: { order: JSON.stringify(module.startupOrder!.value), module: module.name },
        ...(distinct.size < 2 ? { severity: 'info' as const } : {}),
      });
    }
  },
});
