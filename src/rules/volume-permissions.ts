import { readK8sExtensions } from '../mapping/create-options.js';
import { translatedVolumes } from '../mapping/volumes.js';
import { defineRule } from './define-rule.js';
import { translatedCreateOptions } from './helpers.js';

export default defineRule({
  id: 'volume-permissions',
  severity: 'info',
  category: 'storage',
  summary: 'A module writes to a PersistentVolumeClaim without a pod fsGroup; some StorageClasses then mount it read-only for the container user.',
  messages: {
    noFsGroup:
      'Module "{{module}}" mounts claim "{{claim}}" and sets no fsGroup; with StorageClasses such as Azure Disk the volume belongs to root and a non-root container cannot write to it. Set k8s-experimental.securityContext {"fsGroup": <the container\'s group>}.',
  },
  check(context) {
    for (const { module, view, at } of translatedCreateOptions(context)) {
      const claim = translatedVolumes(view).find((volume) => volume.kind === 'persistentVolumeClaim' && !volume.readOnly);
      if (!claim) continue;
      const extensions = view.k8sExperimental && context.options.k8sExtensions ? readK8sExtensions(view.k8sExperimental) : undefined;
      const securityContext = extensions?.known.get('securityContext')?.value;
      if (typeof securityContext === 'object' && securityContext !== null && 'fsGroup' in securityContext) continue;
      context.report({ messageId: 'noFsGroup', at, inner: claim.inner, module: module.name, data: { module: module.name, claim: claim.name } });
    }
  },
});
