import { isHostMode } from '../mapping/create-options.js';
import { defineRule } from './define-rule.js';
import { translatedCreateOptions } from './helpers.js';

export default defineRule({
  id: 'unsupported-create-option',
  severity: 'warning',
  category: 'compatibility',
  summary: 'A createOptions field is not translated to Kubernetes and is dropped.',
  messages: {
    unsupported: '{{field}} is not translated to Kubernetes and is dropped; alternative: {{alternative}}.',
    misplaced: '{{field}} is not read here: Docker and the runtime expect it at {{belongsIn}}, so it is ignored.',
    unknown: '{{field}} is not a Docker create option; it is ignored.',
    networkIgnored: 'NetworkMode "{{value}}" is ignored on Kubernetes: pods join the cluster network (only "host" is translated).',
    hostConfigNotObject: 'HostConfig must be an object; it is ignored.',
  },
  check(context) {
    for (const { module, view, at } of translatedCreateOptions(context)) {
      for (const dropped of view.dropped) {
        if (dropped.ownedBy) continue;
        const base = { at, inner: dropped.pointer, module: module.name };
        if (dropped.kind === 'unsupported') {
          context.report({ ...base, messageId: 'unsupported', data: { field: dropped.path, alternative: dropped.alternative ?? 'none' } });
        } else if (dropped.kind === 'misplaced') {
          context.report({ ...base, messageId: 'misplaced', data: { field: dropped.path, belongsIn: dropped.belongsIn ?? '' } });
        } else {
          context.report({ ...base, messageId: 'unknown', data: { field: dropped.path } });
        }
      }
      const networkMode = view.networkMode;
      if (networkMode && typeof networkMode.value === 'string' && networkMode.value.trim() !== '' && !isHostMode(networkMode.value)) {
        context.report({ at, inner: networkMode.pointer, module: module.name, messageId: 'networkIgnored', data: { value: networkMode.value }, severity: 'info' });
      }
      if (view.hostConfig && (typeof view.hostConfig.value !== 'object' || view.hostConfig.value === null || Array.isArray(view.hostConfig.value))) {
        context.report({ at, inner: view.hostConfig.pointer, module: module.name, messageId: 'hostConfigNotObject' });
      }
    }
  },
});
