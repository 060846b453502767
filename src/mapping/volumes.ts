import { parseBind, readMount, type CreateOptionsView } from './create-options.js';
import { sanitizeDnsLabel } from './names.js';

/** The proxy sidecar's volumes, present in every translated pod. */
export const PROXY_CONFIG_VOLUME = 'config-volume';
export const PROXY_TRUST_BUNDLE_VOLUME = 'trust-bundle-volume';
const RESERVED = new Set([PROXY_CONFIG_VOLUME, PROXY_TRUST_BUNDLE_VOLUME]);

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

export type SkipReason = 'missing' | 'unsupportedType' | 'badName' | 'bindSkipped' | 'notString' | 'reservedName' | 'backsteps' | 'duplicateTarget';

export interface SkippedVolume {
  reason: SkipReason;
  inner: string;
  data: Record<string, string>;
}

const hasBacksteps = (path: string) => path.split(/[\\/]/).includes('..');

/**
 * Which Binds and Mounts translate, and which are skipped and why. The reference failed the whole
 * deployment on an incomplete Mount or an unnameable source; here only the entry is skipped, and
 * so is anything the API server would reject (a `..` path, a proxy volume's name, a mount path
 * used twice).
 */
export function planVolumes(view: CreateOptionsView): VolumePlan {
  let plan = plans.get(view);
  if (!plan) {
    plan = computePlan(view);
    plans.set(view, plan);
  }
  return plan;
}

export interface VolumePlan {
  volumes: TranslatedVolume[];
  skipped: SkippedVolume[];
}

// Several rules and the translator ask for the same module's plan; views are never mutated.
const plans = new WeakMap<CreateOptionsView, VolumePlan>();

function computePlan(view: CreateOptionsView): VolumePlan {
  const volumes: TranslatedVolume[] = [];
  const skipped: SkippedVolume[] = [];
  const targets = new Set<string>();
  const accept = (volume: Omit<TranslatedVolume, 'name'>): void => {
    const name = sanitizeDnsLabel(volume.source);
    if (name === undefined) skipped.push({ reason: 'badName', inner: volume.inner, data: { source: volume.source } });
    else if (RESERVED.has(name)) skipped.push({ reason: 'reservedName', inner: volume.inner, data: { source: volume.source, name } });
    else if (hasBacksteps(volume.source) || hasBacksteps(volume.target)) skipped.push({ reason: 'backsteps', inner: volume.inner, data: { source: volume.source, target: volume.target } });
    else if (targets.has(volume.target)) skipped.push({ reason: 'duplicateTarget', inner: volume.inner, data: { target: volume.target } });
    else {
      targets.add(volume.target);
      volumes.push({ ...volume, name });
    }
  };
  if (Array.isArray(view.binds?.value)) {
    view.binds.value.forEach((entry, index) => {
      const inner = `${view.binds!.pointer}/${index}`;
      if (typeof entry !== 'string') return skipped.push({ reason: 'notString', inner, data: {} });
      const bind = parseBind(entry);
      if (!bind || bind.source === '' || bind.target === '') return skipped.push({ reason: 'bindSkipped', inner, data: { bind: entry } });
      return accept({ kind: 'hostPath', source: bind.source, target: bind.target, readOnly: bind.readOnly, inner });
    });
  }
  if (Array.isArray(view.mounts?.value)) {
    view.mounts.value.forEach((entry, index) => {
      const inner = `${view.mounts!.pointer}/${index}`;
      const mount = readMount(entry);
      if (mount.missing.length > 0) return skipped.push({ reason: 'missing', inner, data: { missing: mount.missing.join(', ') } });
      if (mount.type !== 'bind' && mount.type !== 'volume') return skipped.push({ reason: 'unsupportedType', inner, data: { type: mount.type ?? '' } });
      return accept({ kind: mount.type === 'bind' ? 'hostPath' : 'persistentVolumeClaim', source: mount.source!, target: mount.target!, readOnly: mount.readOnly, inner });
    });
  }
  return { volumes, skipped };
}

export function translatedVolumes(view: CreateOptionsView): TranslatedVolume[] {
  return planVolumes(view).volumes;
}

/** Every volume name a translated pod has before k8s-experimental volumes are added. */
export function podVolumeNames(view: CreateOptionsView): Set<string> {
  return new Set([PROXY_CONFIG_VOLUME, PROXY_TRUST_BUNDLE_VOLUME, ...translatedVolumes(view).map((volume) => volume.name)]);
}
