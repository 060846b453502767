import { basename } from 'node:path';
import { joinPointer } from './pointer.js';
import { expandVariables, moduleAt, moduleImage, type Solution, type SolutionModule } from './solution.js';

/** Names the IoT Edge tools never expand, even when a variable of that name exists. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['$edgeAgent', '$edgeHub', '$upstream', '$schema', '$schema-template']);

const MODULE_IMAGE = /^\$\{MODULES\.([^.}]+)((?:\.[^}]+)?)\}$/;
const MODULEDIR_IMAGE = /^\$\{MODULEDIR<([^>]+)>((?:\.[^}]+)?)\}$/;

/** A deployment template: named `*.template.json`, or carrying `$schema-template`. */
export function isTemplate(file: string, value: unknown): boolean {
  return /\.template\.json$/i.test(basename(file)) || (typeof value === 'object' && value !== null && Object.hasOwn(value, '$schema-template'));
}

export interface ImagePlaceholder {
  moduleName: string;
  platform: string;
  module?: SolutionModule;
}

/** `${MODULES.Name}`, `${MODULES.Name.debug}`, `${MODULES.Name.arm32v7}`, `${MODULEDIR<path>.platform}`. */
export function parseImagePlaceholder(image: string, solution: Solution, defaultPlatform: string): ImagePlaceholder | undefined {
  const byName = MODULE_IMAGE.exec(image);
  const byDir = byName ? undefined : MODULEDIR_IMAGE.exec(image);
  const match = byName ?? byDir;
  if (!match) return undefined;
  const suffix = match[2] ? match[2].slice(1) : '';
  const platform = suffix === '' ? defaultPlatform : suffix === 'debug' ? `${defaultPlatform}.debug` : suffix;
  const module = byName ? solution.modules.get(match[1]!) : moduleAt(solution, match[1]!);
  return { moduleName: match[1]!, platform, ...(module ? { module } : {}) };
}

function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The template's value with placeholders resolved as iotedgedev and the VS Code extension do:
 * module images from module.json, then `$VAR`/`${VAR}` from `.env` and the environment. The shape
 * stays the same, so every pointer still addresses the template file.
 */
export function resolveTemplate(value: unknown, solution: Solution, platform: string): { value: unknown; imageModules: Map<string, SolutionModule> } {
  const imageModules = new Map<string, SolutionModule>();
  const walk = (node: unknown, parentKey: string | undefined, grandKey: string | undefined, pointer: string): unknown => {
    if (typeof node === 'string') {
      if (parentKey === 'image' && grandKey === 'settings') {
        const placeholder = parseImagePlaceholder(node, solution, platform);
        if (placeholder?.module) imageModules.set(pointer, placeholder.module);
        if (placeholder?.module) {
          const image = moduleImage({ module: placeholder.module, platform: placeholder.platform }, solution.variables);
          if (image) return image;
        }
        if (placeholder) return node;
      }
      return expandVariables(node, solution.variables, RESERVED_NAMES);
    }
    if (Array.isArray(node)) return node.map((item, index) => walk(item, undefined, parentKey, `${pointer}/${index}`));
    if (typeof node === 'object' && node !== null) {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node)) {
        const resolvedKey = expandVariables(key, solution.variables, RESERVED_NAMES);
        setMember(out, resolvedKey, walk(child, key, parentKey, joinPointer(pointer, resolvedKey)));
      }
      return out;
    }
    return node;
  };
  return { value: walk(value, undefined, undefined, ''), imageModules };
}
