import { defineRule } from './define-rule.js';
import { join, relative } from 'node:path';
import { findPlaceholders } from '../manifest/placeholders.js';
import type { Solution } from '../manifest/solution.js';
import { parseImagePlaceholder } from '../manifest/template.js';

/** Why the template's placeholder stayed: what the tooling would look for and did not find. */
function templateReason(placeholder: string, solution: Solution, platform: string): string {
  const image = parseImagePlaceholder(placeholder, solution, platform);
  if (image) {
    if (!image.module) return `no folder "${image.moduleName}" with a module.json in the solution`;
    return `${relative(solution.dir, image.module.moduleJsonPath)} has no image repository, version or platform "${image.platform}"`;
  }
  const name = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(placeholder)?.[1];
  if (name) return `no variable ${name} in ${relative(process.cwd(), join(solution.dir, '.env')) || '.env'} or the environment`;
  return 'the IoT Edge tooling does not resolve this kind of placeholder; replace it before deploying';
}

export default defineRule({
  id: 'unresolved-placeholder',
  severity: 'error',
  category: 'input',
  summary: 'A template placeholder such as ${VAR}, $VAR, <Name> or __TOKEN__ was never replaced.',
  messages: {
    unresolved: 'Placeholder "{{placeholder}}" is not resolved; the value would reach the cluster as written. Resolve the template first (iotedgedev genconfig, or the VS Code "Generate deployment manifest").',
    unresolvedInTemplate: 'Placeholder "{{placeholder}}" is not resolved: {{reason}}.',
  },
  check(context) {
    const solution = context.loaded.solution;
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
        const reason = solution ? templateReason(match.text, solution, context.loaded.platform) : undefined;
        context.report({
          messageId: reason ? 'unresolvedInTemplate' : 'unresolved',
          at: site.at,
          ...(site.inner !== undefined ? { inner: site.inner } : {}),
          ...(start !== undefined && end !== undefined ? { span: { start, end } } : {}),
          data: { placeholder: match.text, ...(reason ? { reason } : {}) },
        });
      }
    }
  },
});
