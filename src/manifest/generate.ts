import { isObject } from './normalize.js';

/** Twin values were limited to 512 characters; the tooling splits longer createOptions into chunks. */
export const CREATE_OPTIONS_CHUNK = 512;

const CREATE_OPTIONS_KEY = /^createoptions\d*$/i;

/**
 * A deployment as iotedgedev and the VS Code extension generate it from a resolved template:
 * `moduleContent` renamed, `$schema-template` removed, createOptions objects minified into strings
 * and split into `createOptions`, `createOptions01`… of 512 characters.
 */
export function generateDeployment(resolved: unknown): unknown {
  if (!isObject(resolved)) return resolved;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(resolved)) {
    if (key === '$schema-template') continue;
    Object.defineProperty(out, key === 'moduleContent' ? 'modulesContent' : key, { value: stringifyCreateOptions(value), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function stringifyCreateOptions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stringifyCreateOptions);
  if (!isObject(node)) return node;
  const out: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  const hasChunks = Object.keys(node).some((key) => CREATE_OPTIONS_KEY.test(key) && key.toLowerCase() !== 'createoptions');
  for (const [key, value] of Object.entries(node)) {
    if (key === 'createOptions' && isObject(value) && !hasChunks) {
      const text = JSON.stringify(value);
      for (let index = 0; index * CREATE_OPTIONS_CHUNK < Math.max(text.length, 1); index++) {
        set(index === 0 ? 'createOptions' : `createOptions${String(index).padStart(2, '0')}`, text.slice(index * CREATE_OPTIONS_CHUNK, (index + 1) * CREATE_OPTIONS_CHUNK));
      }
    } else {
      set(key, stringifyCreateOptions(value));
    }
  }
  return out;
}
