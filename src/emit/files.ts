import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, realpath, rename, rm } from 'node:fs/promises';
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

/**
 * Writes `content` to `file` atomically: a new temporary file beside it (created exclusively, so a
 * planted file or link is never written through), then a rename over the target. A rename replaces
 * a symlink at the target instead of following it.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temporary, 'wx', 0o644);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
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
