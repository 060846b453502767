export { envEntries, findEnv, normalizeConfigKey, type EnvEntry } from '../mapping/env-names.js';
import type { LoadedManifest } from '../manifest/load.js';
import type { EdgeModule, Manifest } from '../manifest/model.js';
import { isObject } from '../manifest/normalize.js';
import { joinPointer } from '../manifest/pointer.js';

/** Modules that become Kubernetes workloads: edgeAgent is bootstrapped by the runtime instead. */
export function translatedModules(manifest: Manifest): EdgeModule[] {
  return manifest.modules.filter((module) => module.identity !== '$edgeAgent');
}

export interface StringSite {
  value: string;
  at: string;
  inner?: string;
  /** True for object keys rather than values. */
  isKey: boolean;
}

/** Every string key and value in the manifest, createOptions contents included. */
export function* allStrings(loaded: LoadedManifest, manifest: Manifest): Generator<StringSite> {
  const createOptionsAt = new Map(manifest.modules.filter((m) => m.createOptions?.form !== 'object').flatMap((m) => m.createOptions?.chunks.map((c) => [c, m] as const) ?? []));
  const stack: [unknown, string][] = [[loaded.json.value, '']];
  while (stack.length > 0) {
    const [value, at] = stack.pop()!;
    if (typeof value === 'string') {
      const module = createOptionsAt.get(at);
      if (module?.createOptions?.ok && module.createOptions.chunks[0] === at) {
        yield* stringsIn(module.createOptions.value, module.createOptions.at);
      } else if (!module) {
        yield { value, at, isKey: false };
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], joinPointer(at, i)]);
    } else if (isObject(value)) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const child = joinPointer(at, key);
        stack.push([value[key], child]);
      }
      for (const key of keys) yield { value: key, at: joinPointer(at, key), isKey: true };
    }
  }
}

function* stringsIn(root: unknown, at: string): Generator<StringSite> {
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length > 0) {
    const [value, inner] = stack.pop()!;
    if (typeof value === 'string') yield { value, at, inner, isKey: false };
    else if (Array.isArray(value)) value.forEach((item, index) => stack.push([item, joinPointer(inner, index)]));
    else if (isObject(value)) {
      for (const key of Object.keys(value)) {
        yield { value: key, at, inner: joinPointer(inner, key), isKey: true };
        stack.push([value[key], joinPointer(inner, key)]);
      }
    }
  }
}

export function moduleLabel(module: EdgeModule): string {
  return module.identity;
}
