import { readMount } from '../mapping/create-options.js';
import { sanitizeDnsLabel } from '../mapping/names.js';
import { defineRule } from './define-rule.js';
import { translatedCreateOptions } from './helpers.js';

export default defineRule({
  id: 'volume-without-storage-class',
  severity: 'warning',
  category: 'storage',
  summary: 'A volume Mount refers to a PersistentVolumeClaim that nothing creates, so the pod stays Pending.',
  messages: {
    pending:
      'Volume "{{source}}" becomes a claim on PersistentVolumeClaim "{{claim}}", which is created only with --storage-class; without it the pod stays Pending until you create that claim.',
  },
  check(context) {
    if (context.options.storageClass !== undefined) return;
    for (const { module, view, at } of translatedCreateOptions(context)) {
      if (!Array.isArray(view.mounts?.value)) continue;
      view.mounts.value.forEach((entry, index) => {
        const mount = readMount(entry);
        if (mount.type !== 'volume' || !mount.source || !mount.target) return;
        const claim = sanitizeDnsLabel(mount.source);
        if (claim === undefined) return;
        context.report({ at, inner: `${view.mounts!.pointer}/${index}`, module: module.name, messageId: 'pending', data: { source: mount.source, claim } });
      });
    }
  },
});
