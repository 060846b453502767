import { lstat, mkdir, realpath } from 'node:fs/promises';
import { writeFileAtomic } from './atomic.js';
import { join, relative, resolve, sep } from 'node:path';
import type { KubernetesObject } from '../translate/order.js';
import { toYaml } from './yaml.js';

/** File name of an object in `--out-dir`: `<kind>-<name>.yaml`, kind in lowercase. */
export function objectFileName(object: KubernetesObject): string {
  return `${object.kind.toLowerCase()}-${object.metadata.name}.yaml`;
}

export function kustomization(files: readonly string[]): string {
  return toYaml({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: [...files] });
}

/** Writes one YAML file per object and a kustomization.yaml into `directory`; returns the paths written. */
export async function writeObjectFiles(directory: string, objects: readonly KubernetesObject[]): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const info = await lstat(directory);
  if (!info.isDirectory()) throw new Error(`${directory} is not a directory`);
  const root = await realpath(directory);
  const files = objects.map(objectFileName);
  const contents = new Map<string, string>(objects.map((object, index) => [files[index]!, toYaml(object)]));
  contents.set('kustomization.yaml', kustomization(files));
  const written: string[] = [];
  for (const [name, content] of contents) {
    const target = resolve(root, name);
    // Names come from sanitized object names, but never trust that a name stays inside the folder.
    if (relative(root, target).startsWith('..') || relative(root, target).includes(sep)) {
      throw new Error(`refusing to write ${name} outside ${directory}`);
    }
    await writeFileAtomic(target, content);
    written.push(join(directory, name));
  }
  return written;
}
