import { isObject } from '../json.js';
import type {
  V1Container,
  V1Deployment,
  V1DeploymentStrategy,
  V1EnvVar,
  V1PodSecurityContext,
  V1PodSpec,
  V1ResourceRequirements,
  V1Volume,
  V1VolumeMount,
} from '@kubernetes/client-node';
import type { EdgeModule } from '../manifest/model.js';
import { isHostMode, isTruthyOption, parsePortKey, readK8sExtensions, type CreateOptionsView } from '../mapping/create-options.js';
import { usableExtensions, type UsableExtensions } from '../mapping/k8s-extension-values.js';
import type { TargetOptions } from '../options.js';
import { envEntries, isClassicEnvName, isRelaxedEnvName, relaxedEnvNameSupport, renameColons } from '../mapping/env-names.js';
import { withDefaultTag } from '../mapping/images.js';
import { sanitizeAnnotationKey } from '../mapping/names.js';
import { PROXY_CONFIG_VOLUME, PROXY_TRUST_BUNDLE_VOLUME, podVolumeNames, translatedVolumes } from '../mapping/volumes.js';
import { ORIGINAL_MODULE_ID_ANNOTATION, originalModuleId } from './names.js';
import type { TranslateOptions } from './options.js';
import type { Emitted } from './order.js';

const PROXY_LOG_LEVEL: Readonly<Record<TranslateOptions['logLevel'], string>> = {
  verbose: 'Trace',
  debug: 'Debug',
  info: 'Info',
  warning: 'Warn',
  error: 'Error',
  fatal: 'Error',
};


function stringArray(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value === 'string') return [value];
  return undefined;
}

/** What translate may copy from k8s-experimental: only values the API server accepts. */
export function extensionsOf(view: CreateOptionsView | undefined, options: TargetOptions): UsableExtensions | undefined {
  if (!options.k8sExtensions || !view?.k8sExperimental) return undefined;
  const extensions = readK8sExtensions(view.k8sExperimental);
  if (!extensions.ok) return undefined;
  return usableExtensions(extensions.known, podVolumeNames(view));
}

/** Docker `Labels` as pod and Service annotations; keys that cannot be sanitized are dropped. */
export function labelAnnotations(view: CreateOptionsView | undefined): Record<string, string> {
  const annotations: Record<string, string> = {};
  if (!view?.labels || !isObject(view.labels.value)) return annotations;
  for (const [key, value] of Object.entries(view.labels.value)) {
    const annotation = sanitizeAnnotationKey(key);
    if (annotation !== undefined && typeof value === 'string') annotations[annotation] = value;
  }
  return annotations;
}

/** A name valid for the target cluster after the documented `:` workaround, or undefined to drop it. */
function envNameForTarget(name: string, options: TranslateOptions): string | undefined {
  const relaxedAccepted = relaxedEnvNameSupport(options.kubernetesVersion) === 'accepted';
  const renamed = relaxedAccepted ? name : renameColons(name, options.envColonReplacement);
  if (isClassicEnvName(renamed)) return renamed;
  return relaxedAccepted && isRelaxedEnvName(renamed) ? renamed : undefined;
}

function moduleEnv(module: EdgeModule, view: CreateOptionsView | undefined, options: TranslateOptions): V1EnvVar[] {
  const env: V1EnvVar[] = [];
  for (const entry of envEntries(module, view)) {
    const name = envNameForTarget(entry.name, options);
    if (name !== undefined) env.push({ name, value: entry.value });
  }
  const userSetLogLevel = env.some((variable) => variable.name === 'RuntimeLogLevel');
  env.push({ name: 'IOTEDGE_IOTHUBHOSTNAME', value: options.iothubHostname });
  env.push({ name: 'IOTEDGE_AUTHSCHEME', value: 'sasToken' });
  if (!userSetLogLevel) env.push({ name: 'RuntimeLogLevel', value: options.logLevel });
  env.push({ name: 'IOTEDGE_WORKLOADURI', value: options.workloadUri });
  env.push({ name: 'IOTEDGE_DEVICEID', value: options.deviceId });
  env.push({ name: 'IOTEDGE_MODULEID', value: module.identity });
  env.push({ name: 'IOTEDGE_APIVERSION', value: options.workloadApiVersion });
  env.push({ name: 'EdgeDeviceHostName', value: options.edgeHostname });
  if (!module.system) env.push({ name: 'IOTEDGE_GATEWAYHOSTNAME', value: 'edgehub' });
  return env;
}

function proxyContainer(options: TranslateOptions): V1Container {
  return {
    name: 'proxy',
    image: options.proxyImage,
    env: [{ name: 'PROXY_LOG', value: PROXY_LOG_LEVEL[options.logLevel] }],
    resources: { limits: { cpu: '5m', memory: '25Mi' }, requests: { cpu: '5m', memory: '25Mi' } },
    volumeMounts: [
      { name: PROXY_CONFIG_VOLUME, mountPath: '/etc/iotedge-proxy', readOnly: true },
      { name: PROXY_TRUST_BUNDLE_VOLUME, mountPath: '/etc/trust-bundle' },
    ],
  };
}

interface ModuleStorage {
  volumes: V1Volume[];
  mounts: V1VolumeMount[];
}

/**
 * Extension volumes first (copied as written), then Binds and Mounts. Translated volumes are
 * de-duplicated by name as the reference did (first kept; for claims the read-write one wins);
 * a mount path used twice keeps its first mount, since the API rejects duplicates.
 */
