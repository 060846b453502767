import { isObject } from '../json.js';
import { readK8sExtensions } from '../mapping/create-options.js';
import { defineRule } from './define-rule.js';
import { translatedModules } from './helpers.js';


export default defineRule({
  id: 'rolling-update',
  severity: 'info',
  category: 'lifecycle',
  summary: 'A module holds a GPU or a claim that a rolling update cannot hand over; without strategy Recreate an update can hang.',
  messages: {
    deadlock:
      'Module "{{module}}" uses {{what}}; the default rolling update starts the new pod before stopping the old one, which then waits forever for it. Set k8s-experimental.strategy {"type": "Recreate"}.',
  },
  check(context) {
    for (const module of translatedModules(context.manifest)) {
      const view = context.createOptionsOf(module);
      const section = view?.k8sExperimental;
      if (!section || !module.createOptions || !context.options.k8sExtensions) continue;
      const extensions = readK8sExtensions(section);
      if (extensions.known.has('strategy')) continue;
      const limits = extensions.known.get('resources')?.value;
      const gpu = isObject(limits) && isObject(limits.limits) && Object.keys(limits.limits).some((key) => key.endsWith('/gpu'));
      const volumes = extensions.known.get('volumes')?.value;
      const claim = Array.isArray(volumes) && volumes.some((spec) => isObject(spec) && isObject(spec.volume) && spec.volume.persistentVolumeClaim !== undefined);
      if (!gpu && !claim) continue;
      context.report({
        messageId: 'deadlock',
        at: module.createOptions.at,
        inner: section.pointer,
        module: module.name,
        data: { module: module.name, what: gpu ? 'a GPU' : 'a PersistentVolumeClaim that may be ReadWriteOnce' },
      });
    }
  },
});
