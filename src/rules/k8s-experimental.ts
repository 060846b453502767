import { K8S_EXPERIMENTAL_KEY, readK8sExtensions } from '../mapping/create-options.js';
import { PROXY_CONFIG_VOLUME, PROXY_TRUST_BUNDLE_VOLUME, translatedVolumes } from '../mapping/volumes.js';
import { defineRule } from './define-rule.js';
import { translatedModules } from './helpers.js';

const SERVICE_TYPES = ['clusterip', 'nodeport', 'loadbalancer'];

export default defineRule({
  id: 'k8s-experimental',
  severity: 'warning',
  category: 'compatibility',
  summary: 'The k8s-experimental section of createOptions has keys or values the translation ignores or Kubernetes rejects.',
  messages: {
    unknownKey: 'k8s-experimental key "{{key}}" is unknown and ignored; the keys are volumes, resources, nodeSelector, securityContext, serviceOptions and strategy.',
    didYouMean: 'k8s-experimental key "{{key}}" is unknown and ignored; did you mean "{{suggestion}}"?',
    clash: 'k8s-experimental key "{{key}}" repeats another key of the same name in a different case; only the last one is used.',
    notObject: 'k8s-experimental must be an object; the whole section is ignored.',
    wrongCase: '"{{key}}" is not read: the section must be spelled "k8s-experimental" exactly.',
    disabled: 'k8s-experimental is ignored because Kubernetes extensions are turned off (--no-k8s-extensions).',
    volumeClash:
      'Volume "{{name}}" from k8s-experimental.volumes has the same name as a volume the translation creates; the API server rejects a pod with two volumes of one name.',
    badServiceType: 'serviceOptions.type "{{value}}" is not ClusterIP, NodePort or LoadBalancer; it is ignored.',
    notList: 'k8s-experimental.volumes must be a list of {volume, volumeMounts}; it is ignored.',
  },
  check(context) {
    for (const module of translatedModules(context.manifest)) {
      const view = context.createOptionsOf(module);
      const at = module.createOptions?.at;
      if (!view || at === undefined) continue;
      for (const dropped of view.dropped) {
        if (dropped.key.toLowerCase() === K8S_EXPERIMENTAL_KEY) context.report({ at, inner: dropped.pointer, module: module.name, messageId: 'wrongCase', data: { key: dropped.key } });
      }
      const section = view.k8sExperimental;
      if (!section) continue;
      const base = { at, module: module.name };
      if (!context.options.k8sExtensions) {
        context.report({ ...base, inner: section.pointer, messageId: 'disabled', severity: 'info' });
        continue;
      }
      const extensions = readK8sExtensions(section);
      if (!extensions.ok) {
        context.report({ ...base, inner: section.pointer, messageId: 'notObject' });
        continue;
      }
      for (const entry of extensions.unknown) {
        const normalized = entry.key.toLowerCase().replace(/[-_]/g, '');
        const suggestion = ['volumes', 'resources', 'nodeSelector', 'securityContext', 'serviceOptions', 'strategy'].find((key) => key.toLowerCase() === normalized);
        if (suggestion) context.report({ ...base, inner: entry.pointer, messageId: 'didYouMean', data: { key: entry.key, suggestion } });
        else context.report({ ...base, inner: entry.pointer, messageId: 'unknownKey', data: { key: entry.key } });
      }
      for (const entry of extensions.clashes) context.report({ ...base, inner: entry.pointer, messageId: 'clash', data: { key: entry.key } });

      const volumes = extensions.known.get('volumes');
      if (volumes) {
        if (!Array.isArray(volumes.value)) {
          context.report({ ...base, inner: volumes.pointer, messageId: 'notList' });
        } else {
          const taken = new Set([PROXY_CONFIG_VOLUME, PROXY_TRUST_BUNDLE_VOLUME, ...translatedVolumes(view).map((volume) => volume.name)]);
          volumes.value.forEach((spec, index) => {
            const volume = (spec as { volume?: { name?: unknown } } | null)?.volume;
            const name = volume?.name;
            if (typeof name === 'string' && taken.has(name)) {
              context.report({ ...base, inner: `${volumes.pointer}/${index}/volume/name`, messageId: 'volumeClash', data: { name }, severity: 'error' });
            }
          });
        }
      }
      const serviceOptions = extensions.known.get('serviceOptions');
      const type = (serviceOptions?.value as { type?: unknown } | undefined)?.type;
      if (serviceOptions && type !== undefined && (typeof type !== 'string' || !SERVICE_TYPES.includes(type.toLowerCase()))) {
        context.report({ ...base, inner: `${serviceOptions.pointer}/type`, messageId: 'badServiceType', data: { value: String(type) } });
      }
    }
  },
});
