import { parseBind, readMount, type CreateOptionsView } from './create-options.js';
import { sanitizeDnsLabel } from './names.js';

/** The proxy sidecar's volumes, present in every translated pod. */
export const PROXY_CONFIG_VOLUME = 'config-volume';
export const PROXY_TRUST_BUNDLE_VOLUME = 'trust-bundle-volume';

/** A volume the translation makes from Binds and Mounts, in file order (Binds first, as the reference). */
export interface TranslatedVolume {
  kind: 'hostPath' | 'persistentVolumeClaim';
  /** Volume name; also the claim name for PVC volumes. */
  name: string;
  source: string;
  target: string;
  readOnly: boolean;
  /** Pointer of the Binds or Mounts entry inside createOptions. */
  inner: string;
}

/** Binds and bind/volume Mounts that translate; entries that cannot be named or are incomplete are left out. */
export function translatedVolumes(view: CreateOptionsView): TranslatedVolume[] {
  const volumes: TranslatedVolume[] = [];
  if (Array.isArray(view.binds?.value)) {
    view.binds.value.forEach((entry, index) => {
      const bind = typeof entry === 'string' ? parseBind(entry) : undefined;
      const name = bind ? sanitizeDnsLabel(bind.source) : undefined;
      if (bind && name) volumes.push({ kind: 'hostPath', name, source: bind.source, target: bind.target, readOnly: bind.readOnly, inner: `${view.binds!.pointer}/${index}` });
    });
  }
  if (Array.isArray(view.mounts?.value)) {
    view.mounts.value.forEach((entry, index) => {
      const mount = readMount(entry);
      if (mount.missing.length > 0 || (mount.type !== 'bind' && mount.type !== 'volume')) return;
      const name = sanitizeDnsLabel(mount.source!);
      if (!name) return;
      volumes.push({
        kind: mount.type === 'bind' ? 'hostPath' : 'persistentVolumeClaim',
        name,
        source: mount.source!,
        target: mount.target!,
        readOnly: mount.readOnly,
        inner: `${view.mounts!.pointer}/${index}`,
      });
    });
  }
  return volumes;
}
