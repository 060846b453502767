/**
 * Checks the values inside `k8s-experimental` the way the API server would, so translate never
 * copies a value that gets the Deployment or Service rejected. The reference copied them blindly.
 * Unknown fields are errors too: kubectl validates strictly by default.
 */
import { isObject } from '../json.js';
import { isIP } from 'node:net';
import { own } from './own.js';
import { isDns1123Label, isDns1123Subdomain, isLabelValue, isQualifiedName } from './names.js';

type Check = (value: unknown, path: string) => string[];


const string: Check = (value, path) => (typeof value === 'string' ? [] : [`${path} must be a string`]);
const boolean: Check = (value, path) => (typeof value === 'boolean' ? [] : [`${path} must be true or false`]);
const int = (min: number, max: number): Check => (value, path) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? [] : [`${path} must be a whole number from ${min} to ${max}`];
const oneOf = (...allowed: string[]): Check => (value, path) => (typeof value === 'string' && allowed.includes(value) ? [] : [`${path} must be one of ${allowed.join(', ')}`]);
const nonEmpty: Check = (value, path) => (typeof value === 'string' && value !== '' ? [] : [`${path} must be a non-empty string`]);

function object(fields: Record<string, Check>, required: readonly string[] = []): Check {
  return (value, path) => {
    if (!isObject(value)) return [`${path} must be an object`];
    const problems: string[] = [];
    for (const name of required) if (own(value, name) === undefined) problems.push(`${path}.${name} is required`);
    for (const [key, item] of Object.entries(value)) {
      const check = own(fields, key);
      if (!check) problems.push(`${path}.${key} is not a field Kubernetes knows`);
      else if (item !== undefined && item !== null) problems.push(...check(item, `${path}.${key}`));
    }
    return problems;
  };
}

function array(item: Check): Check {
  return (value, path) => (Array.isArray(value) ? value.flatMap((entry, index) => item(entry, `${path}[${index}]`)) : [`${path} must be a list`]);
}

const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+|[numkMGTPE]|Ki|Mi|Gi|Ti|Pi|Ei)?$/;
const SCALE: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };

/** A resource quantity as a number, or undefined when it is not one (`500m`, `128Mi`, `1e3`, 2). */
export function parseQuantity(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !QUANTITY.test(value)) return undefined;
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(.*)$/.exec(value)!;
  const suffix = match[2]!;
  if (/^[eE]/.test(suffix)) return Number(match[1]) * 10 ** Number(suffix.slice(1));
  return Number(match[1]) * SCALE[suffix]!;
}

const STANDARD_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage', 'storage']);

function resourceList(value: unknown, path: string): string[] {
  if (!isObject(value)) return [`${path} must be an object of resource names and quantities`];
  const problems: string[] = [];
  for (const [name, quantity] of Object.entries(value)) {
    if (!isQualifiedName(name)) problems.push(`${path} has an invalid resource name "${name}"`);
    const amount = parseQuantity(quantity);
    if (amount === undefined) problems.push(`${path}.${name} must be a quantity such as 500m or 128Mi`);
    else if (amount < 0) problems.push(`${path}.${name} must not be negative`);
    else if (!STANDARD_RESOURCES.has(name) && !name.startsWith('hugepages-') && !Number.isInteger(amount)) problems.push(`${path}.${name} must be a whole number`);
  }
  return problems;
}

const resources: Check = (value, path) => {
  const problems = object({ limits: resourceList, requests: resourceList, claims: array(object({ name: nonEmpty, request: string }, ['name'])) })(value, path);
  if (problems.length > 0 || !isObject(value)) return problems;
  const limits = isObject(value.limits) ? value.limits : {};
  const requests = isObject(value.requests) ? value.requests : {};
  for (const [name, request] of Object.entries(requests)) {
    if (own(limits, name) === undefined) continue;
    const requested = parseQuantity(request)!;
    const limit = parseQuantity(own(limits, name))!;
    if (STANDARD_RESOURCES.has(name) ? requested > limit : requested !== limit) {
      problems.push(`${path}.requests.${name} must be ${STANDARD_RESOURCES.has(name) ? 'at most' : 'equal to'} the limit`);
    }
  }
  return problems;
};

const nodeSelector: Check = (value, path) => {
  if (!isObject(value)) return [`${path} must be an object of label keys and values`];
  return Object.entries(value).flatMap(([key, label]) => [
    ...(isQualifiedName(key) ? [] : [`${path} has an invalid label key "${key}"`]),
    ...(typeof label === 'string' && isLabelValue(label) ? [] : [`${path}.${key} must be a valid label value`]),
  ]);
};

