import { defineRule } from './define-rule.js';

const SOURCE_MODULE = /\/messages\/modules\/([^/\s"]+)/gi;
const SINK_MODULE = /BrokeredEndpoint\s*\(\s*"\/?modules\/([^/\s"]+)/gi;

export default defineRule({
  id: 'route-unknown-module',
  severity: 'warning',
  category: 'messaging',
  summary: 'A route names a module that is not in the deployment, or that differs only in case.',
  messages: {
    caseMismatch: 'Route "{{route}}" names module "{{name}}", but the module is "{{actual}}"; module ids in routes are case-sensitive, so this route never matches.',
    unknown: 'Route "{{route}}" names module "{{name}}", which is not in this deployment.',
    unknownLayered: 'Route "{{route}}" names module "{{name}}", which is not in this layer; it must come from another layer of the deployment.',
  },
  check(context) {
    const { manifest } = context;
    const names = manifest.modules.filter((module) => !module.system).map((module) => module.name);
    for (const route of manifest.routes) {
      if (route.text === undefined) continue;
      const decoded = context.loaded.stringAt(route.textAt, undefined, 'value');
      for (const pattern of [SOURCE_MODULE, SINK_MODULE]) {
        for (const match of route.text.matchAll(pattern)) {
          const name = match[1]!;
          if (name === '*' || names.includes(name)) continue;
          const actual = names.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
          const index = match.index + match[0].length - name.length;
          const start = decoded?.offsets[index];
          const end = decoded?.offsets[index + name.length];
          context.report({
            messageId: actual ? 'caseMismatch' : manifest.layered ? 'unknownLayered' : 'unknown',
            at: route.textAt,
            ...(start !== undefined && end !== undefined ? { span: { start, end } } : {}),
            ...(!actual && manifest.layered ? { severity: 'info' as const } : {}),
            data: { route: route.name, name, actual: actual ?? '' },
          });
        }
      }
    }
  },
});
