import { planVolumes, type SkipReason } from '../mapping/volumes.js';
import { defineRule } from './define-rule.js';
import { translatedCreateOptions } from './helpers.js';

/** Entries that the reference silently skipped are warnings; those that failed it, or the API server, errors. */
const SEVERITY: Readonly<Record<SkipReason, 'error' | 'warning'>> = {
  missing: 'error',
  badName: 'error',
  reservedName: 'error',
  backsteps: 'error',
  unsupportedType: 'warning',
  bindSkipped: 'warning',
  notString: 'warning',
  duplicateTarget: 'warning',
};

export default defineRule({
  id: 'invalid-mount',
  severity: 'error',
  category: 'storage',
  summary: 'A Mounts or Binds entry cannot be translated; an incomplete Mount failed the whole deployment in the reference.',
  messages: {
    missing: 'Mount is missing {{missing}}; the reference translator rejected the whole deployment for this. translate skips the mount.',
    unsupportedType: 'Mount type "{{type}}" is not translated (only bind and volume are); the mount is dropped.',
    notArray: 'HostConfig.{{field}} must be an array; it is ignored.',
    bindSkipped: 'Bind "{{bind}}" is not "host-path:container-path[:options]"; it is skipped.',
    badName: 'Source "{{source}}" has no letter or digit to name a Kubernetes volume after (the reference failed the deployment on it); translate skips it.',
    reservedName: 'Source "{{source}}" would give volume name "{{name}}", which the proxy sidecar already uses; translate skips it.',
    backsteps: 'Paths with ".." ("{{source}}" to "{{target}}") are rejected by the API server; translate skips the mount.',
    duplicateTarget: 'Container path "{{target}}" is already mounted by an earlier entry; Kubernetes rejects two mounts at one path, so translate keeps the first.',
    notString: 'Bind entries must be strings "host:container[:options]"; this one is skipped.',
  },
  check(context) {
    for (const { module, view, at } of translatedCreateOptions(context)) {
      for (const field of [view.mounts, view.binds]) {
        if (field && !Array.isArray(field.value)) context.report({ at, module: module.name, inner: field.pointer, messageId: 'notArray', data: { field: field.key } });
      }
      for (const skipped of planVolumes(view).skipped) {
        context.report({ at, module: module.name, inner: skipped.inner, messageId: skipped.reason, data: skipped.data, severity: SEVERITY[skipped.reason] });
      }
    }
  },
});
