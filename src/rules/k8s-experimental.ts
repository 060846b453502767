import { K8S_EXPERIMENTAL_KEY, readK8sExtensions } from '../mapping/create-options.js';
import { usableExtensions } from '../mapping/k8s-extension-values.js';
import { servicePorts, serviceTypeFor } from '../mapping/ports.js';
import { podVolumeNames } from '../mapping/volumes.js';
import { defineRule } from './define-rule.js';
import { translatedCreateOptions } from './helpers.js';

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
      'Volume "{{name}}" from k8s-experimental.volumes has the same name as a volume the pod already has; the API server rejects a pod with two volumes of one name, so translate drops it.',
    mountWithoutVolume: 'Volume mount "{{name}}" names no volume of the pod; translate drops the mount.',
    invalidValue: 'The API server would reject this k8s-experimental value ({{detail}}); translate drops it.',
    loadBalancerIPIgnored: 'loadBalancerIP is accepted only on LoadBalancer Services, and this Service is {{type}}; translate leaves it out.',
  },
  check(context) {
    for (const { module, view, at } of translatedCreateOptions(context)) {
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

      const usable = usableExtensions(extensions.known, podVolumeNames(view));
      for (const problem of usable.problems) {
        if (problem.kind === 'invalid') context.report({ ...base, inner: problem.pointer, messageId: 'invalidValue', data: { detail: problem.message }, severity: 'error' });
        else context.report({ ...base, inner: problem.pointer, messageId: problem.kind, data: { name: problem.message }, severity: 'error' });
      }
      const serviceOptions = usable.values.serviceOptions;
      if (serviceOptions?.loadBalancerIP !== undefined) {
        const type = serviceTypeFor(serviceOptions, servicePorts(view).hasBindings, context.options.portMappingServiceType);
        if (type !== 'LoadBalancer') {
          context.report({ ...base, inner: `${extensions.known.get('serviceOptions')!.pointer}/loadBalancerIP`, messageId: 'loadBalancerIPIgnored', data: { type } });
        }
      }
    }
  },
});