const id = int(0, 2147483647);
const profile = object({ type: oneOf('RuntimeDefault', 'Unconfined', 'Localhost'), localhostProfile: string }, ['type']);
const securityContext = object({
  fsGroup: id,
  fsGroupChangePolicy: oneOf('OnRootMismatch', 'Always'),
  runAsGroup: id,
  runAsNonRoot: boolean,
  runAsUser: id,
  seLinuxOptions: object({ level: string, role: string, type: string, user: string }),
  seLinuxChangePolicy: oneOf('Recursive', 'MountOption'),
  seccompProfile: profile,
  appArmorProfile: profile,
  supplementalGroups: array(id),
  supplementalGroupsPolicy: oneOf('Merge', 'Strict'),
  sysctls: array(object({ name: nonEmpty, value: string }, ['name', 'value'])),
  windowsOptions: object({ gmsaCredentialSpec: string, gmsaCredentialSpecName: string, hostProcess: boolean, runAsUserName: string }),
});

const intOrPercent: Check = (value, path) =>
  (typeof value === 'number' && Number.isInteger(value) && value >= 0) || (typeof value === 'string' && /^\d+%$/.test(value))
    ? []
    : [`${path} must be a whole number or a percentage such as 25%`];

const strategy: Check = (value, path) => {
  const problems = object({ type: oneOf('Recreate', 'RollingUpdate'), rollingUpdate: object({ maxSurge: intOrPercent, maxUnavailable: intOrPercent }) })(value, path);
  if (problems.length > 0 || !isObject(value)) return problems;
  const rolling = value.rollingUpdate;
  if (rolling !== undefined && value.type === 'Recreate') problems.push(`${path}.rollingUpdate may not be set when type is Recreate`);
  if (isObject(rolling)) {
    const zero = (v: unknown) => v === 0 || v === '0%';
    if (zero(rolling.maxSurge) && zero(rolling.maxUnavailable)) problems.push(`${path}.rollingUpdate: maxSurge and maxUnavailable may not both be 0`);
    if (typeof rolling.maxUnavailable === 'string' && Number.parseInt(rolling.maxUnavailable, 10) > 100) problems.push(`${path}.rollingUpdate.maxUnavailable may not exceed 100%`);
  }
  return problems;
};

const keyToPath = array(object({ key: nonEmpty, path: nonEmpty, mode: int(0, 0o777) }, ['key', 'path']));
const VOLUME_SOURCES: Record<string, Check> = {
  emptyDir: object({ medium: oneOf('', 'Memory'), sizeLimit: (v, p) => (parseQuantity(v) !== undefined && parseQuantity(v)! >= 0 ? [] : [`${p} must be a quantity`]) }),
  configMap: object({ name: (v, p) => (typeof v === 'string' && isDns1123Subdomain(v) ? [] : [`${p} must be a ConfigMap name`]), items: keyToPath, defaultMode: int(0, 0o777), optional: boolean }, ['name']),
  secret: object({ secretName: (v, p) => (typeof v === 'string' && isDns1123Subdomain(v) ? [] : [`${p} must be a Secret name`]), items: keyToPath, defaultMode: int(0, 0o777), optional: boolean }, ['secretName']),
  persistentVolumeClaim: object({ claimName: (v, p) => (typeof v === 'string' && isDns1123Subdomain(v) ? [] : [`${p} must be a claim name`]), readOnly: boolean }, ['claimName']),
  hostPath: object({ path: (v, p) => (typeof v === 'string' && v !== '' && !v.split('/').includes('..') ? [] : [`${p} must be a path without ".."`]), type: oneOf('', 'DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice') }, ['path']),
  nfs: object({ server: nonEmpty, path: nonEmpty, readOnly: boolean }, ['server', 'path']),
  csi: object({ driver: nonEmpty, readOnly: boolean, fsType: string, volumeAttributes: (v, p) => (isObject(v) && Object.values(v).every((x) => typeof x === 'string') ? [] : [`${p} must be an object of strings`]), nodePublishSecretRef: object({ name: string }) }, ['driver']),
  azureFile: object({ secretName: nonEmpty, shareName: nonEmpty, readOnly: boolean }, ['secretName', 'shareName']),
};

/** A pod volume: a DNS-1123 name and exactly one source of the kinds iotedge-k8s can check. */
export const checkVolume: Check = (value, path) => {
  if (!isObject(value)) return [`${path} must be an object`];
  const problems: string[] = [];
  if (typeof value.name !== 'string' || !isDns1123Label(value.name)) problems.push(`${path}.name must be a DNS-1123 label`);
  const sources = Object.keys(value).filter((key) => key !== 'name');
  if (sources.length !== 1) problems.push(`${path} must have exactly one volume source`);
  for (const source of sources) {
    const check = own(VOLUME_SOURCES, source);
    if (!check) problems.push(`${path}.${source} is not a volume source iotedge-k8s can check (use ${Object.keys(VOLUME_SOURCES).join(', ')})`);
    else problems.push(...check(value[source], `${path}.${source}`));
  }
  return problems;
};