function moduleStorage(view: CreateOptionsView | undefined, extensions: UsableExtensions | undefined): ModuleStorage {
  const volumes: V1Volume[] = [
    { name: PROXY_CONFIG_VOLUME, configMap: { name: 'iotedged-proxy-config' } },
    { name: PROXY_TRUST_BUNDLE_VOLUME, configMap: { name: 'iotedged-proxy-trust-bundle' } },
  ];
  const mounts: V1VolumeMount[] = [];
  volumes.push(...((extensions?.volumes ?? []) as unknown as V1Volume[]));
  const extensionMounts = (extensions?.volumeMounts ?? []) as unknown as V1VolumeMount[];
  if (view) {
    const translated = new Map<string, V1Volume>();
    for (const volume of translatedVolumes(view)) {
      const existing = translated.get(volume.name);
      if (!existing) {
        translated.set(
          volume.name,
          volume.kind === 'hostPath'
            ? { name: volume.name, hostPath: { path: volume.source, type: 'DirectoryOrCreate' } }
            : { name: volume.name, persistentVolumeClaim: { claimName: volume.name, ...(volume.readOnly ? { readOnly: true } : {}) } },
        );
      } else if (existing.persistentVolumeClaim?.readOnly && volume.kind === 'persistentVolumeClaim' && !volume.readOnly) {
        delete existing.persistentVolumeClaim.readOnly;
      }
      mounts.push({ name: volume.name, mountPath: volume.target, ...(volume.readOnly ? { readOnly: true } : {}) });
    }
    volumes.push(...translated.values());
  }
  // Extension mounts may still repeat a path that Binds or Mounts use; the first one stays.
  const seenPaths = new Set<string>();
  const uniqueMounts = [...mounts, ...extensionMounts].filter((mount) => {
    if (seenPaths.has(mount.mountPath)) return false;
    seenPaths.add(mount.mountPath);
    return true;
  });
  return { volumes, mounts: uniqueMounts };
}

function containerPorts(view: CreateOptionsView | undefined): V1Container['ports'] {
  if (!view?.exposedPorts || !isObject(view.exposedPorts.value)) return undefined;
  const ports = new Map<string, { containerPort: number; protocol: string }>();
  for (const key of Object.keys(view.exposedPorts.value)) {
    const parsed = parsePortKey(key);
    if (parsed) ports.set(`${parsed.port}/${parsed.protocol}`, { containerPort: parsed.port, protocol: parsed.protocol });
  }
  return ports.size > 0 ? [...ports.values()] : undefined;
}

export interface WorkloadInput {
  module: EdgeModule;
  name: string;
  view: CreateOptionsView | undefined;
  labels: Record<string, string>;
  pullSecret: string | undefined;
  options: TranslateOptions;
}

export function deploymentFor({ module, name, view, labels, pullSecret, options }: WorkloadInput): Emitted<V1Deployment> {
  const extensions = extensionsOf(view, options);
  const storage = moduleStorage(view, extensions);
  const image = typeof module.image?.value === 'string' ? withDefaultTag(module.image.value) : '';

  const container: V1Container = { name, image };
  const command = stringArray(view?.entrypoint?.value);
  const args = stringArray(view?.cmd?.value);
  if (command) container.command = command;
  if (args) container.args = args;
  if (typeof view?.workingDir?.value === 'string' && view.workingDir.value !== '') container.workingDir = view.workingDir.value;
  const ports = containerPorts(view);
  if (ports) container.ports = ports;
  container.env = moduleEnv(module, view, options);
  const resources = extensions?.values.resources;
  if (resources) container.resources = resources as V1ResourceRequirements;
  if (storage.mounts.length > 0) container.volumeMounts = storage.mounts;
  if (isTruthyOption(view?.privileged?.value)) container.securityContext = { privileged: true };

  const podSpec: V1PodSpec = { containers: [proxyContainer(options), container] };
  const hostNetwork = isHostMode(view?.networkMode?.value);
  if (hostNetwork) podSpec.dnsPolicy = 'ClusterFirstWithHostNet';
  if (isHostMode(view?.ipcMode?.value)) podSpec.hostIPC = true;
  if (hostNetwork) podSpec.hostNetwork = true;
  if (isHostMode(view?.pidMode?.value)) podSpec.hostPID = true;
  if (pullSecret) podSpec.imagePullSecrets = [{ name: pullSecret }];
  const nodeSelector = extensions?.values.nodeSelector;
  if (nodeSelector) podSpec.nodeSelector = nodeSelector as Record<string, string>;
  const securityContext = extensions?.values.securityContext;
  if (securityContext) podSpec.securityContext = securityContext as V1PodSecurityContext;
  else if (options.runAsNonRoot) podSpec.securityContext = { runAsNonRoot: true, runAsUser: 1000 };
  podSpec.serviceAccountName = name;
  podSpec.volumes = storage.volumes;

  const strategy = extensions?.values.strategy;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: options.namespace, labels },
    spec: {
      replicas: module.status?.value === 'stopped' ? 0 : 1,
      selector: { matchLabels: { ...labels } },
      ...(strategy ? { strategy: strategy as V1DeploymentStrategy } : {}),
      template: {
        metadata: {
          labels: { ...labels },
          annotations: { ...labelAnnotations(view), [ORIGINAL_MODULE_ID_ANNOTATION]: originalModuleId(module) },
        },
        spec: podSpec,
      },
    },
  };
}
