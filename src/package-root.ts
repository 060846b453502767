import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The folder holding this package's package.json. Found by walking up from this file, so it is the
 * same from src/ (tests), dist/ and the bundled CLI, whose files sit at different depths.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('iotedge-k8s: package.json not found above the installed files');
    dir = parent;
  }
  root = dir;
  return root;
}

/** A file shipped with the package (schemas/, docs/rules/, package.json). */
export function packageFile(...segments: string[]): string {
  return join(packageRoot(), ...segments);
}
