import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'module-twin',
  severity: 'info',
  category: 'messaging',
  summary: 'A module twin section configures a module through edgeHub, which only works if the module can authenticate to it.',
  messages: {
    twin:
      'Desired properties for "{{name}}" reach the module only through edgeHub; on Kubernetes the module must authenticate through its proxy sidecar (modules that cannot, such as Node.js SDK modules, never receive them).',
    noModule: 'This twin section configures "{{name}}", but no module of that name is in this deployment.',
    caseMismatch: 'This twin section configures "{{name}}", but the module is "{{actual}}"; module ids are case-sensitive.',
  },
  check(context) {
    const { manifest } = context;
    const names = manifest.modules.filter((module) => !module.system).map((module) => module.name);
    for (const twin of manifest.twins) {
      if (names.includes(twin.name)) {
        context.report({ messageId: 'twin', at: twin.at, module: twin.name, data: { name: twin.name } });
        continue;
      }
      const actual = names.find((name) => name.toLowerCase() === twin.name.toLowerCase());
      if (actual) context.report({ messageId: 'caseMismatch', at: twin.at, severity: 'warning', data: { name: twin.name, actual } });
      else if (!manifest.layered) context.report({ messageId: 'noModule', at: twin.at, severity: 'warning', data: { name: twin.name } });
    }
  },
});
