import { parseBind, readMount } from '../mapping/create-options.js';
import { defineRule } from './define-rule.js';
import { translatedCreateOptions } from './helpers.js';

export default defineRule({
  id: 'host-path-mount',
  severity: 'warning',
  category: 'storage',
  summary: 'A bind mount becomes a node-local hostPath volume, and some host paths do not exist on Kubernetes nodes.',
  messages: {
    hostPath:
      'Host path "{{source}}" becomes a hostPath volume: the data stays on whichever node runs the pod, and Pod Security baseline forbids hostPath. Prefer a volume Mount with --storage-class.',
    dockerSocket:
      'Mounting the Docker socket "{{source}}" does not work on Kubernetes: most nodes run containerd and have no Docker engine.',
    windowsPath: 'Bind "{{bind}}" has a Windows drive letter; splitting it at ":" gives host path "{{source}}", which is wrong. Use a Linux path.',
    namedVolume:
      'Bind source "{{source}}" is a Docker named volume, but translation makes it a hostPath with a relative path, which Kubernetes rejects. Use a Mounts entry of Type "volume".',
  },
  check(context) {
    for (const { module, view, at } of translatedCreateOptions(context)) {
      const sites: { source: string; raw: string; inner: string }[] = [];
      if (Array.isArray(view.binds?.value)) {
        view.binds.value.forEach((entry, index) => {
          const bind = typeof entry === 'string' ? parseBind(entry) : undefined;
          if (bind) sites.push({ source: bind.source, raw: entry as string, inner: `${view.binds!.pointer}/${index}` });
        });
      }
      if (Array.isArray(view.mounts?.value)) {
        view.mounts.value.forEach((entry, index) => {
          const mount = readMount(entry);
          if (mount.type === 'bind' && mount.source) sites.push({ source: mount.source, raw: mount.source, inner: `${view.mounts!.pointer}/${index}` });
        });
      }
      for (const site of sites) {
        const base = { at, inner: site.inner, module: module.name, data: { source: site.source, bind: site.raw } };
        if (/^[A-Za-z]$/.test(site.source) || site.raw.includes('\\')) context.report({ ...base, messageId: 'windowsPath', severity: 'error' });
        else if (/docker\.sock$/.test(site.source)) context.report({ ...base, messageId: 'dockerSocket', severity: 'error' });
        else if (site.source.startsWith('/dev/') || site.source === '/dev') continue; // device-access reports these
        else if (!site.source.startsWith('/')) context.report({ ...base, messageId: 'namedVolume', severity: 'error' });
        else context.report({ ...base, messageId: 'hostPath' });
      }
    }
  },
});
