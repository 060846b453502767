import { describe, expect, it } from 'vitest';
import { translateManifest } from '../../src/api.js';
import { emitYaml } from '../../src/emit/yaml.js';
import { loadManifest } from '../../src/manifest/load.js';
import { CORPUS_DIR, HAS_CORPUS, corpusFiles } from '../helpers/shared.js';
import { kubernetesProblems } from '../helpers/k8s-validate.js';

const variants = [
  { name: 'defaults', options: {}, relaxed: false },
  { name: 'storage class, Kubernetes 1.34, NodePort, non-root', options: { storageClass: 'azurefile', kubernetesVersion: { major: 1, minor: 34 }, portMappingServiceType: 'NodePort' as const, runAsNonRoot: true }, relaxed: true },
  { name: 'Kubernetes 1.29, no extensions', options: { kubernetesVersion: { major: 1, minor: 29 }, k8sExtensions: false }, relaxed: false },
];

describe.skipIf(!HAS_CORPUS)('every corpus manifest translates into objects the API server accepts', () => {
  for (const file of corpusFiles()) {
    it(file, async () => {
      const loaded = await loadManifest(`${CORPUS_DIR}${file}`);
      for (const variant of variants) {
        const { objects } = translateManifest(loaded, variant.options);
        expect(kubernetesProblems(objects, { relaxedEnvNames: variant.relaxed }), variant.name).toEqual([]);
        expect(emitYaml(translateManifest(loaded, variant.options).objects)).toBe(emitYaml(objects));
      }
    });
  }
});
