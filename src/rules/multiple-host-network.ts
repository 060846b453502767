import { isHostMode } from '../mapping/create-options.js';
import { defineRule } from './define-rule.js';
import { translatedModules } from './helpers.js';

export default defineRule({
  id: 'multiple-host-network',
  severity: 'error',
  category: 'networking',
  summary: 'More than one module uses host networking; their proxy sidecars clash on the node.',
  messages: {
    several:
      '{{count}} modules use NetworkMode "host" ({{modules}}); on Kubernetes only one may, because every pod\'s proxy sidecar listens on the same localhost ports.',
  },
  check(context) {
    const hostModules = translatedModules(context.manifest).flatMap((module) => {
      const networkMode = context.createOptionsOf(module)?.networkMode;
      return networkMode && isHostMode(networkMode.value) && module.createOptions ? [{ module, at: module.createOptions.at, inner: networkMode.pointer }] : [];
    });
    if (hostModules.length < 2) return;
    const [first, ...others] = hostModules;
    context.report({
      messageId: 'several',
      at: first!.at,
      inner: first!.inner,
      module: first!.module.name,
      data: { count: hostModules.length, modules: hostModules.map((entry) => entry.module.name).join(', ') },
      related: others.map((entry) => ({ at: entry.at, inner: entry.inner, message: `Module "${entry.module.name}" also uses host networking here.` })),
    });
  },
});
