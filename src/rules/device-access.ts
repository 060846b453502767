import { parseBind } from '../mapping/create-options.js';
import { defineRule } from './define-rule.js';
import { translatedCreateOptions } from './helpers.js';

export default defineRule({
  id: 'device-access',
  severity: 'error',
  category: 'compatibility',
  summary: 'A module needs host devices or a GPU runtime, which the translation does not give it.',
  messages: {
    devices: '{{field}} is not translated: the module will not see the host devices it asks for. Expose them through a device plugin and request it in k8s-experimental.resources.limits.',
    gpu: '{{field}} asks for a GPU, which is not translated. Request one from the NVIDIA device plugin: k8s-experimental.resources.limits {"nvidia.com/gpu": 1} (and a runtimeClassName if your cluster needs one).',
    deviceBind:
      'Bind "{{bind}}" mounts a device node as a hostPath; it works only for privileged pods on the node that has the device. Prefer a device plugin requested through k8s-experimental.resources.',
  },
  check(context) {
    for (const { module, view, at } of translatedCreateOptions(context)) {
      for (const dropped of view.dropped) {
        if (dropped.ownedBy !== 'device-access') continue;
        const gpu = dropped.path === 'HostConfig.DeviceRequests' || dropped.path === 'HostConfig.Runtime';
        context.report({ at, inner: dropped.pointer, module: module.name, messageId: gpu ? 'gpu' : 'devices', data: { field: dropped.path } });
      }
      if (Array.isArray(view.binds?.value)) {
        view.binds.value.forEach((entry, index) => {
          const bind = typeof entry === 'string' ? parseBind(entry) : undefined;
          if (bind && (bind.source === '/dev' || bind.source.startsWith('/dev/'))) {
            context.report({ at, inner: `${view.binds!.pointer}/${index}`, module: module.name, messageId: 'deviceBind', severity: 'warning', data: { bind: entry as string } });
          }
        });
      }
    }
  },
});
