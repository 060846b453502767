import { parseBind, readMount } from '../mapping/create-options.js';
import { sanitizeDnsLabel } from '../mapping/names.js';
import { translatedVolumes } from '../mapping/volumes.js';
import { defineRule } from './define-rule.js';
import { translatedModules } from './helpers.js';

export default defineRule({
  id: 'invalid-mount',
  severity: 'error',
  category: 'storage',
  summary: 'A Mounts or Binds entry cannot be translated; an incomplete Mount failed the whole deployment in the reference.',
  messages: {
    missing: 'Mount is missing {{missing}}; the reference translator rejected the whole deployment for this. translate skips the mount.',
    unsupportedType: 'Mount type "{{type}}" is not translated (only bind and volume are); the mount is dropped.',
    notArray: 'HostConfig.{{field}} must be an array; it is ignored.',
    bindSkipped: 'Bind "{{bind}}" has no ":" between host path and container path; it is skipped.',
    badName: 'Source "{{source}}" has no letter or digit to name a Kubernetes volume after (the reference failed the deployment on it); translate skips it.',
    duplicateTarget: 'Container path "{{target}}" is already mounted by an earlier entry; Kubernetes rejects two mounts at one path, so translate keeps the first.',
    notString: 'Bind entries must be strings "host:container[:options]"; this one is skipped.',
  },
  check(context) {
    for (const module of translatedModules(context.manifest)) {
      const view = context.createOptionsOf(module);
      const at = module.createOptions?.at;
      if (!view || at === undefined) continue;
      const base = { at, module: module.name };
      if (view.mounts) {
        if (!Array.isArray(view.mounts.value)) {
          context.report({ ...base, inner: view.mounts.pointer, messageId: 'notArray', data: { field: view.mounts.key } });
        } else {
          view.mounts.value.forEach((entry, index) => {
            const mount = readMount(entry);
            const inner = `${view.mounts!.pointer}/${index}`;
            if (mount.missing.length > 0) {
              context.report({ ...base, inner, messageId: 'missing', data: { missing: mount.missing.join(', ') } });
            } else if (mount.type !== 'bind' && mount.type !== 'volume') {
              context.report({ ...base, inner, messageId: 'unsupportedType', data: { type: mount.type ?? '' }, severity: 'warning' });
            } else if (sanitizeDnsLabel(mount.source!) === undefined) {
              context.report({ ...base, inner, messageId: 'badName', data: { source: mount.source! } });
            }
          });
        }
      }
      const targets = new Set<string>();
      for (const volume of translatedVolumes(view)) {
        if (targets.has(volume.target)) context.report({ ...base, inner: volume.inner, messageId: 'duplicateTarget', data: { target: volume.target }, severity: 'warning' });
        targets.add(volume.target);
      }
      if (view.binds) {
        if (!Array.isArray(view.binds.value)) {
          context.report({ ...base, inner: view.binds.pointer, messageId: 'notArray', data: { field: view.binds.key } });
        } else {
          view.binds.value.forEach((entry, index) => {
            const inner = `${view.binds!.pointer}/${index}`;
            if (typeof entry !== 'string') context.report({ ...base, inner, messageId: 'notString', severity: 'warning' });
            else {
              const bind = parseBind(entry);
              if (!bind) context.report({ ...base, inner, messageId: 'bindSkipped', data: { bind: entry }, severity: 'warning' });
              else if (sanitizeDnsLabel(bind.source) === undefined) context.report({ ...base, inner, messageId: 'badName', data: { source: bind.source } });
            }
          });
        }
      }
    }
  },
});
