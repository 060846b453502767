import { findModule } from '../manifest/model.js';
import { envEntries, findEnv } from '../mapping/env-names.js';
import { readK8sExtensions } from '../mapping/create-options.js';
import { translatedVolumes } from '../mapping/volumes.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'edgehub-storage',
  severity: 'info',
  category: 'messaging',
  summary: 'edgeHub keeps its message store inside the pod, so queued messages are lost when the pod restarts or moves.',
  messages: {
    noStorage:
      'edgeHub has no storageFolder on a persistent volume: messages queued for store-and-forward are lost whenever its pod restarts or moves to another node. Set env storageFolder=/storage and mount a volume there (a Mounts entry of Type "volume" with --storage-class, or k8s-experimental.volumes).',
    notMounted: 'edgeHub stores messages in "{{folder}}", but no persistent volume is mounted there; the store is lost whenever the pod restarts or moves.',
  },
  check(context) {
    const hub = findModule(context.manifest, '$edgeHub');
    if (!hub) return;
    const view = context.createOptionsOf(hub);
    const folder = findEnv(envEntries(hub, view), 'storageFolder');
    if (!folder) {
      context.report({ messageId: 'noStorage', at: hub.envAt ?? hub.at, module: hub.name });
      return;
    }
    const targets = view ? translatedVolumes(view).filter((volume) => volume.kind === 'persistentVolumeClaim').map((volume) => volume.target) : [];
    const extensionMounts = view?.k8sExperimental && context.options.k8sExtensions ? readK8sExtensions(view.k8sExperimental).known.get('volumes')?.value : undefined;
    if (Array.isArray(extensionMounts)) {
      for (const entry of extensionMounts) {
        const spec = entry as { volume?: Record<string, unknown>; volumeMounts?: { mountPath?: unknown }[] };
        // A pre-created claim, or any volume the user chose to put there, counts as persistent.
        if (spec.volume && !('emptyDir' in spec.volume)) for (const mount of spec.volumeMounts ?? []) if (typeof mount.mountPath === 'string') targets.push(mount.mountPath);
      }
    }
    const path = folder.value.replace(/\/+$/, '');
    if (targets.some((target) => path === target.replace(/\/+$/, '') || path.startsWith(`${target.replace(/\/+$/, '')}/`))) return;
    context.report({ messageId: 'notMounted', at: folder.at, ...(folder.inner !== undefined ? { inner: folder.inner } : {}), module: hub.name, data: { folder: folder.value } });
  },
});
