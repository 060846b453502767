export { envEntries, findEnv, normalizeConfigKey, type EnvEntry } from '../mapping/env-names.js';
import type { LoadedManifest } from '../manifest/load.js';
import type { EdgeModule, Manifest } from '../manifest/model.js';
import { isObject } from '../manifest/normalize.js';
import { joinPointer } from '../manifest/pointer.js';
import type { CreateOptionsView } from '../mapping/create-options.js';
import type { RuleContext } from './define-rule.js';

/** Modules that become Kubernetes workloads: edgeAgent is bootstrapped by the runtime instead. */
export function translatedModules(manifest: Manifest): EdgeModule[] {
  return manifest.modules.filter((module) => module.identity !== '$edgeAgent');
}

export interface ModuleOptions {
  module: EdgeModule;
  view: CreateOptionsView;
  /** Pointer of the module's createOptions, where findings inside it are reported. */
  at: string;
}

/** Each translated module that has createOptions, with them read as the agent reads them. */
export function* translatedCreateOptions(context: Pick<RuleContext<string>, 'manifest' | 'createOptionsOf'>): Generator<ModuleOptions> {
  for (const module of translatedModules(context.manifest)) {
    const view = context.createOptionsOf(module);
    const at = module.createOptions?.at;
    if (view && at !== undefined) yield { module, view, at };
  }
}

interface PathLink {
  parent: PathLink | undefined;
  segment: string | number;
}

function pointerOf(link: PathLink | undefined, base = ''): string {
  const segments: (string | number)[] = [];
  for (let node = link; node; node = node.parent) segments.push(node.segment);
  return joinPointer(base, ...segments.reverse());
}

/**
 * A string key or value somewhere in the manifest. Its pointer is built only when asked for: rules
 * scan every string but report very few.
 */
export class StringSite {
  private pointer: string | undefined;
  private innerPointer: string | undefined;

  constructor(
    readonly value: string,
    /** True for object keys rather than values. */
    readonly isKey: boolean,
    private readonly link: PathLink | undefined,
    /** For strings inside a createOptions string: the createOptions pointer and the path inside it. */
    private readonly embedded?: { at: string; link: PathLink | undefined },
  ) {}

  /** Pointer in the file (of the createOptions key, for strings inside one). */
  get at(): string {
    this.pointer ??= this.embedded ? this.embedded.at : pointerOf(this.link);
    return this.pointer;
  }

  /** Pointer inside createOptions, for strings inside one. */
  get inner(): string | undefined {
    if (!this.embedded) return undefined;
    this.innerPointer ??= pointerOf(this.link);
    return this.innerPointer;
  }
}

/** Every string key and value in the manifest, createOptions contents included, in document order. */
export function allStrings(loaded: LoadedManifest, manifest: Manifest): StringSite[] {
  const embedded = new Map<string, { value: unknown; at: string }>();
  const chunks = new Set<string>();
  for (const module of manifest.modules) {
    const options = module.createOptions;
    if (!options || options.form === 'object') continue;
    for (const chunk of options.chunks) chunks.add(chunk);
    if (options.ok) embedded.set(options.chunks[0]!, { value: options.value, at: options.at });
  }
  const sites: StringSite[] = [];
  const walk = (value: unknown, link: PathLink | undefined, inside: { at: string } | undefined): void => {
    if (typeof value === 'string') {
      // Only a createOptions key can hold a chunk: build the pointer for those alone.
      if (!inside && typeof link?.segment === 'string' && /^createoptions\d*$/i.test(link.segment)) {
        const at = pointerOf(link);
        if (chunks.has(at)) {
          const options = embedded.get(at);
          if (options) walk(options.value, undefined, { at: options.at });
          return;
        }
      }
      sites.push(new StringSite(value, false, link, inside ? { at: inside.at, link } : undefined));
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const child = { parent: link, segment: index };
        walk(item, child, inside);
      });
    } else if (isObject(value)) {
      for (const key of Object.keys(value)) {
        const child = { parent: link, segment: key };
        sites.push(new StringSite(key, true, child, inside ? { at: inside.at, link: child } : undefined));
        walk(value[key], child, inside);
      }
    }
  }
  walk(loaded.json.value, undefined, undefined);
  return sites;
}

