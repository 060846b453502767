import type { V1PersistentVolumeClaim, V1ServiceAccount } from '@kubernetes/client-node';
import type { Manifest } from '../manifest/model.js';
import { readCreateOptions } from '../mapping/create-options.js';
import { MAX_MODULE_SOURCE_LENGTH } from '../mapping/limits.js';
import { translatedVolumes } from '../mapping/volumes.js';
import { DEVICE_LABEL, MODULE_LABEL, deviceLabelValue, nameableModules, ORIGINAL_MODULE_ID_ANNOTATION, originalModuleId } from './names.js';
import { DEFAULT_TRANSLATE_OPTIONS, type TranslateOptions } from './options.js';
import { pullSecretFor, pullSecrets } from './secrets.js';
import { serviceFor } from './service.js';
import { deploymentFor } from './workload.js';
import { sortObjects, type Emitted, type KubernetesObject } from './order.js';

/**
 * Turns the model into the objects the reference translator made, one module at a time. Problems
 * are not reported here: the rule catalogue reports them from the same model and the same
 * mapping tables, and modules the rules reject (invalid or colliding names) are skipped.
 */
export function translateModel(manifest: Manifest, overrides: Partial<TranslateOptions> = {}): KubernetesObject[] {
  const options: TranslateOptions = { ...DEFAULT_TRANSLATE_OPTIONS, ...overrides };
  const deviceLabel = deviceLabelValue(options.deviceId);
  const secrets = pullSecrets(manifest.registryCredentials, options.namespace, { [DEVICE_LABEL]: deviceLabel });
  const objects: KubernetesObject[] = secrets.map((entry) => entry.secret);
  const claims = new Map<string, Emitted<V1PersistentVolumeClaim>>();

  const candidates = manifest.modules.filter(
    (module) =>
      module.identity !== '$edgeAgent' &&
      (module.type?.value ?? 'docker') === 'docker' &&
      typeof module.image?.value === 'string' &&
      module.image.value.trim() !== '' &&
      module.sourceLength <= MAX_MODULE_SOURCE_LENGTH,
  );
  for (const [module, name] of nameableModules(candidates)) {
    const view = module.createOptions?.ok ? readCreateOptions(module.createOptions.value) : undefined;
    const labels = { [MODULE_LABEL]: name, [DEVICE_LABEL]: deviceLabel };
    const serviceAccount: Emitted<V1ServiceAccount> = {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name, namespace: options.namespace, labels, annotations: { [ORIGINAL_MODULE_ID_ANNOTATION]: originalModuleId(module) } },
    };
    objects.push(serviceAccount);
    const service = serviceFor(name, view, labels, options);
    if (service) objects.push(service);
    const pullSecret = pullSecretFor(String(module.image!.value), secrets);
    objects.push(deploymentFor({ module, name, view, labels, pullSecret, options }));

    if (options.storageClass === undefined || !view) continue;
    for (const volume of translatedVolumes(view)) {
      if (volume.kind !== 'persistentVolumeClaim' || claims.has(volume.name)) continue;
      claims.set(volume.name, {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: volume.name, namespace: options.namespace, labels: { [DEVICE_LABEL]: deviceLabel } },
        spec: {
          accessModes: [volume.readOnly ? 'ReadOnlyMany' : 'ReadWriteMany'],
          resources: { requests: { storage: `${options.pvcSizeMi}Mi` } },
          storageClassName: options.storageClass,
        },
      });
    }
  }
  objects.push(...claims.values());
  return sortObjects(objects);
}