export const checkVolumeMount: Check = (value, path) => {
  const problems = object(
    {
      name: nonEmpty,
      mountPath: (v, p) => (typeof v === 'string' && v !== '' && !v.split('/').includes('..') ? [] : [`${p} must be a path without ".."`]),
      readOnly: boolean,
      subPath: (v, p) => (typeof v === 'string' && !v.startsWith('/') && !v.split('/').includes('..') ? [] : [`${p} must be a relative path without ".."`]),
      subPathExpr: string,
      mountPropagation: oneOf('None', 'HostToContainer', 'Bidirectional'),
      recursiveReadOnly: oneOf('Disabled', 'IfPossible', 'Enabled'),
    },
    ['name', 'mountPath'],
  )(value, path);
  return problems;
};

export const EXTENSION_CHECKS = {
  resources,
  nodeSelector,
  securityContext,
  strategy,
  serviceOptions: object({
    // The reference parsed the type case-insensitively.
    type: (v, p) => (typeof v === 'string' && ['clusterip', 'nodeport', 'loadbalancer'].includes(v.toLowerCase()) ? [] : [`${p} must be ClusterIP, NodePort or LoadBalancer`]),
    loadBalancerIP: (v, p) => (typeof v === 'string' && isIP(v) !== 0 ? [] : [`${p} must be an IP address`]),
  }),
} satisfies Record<string, Check>;

/** Problems with one `volumes[]` entry of k8s-experimental: `{volume, volumeMounts}`. */
export function checkExtensionVolume(entry: unknown, path: string): string[] {
  return object({ volume: checkVolume, volumeMounts: array(checkVolumeMount) }, ['volume'])(entry, path);
}

export interface ExtensionProblem {
  /** Pointer inside createOptions of the value that is dropped. */
  pointer: string;
  message: string;
  kind: 'invalid' | 'volumeClash' | 'mountWithoutVolume';
}

export interface UsableExtensions {
  values: Partial<Record<'resources' | 'nodeSelector' | 'securityContext' | 'strategy' | 'serviceOptions', Record<string, unknown>>>;
  volumes: Record<string, unknown>[];
  volumeMounts: Record<string, unknown>[];
  problems: ExtensionProblem[];
}

/**
 * The parts of k8s-experimental that translate may copy: each key whose value passes its check,
 * and each volume entry that is valid and does not reuse a volume name the pod already has.
 */
export function usableExtensions(known: ReadonlyMap<string, { pointer: string; value: unknown }>, takenVolumeNames: ReadonlySet<string>): UsableExtensions {
  const usable: UsableExtensions = { values: {}, volumes: [], volumeMounts: [], problems: [] };
  for (const key of ['resources', 'nodeSelector', 'securityContext', 'strategy', 'serviceOptions'] as const) {
    const field = known.get(key);
    if (!field) continue;
    const problems = EXTENSION_CHECKS[key](field.value, key);
    if (problems.length === 0) usable.values[key] = field.value as Record<string, unknown>;
    else usable.problems.push({ pointer: field.pointer, message: problems[0]!, kind: 'invalid' });
  }
  const volumes = known.get('volumes');
  if (volumes) {
    if (!Array.isArray(volumes.value)) {
      usable.problems.push({ pointer: volumes.pointer, message: 'volumes must be a list of {volume, volumeMounts}', kind: 'invalid' });
      return usable;
    }
    const names = new Set(takenVolumeNames);
    const mounts: { mount: Record<string, unknown>; pointer: string }[] = [];
    volumes.value.forEach((entry, index) => {
      const pointer = `${volumes.pointer}/${index}`;
      const problems = checkExtensionVolume(entry, `volumes[${index}]`);
      if (problems.length > 0) {
        usable.problems.push({ pointer, message: problems[0]!, kind: 'invalid' });
        return;
      }
      const { volume, volumeMounts } = entry as { volume: Record<string, unknown>; volumeMounts?: Record<string, unknown>[] };
      if (names.has(volume.name as string)) {
        usable.problems.push({ pointer: `${pointer}/volume/name`, message: String(volume.name), kind: 'volumeClash' });
        return;
      }
      names.add(volume.name as string);
      usable.volumes.push(volume);
      (volumeMounts ?? []).forEach((mount, mountIndex) => mounts.push({ mount, pointer: `${pointer}/volumeMounts/${mountIndex}` }));
    });
    for (const { mount, pointer } of mounts) {
      if (names.has(mount.name as string)) usable.volumeMounts.push(mount);
      else usable.problems.push({ pointer: `${pointer}/name`, message: String(mount.name), kind: 'mountWithoutVolume' });
    }
  }
  return usable;
}
