import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `../shared` beside the project: present in CI, possibly absent in a user's fresh clone. */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const CORPUS_DIR = `${SHARED_DIR}corpus/`;
export const HAS_CORPUS = existsSync(CORPUS_DIR);

if (!HAS_CORPUS) {
  console.warn(`[iotedge-k8s tests] ../shared/corpus not found at ${CORPUS_DIR}: corpus tests are skipped.`);
}

export function corpusFiles(): string[] {
  return HAS_CORPUS ? readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.json')).sort() : [];
}
