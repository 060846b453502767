import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import type { KubernetesObject } from '../../src/translate/order.js';

/**
 * Problems the API server would reject: the OpenAPI schemas (kubernetes-models, Kubernetes 1.33)
 * plus the rules they leave out (names, labels, references between objects). Returns messages.
 */
export function kubernetesProblems(objects: readonly KubernetesObject[], options: { relaxedEnvNames?: boolean } = {}): string[] {
  const problems: string[] = [];
  const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
  const dns1035Label = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
  const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
  const labelName = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
  const envName = options.relaxedEnvNames ? /^[\x20-\x3c\x3e-\x7e]+$/ : /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
  const qualified = (key: string): boolean => {
    const [prefix, name] = key.includes('/') ? [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)] : [undefined, key];
    return (prefix === undefined || (prefix.length <= 253 && dns1123Subdomain.test(prefix))) && name.length <= 63 && labelName.test(name);
  };
  const check = (ok: boolean, message: string): void => {
    if (!ok) problems.push(message);
  };
  const checkMeta = (where: string, labels: Record<string, string> | undefined, annotations: Record<string, string> | undefined): void => {
    for (const [key, value] of Object.entries(labels ?? {})) {
      check(qualified(key), `${where}: invalid label key ${key}`);
      check(value === '' || (value.length <= 63 && labelName.test(value)), `${where}: invalid label value ${value}`);
    }
    for (const key of Object.keys(annotations ?? {})) check(qualified(key), `${where}: invalid annotation key ${key}`);
  };

  const seen = new Set<string>();
  const deployments = objects.filter((o) => o.kind === 'Deployment') as unknown as Deployment[];
  const names = (kind: string) => new Set(objects.filter((o) => o.kind === kind).map((o) => o.metadata.name));

  for (const object of objects) {
    const id = `${object.kind}/${object.metadata.name}`;
    check(!seen.has(id), `${id}: emitted twice`);
    seen.add(id);
    check(dns1123Label.test(object.metadata.namespace) && object.metadata.namespace.length <= 63, `${id}: invalid namespace`);
    check(object.metadata.name.length <= 253 && dns1123Subdomain.test(object.metadata.name), `${id}: name is not a DNS-1123 subdomain`);
    checkMeta(id, object.metadata.labels, object.metadata.annotations);
    try {
      switch (object.kind) {
        case 'Deployment':
          new Deployment(object as never).validate();
          break;
        case 'Service':
          new Service(object as never).validate();
          break;
        case 'ServiceAccount':
          new ServiceAccount(object as never).validate();
          break;
        case 'Secret':
          new Secret(object as never).validate();
          break;
        case 'PersistentVolumeClaim':
          new PersistentVolumeClaim(object as never).validate();
          break;
        default:
          problems.push(`${id}: unexpected kind`);
      }
    } catch (error) {
      problems.push(`${id}: ${(error as Error).message}`);
    }
  }

  for (const deployment of deployments) {
    const id = `Deployment/${deployment.metadata!.name}`;
    const spec = deployment.spec!;
    const template = spec.template;
    const podLabels = template.metadata?.labels ?? {};
    checkMeta(`${id} pod`, podLabels, template.metadata?.annotations);
    for (const [key, value] of Object.entries(spec.selector.matchLabels ?? {})) check(podLabels[key] === value, `${id}: selector does not match pod labels`);
    const pod = template.spec!;
    check(pod.containers.length > 0, `${id}: no containers`);
    const volumeNames = (pod.volumes ?? []).map((volume) => volume.name);
    check(new Set(volumeNames).size === volumeNames.length, `${id}: duplicate volume names ${volumeNames}`);
    for (const name of volumeNames) check(name.length <= 63 && dns1123Label.test(name), `${id}: invalid volume name ${name}`);
    const containerNames = pod.containers.map((container) => container.name);
    check(new Set(containerNames).size === containerNames.length, `${id}: duplicate container names`);
    for (const container of pod.containers) {
      check(container.name.length <= 63 && dns1123Label.test(container.name), `${id}: invalid container name ${container.name}`);
      check(typeof container.image === 'string' && container.image.trim() !== '', `${id}: container ${container.name} has no image`);
      for (const variable of container.env ?? []) check(envName.test(variable.name), `${id}: invalid env name ${variable.name}`);
      const paths = (container.volumeMounts ?? []).map((mount) => mount.mountPath);
      check(new Set(paths).size === paths.length, `${id}: duplicate mount paths in ${container.name}`);
      for (const mount of container.volumeMounts ?? []) check(volumeNames.includes(mount.name), `${id}: mount ${mount.name} has no volume`);
    }
    if (pod.serviceAccountName) check(names('ServiceAccount').has(pod.serviceAccountName), `${id}: no ServiceAccount ${pod.serviceAccountName}`);
    for (const secret of pod.imagePullSecrets ?? []) check(names('Secret').has(secret.name!), `${id}: no Secret ${secret.name}`);
    for (const volume of pod.volumes ?? []) {
      const claim = volume.persistentVolumeClaim?.claimName;
      if (claim && names('PersistentVolumeClaim').size > 0) check(names('PersistentVolumeClaim').has(claim), `${id}: no PVC ${claim}`);
    }
  }

  for (const service of objects.filter((o) => o.kind === 'Service') as unknown as Service[]) {
    const id = `Service/${service.metadata!.name}`;
    check(service.metadata!.name!.length <= 63 && dns1035Label.test(service.metadata!.name!), `${id}: name is not a DNS-1035 label`);
    const portNames = (service.spec!.ports ?? []).map((port) => port.name);
    check(new Set(portNames).size === portNames.length, `${id}: duplicate port names`);
    for (const name of portNames) check(name !== undefined && name.length <= 63 && dns1123Label.test(name), `${id}: invalid port name ${name}`);
    const selector = service.spec!.selector ?? {};
    const selects = deployments.some((deployment) => Object.entries(selector).every(([key, value]) => deployment.spec!.template.metadata?.labels?.[key] === value));
    check(selects, `${id}: selector matches no Deployment's pods`);
  }
  return problems;
}
