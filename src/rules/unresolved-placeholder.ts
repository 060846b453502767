import { defineRule } from './define-rule.js';
import { findPlaceholders } from '../manifest/placeholders.js';

export default defineRule({
  id: 'unresolved-placeholder',
  severity: 'error',
  category: 'input',
  summary: 'A template placeholder such as ${VAR}, $VAR, <Name> or __TOKEN__ was never replaced.',
  messages: {
    unresolved: 'Placeholder "{{placeholder}}" is not resolved; the value would reach the cluster as written. Resolve the template first (iotedgedev genconfig, or the VS Code "Generate deployment manifest").',
  },
  check(context) {
    const routeTexts = new Set(context.manifest.routes.map((route) => route.textAt));
    for (const site of context.strings()) {
      let matches = findPlaceholders(site.value);
      if (matches.length === 0) continue;
      if (site.inner === undefined && routeTexts.has(site.at)) matches = findPlaceholders(site.value, { inRoute: true });
      if (matches.length === 0) continue;
      const decoded = context.loaded.stringAt(site.at, site.inner, site.isKey ? 'key' : 'value');
      for (const match of matches) {
        const start = decoded?.offsets[match.index];
        const end = decoded?.offsets[match.index + match.text.length];
        context.report({
          messageId: 'unresolved',
          at: site.at,
          ...(site.inner !== undefined ? { inner: site.inner } : {}),
          ...(start !== undefined && end !== undefined ? { span: { start, end } } : {}),
          data: { placeholder: match.text },
        });
      }
    }
  },
});
