/**
 * Docker createOptions as the IoT Edge agent reads them, and which fields the Kubernetes
 * translation carries over. Both the rules and the translator read this module, so what one
 * reports as dropped is exactly what the other drops.
 */

import { isObject } from '../json.js';
import { own } from './own.js';

export interface OptionField {
  /** The key as written in the file (the agent matches typed fields case-insensitively). */
  key: string;
  /** Pointer inside createOptions. */
  pointer: string;
  value: unknown;
}

/** A createOptions field the translation does not carry over. */
export interface DroppedOption extends OptionField {
  /** Display path such as `HostConfig.Devices`, using the canonical Docker spelling. */
  path: string;
  /** Why and what to use instead; from OPTION_SUPPORT, or the misplacement/unknown notes. */
  kind: 'unsupported' | 'misplaced' | 'unknown';
  alternative?: string;
  /** A more specific rule reports this field instead of `unsupported-create-option`. */
  ownedBy?: string;
  /** For misplaced fields: where the runtime would read it. */
  belongsIn?: string;
}

export interface CreateOptionsView {
  env?: OptionField;
  exposedPorts?: OptionField;
  labels?: OptionField;
  cmd?: OptionField;
  entrypoint?: OptionField;
  workingDir?: OptionField;
  hostConfig?: OptionField;
  binds?: OptionField;
  mounts?: OptionField;
  privileged?: OptionField;
  networkMode?: OptionField;
  ipcMode?: OptionField;
  pidMode?: OptionField;
  portBindings?: OptionField;
  /** Matched case-sensitively, as the agent looked it up in the untyped extension data. */
  k8sExperimental?: OptionField;
  dropped: DroppedOption[];
}

const DEVICE_ALTERNATIVE =
  'expose the device through a device plugin and request it in k8s-experimental.resources.limits';
const GPU_ALTERNATIVE = 'request GPUs from the NVIDIA device plugin: k8s-experimental.resources.limits {"nvidia.com/gpu": 1}';
const RESOURCES_ALTERNATIVE = 'set k8s-experimental.resources (requests and limits for cpu and memory)';
const SECURITY_ALTERNATIVE =
  'k8s-experimental.securityContext sets the pod security context (runAsUser, runAsGroup, fsGroup); capabilities have no translation';
const MEMORY_VOLUME_ALTERNATIVE = 'mount an emptyDir with medium Memory through k8s-experimental.volumes';
const DNS_ALTERNATIVE = 'no translation; Kubernetes offers pod hostAliases and dnsConfig, which must be added to the output by hand';

/** Top-level Docker fields that are read but not translated, with the Kubernetes alternative. */
const TOP_LEVEL_UNSUPPORTED: Readonly<Record<string, string | undefined>> = {
  User: SECURITY_ALTERNATIVE,
  Hostname: 'no translation; pods take their name from the Deployment',
  Domainname: 'no translation',
  Tty: 'no translation',
  OpenStdin: 'no translation',
  StdinOnce: 'no translation',
  AttachStdin: 'no translation',
  AttachStdout: 'no translation',
  AttachStderr: 'no translation',
  StopSignal: 'no translation; Kubernetes sends SIGTERM, then SIGKILL after terminationGracePeriodSeconds',
  StopTimeout: 'no translation; the pod terminationGracePeriodSeconds (default 30 s) applies',
  Healthcheck: 'no translation; add liveness and readiness probes to the Deployment by hand',
  Volumes: 'declare the volume in k8s-experimental.volumes (an emptyDir for scratch space)',
  Shell: 'no translation',
  MacAddress: 'no translation',
  NetworkingConfig: 'no translation; modules reach each other through the Service named after each module',
  Image: 'no effect: settings.image names the image',
  ArgsEscaped: 'no translation',
  OnBuild: 'no translation',
};

const HOST_CONFIG_UNSUPPORTED: Readonly<Record<string, string | undefined>> = {
  Devices: DEVICE_ALTERNATIVE,
  DeviceCgroupRules: DEVICE_ALTERNATIVE,
  DeviceRequests: GPU_ALTERNATIVE,
  Runtime: GPU_ALTERNATIVE,
  CapAdd: SECURITY_ALTERNATIVE,
  CapDrop: SECURITY_ALTERNATIVE,
  SecurityOpt: SECURITY_ALTERNATIVE,
  GroupAdd: SECURITY_ALTERNATIVE,
  UsernsMode: 'no translation',
  UTSMode: 'no translation',
  Cgroup: 'no translation',
  CgroupParent: 'no translation',
  CgroupnsMode: 'no translation',
  Memory: RESOURCES_ALTERNATIVE,
  MemoryReservation: RESOURCES_ALTERNATIVE,
  MemorySwap: RESOURCES_ALTERNATIVE,
  MemorySwappiness: 'no translation',
  KernelMemory: 'no translation',
  KernelMemoryTCP: 'no translation',
  NanoCpus: RESOURCES_ALTERNATIVE,
  CpuShares: RESOURCES_ALTERNATIVE,
  CpuPeriod: RESOURCES_ALTERNATIVE,
  CpuQuota: RESOURCES_ALTERNATIVE,
  CpuRealtimePeriod: 'no translation',
  CpuRealtimeRuntime: 'no translation',
  CpusetCpus: 'no translation; use a static CPU manager policy on the node',
  CpusetMems: 'no translation',
  CpuCount: RESOURCES_ALTERNATIVE,
  CpuPercent: RESOURCES_ALTERNATIVE,
  BlkioWeight: 'no translation',
  BlkioWeightDevice: 'no translation',
  BlkioDeviceReadBps: 'no translation',
  BlkioDeviceWriteBps: 'no translation',
  BlkioDeviceReadIOps: 'no translation',
  BlkioDeviceWriteIOps: 'no translation',
  IOMaximumIOps: 'no translation',
  IOMaximumBandwidth: 'no translation',
  PidsLimit: 'no translation; the kubelet podPidsLimit applies',
  Ulimits: 'no translation',
  OomKillDisable: 'no translation',
  OomScoreAdj: 'no translation; Kubernetes derives it from the pod QoS class (set k8s-experimental.resources)',
  DiskQuota: 'no translation; use ephemeral-storage in k8s-experimental.resources',
  ShmSize: MEMORY_VOLUME_ALTERNATIVE + ' at /dev/shm',
  StorageOpt: 'no translation',
  Sysctls: 'no translation; pod securityContext.sysctls must be added by hand',
  ExtraHosts: DNS_ALTERNATIVE,
  Dns: DNS_ALTERNATIVE,
  DnsOptions: DNS_ALTERNATIVE,
  DnsSearch: DNS_ALTERNATIVE,
  Links: 'no translation; modules reach each other through the Service named after each module',
  PublishAllPorts: 'no translation; only ExposedPorts and PortBindings become Service ports',
  RestartPolicy: 'no effect: the module restartPolicy governs restarts, and a Deployment always restarts its pod',
  AutoRemove: 'no translation',
  LogConfig: 'no translation; container logs are handled by the cluster (kubectl logs, a log agent)',
  Tmpfs: MEMORY_VOLUME_ALTERNATIVE,
  ReadonlyRootfs: 'no translation',
  VolumesFrom: 'no translation; share a volume declared in k8s-experimental.volumes',
  VolumeDriver: 'no translation; use a StorageClass (--storage-class)',
  Init: 'no translation',
  Isolation: 'no translation',
  ConsoleSize: 'no translation',
  ContainerIDFile: 'no translation',
  MaskedPaths: 'no translation',
  ReadonlyPaths: 'no translation',
};

/** Fields a dedicated rule explains better than the generic one. */
const OWNED_BY: Readonly<Record<string, string>> = {
  'HostConfig.Devices': 'device-access',
  'HostConfig.DeviceCgroupRules': 'device-access',
  'HostConfig.DeviceRequests': 'device-access',
  'HostConfig.Runtime': 'device-access',
};

const TOP_LEVEL_TRANSLATED = ['Env', 'ExposedPorts', 'Labels', 'Cmd', 'Entrypoint', 'WorkingDir', 'HostConfig'] as const;
const HOST_CONFIG_TRANSLATED = ['Binds', 'Mounts', 'Privileged', 'NetworkMode', 'IpcMode', 'PidMode', 'PortBindings'] as const;

const HOST_CONFIG_FIELDS = new Map(
  [...HOST_CONFIG_TRANSLATED, ...Object.keys(HOST_CONFIG_UNSUPPORTED)].map((name) => [name.toLowerCase(), name]),
);
const TOP_LEVEL_FIELDS = new Map(
  [...TOP_LEVEL_TRANSLATED, ...Object.keys(TOP_LEVEL_UNSUPPORTED)].map((name) => [name.toLowerCase(), name]),
);

export const K8S_EXPERIMENTAL_KEY = 'k8s-experimental';

function pointerOf(base: string, key: string): string {
  return `${base}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}


/** Reads parsed createOptions the way the agent does: typed fields case-insensitively. */
export function readCreateOptions(options: Record<string, unknown>): CreateOptionsView {
  const view: CreateOptionsView = { dropped: [] };
  const topLevelSlots: Record<string, keyof CreateOptionsView> = {
    env: 'env',
    exposedports: 'exposedPorts',
    labels: 'labels',
    cmd: 'cmd',
    entrypoint: 'entrypoint',
    workingdir: 'workingDir',
    hostconfig: 'hostConfig',
  };
  for (const [key, value] of Object.entries(options)) {
    const field: OptionField = { key, pointer: pointerOf('', key), value };
    if (key === K8S_EXPERIMENTAL_KEY) {
      view.k8sExperimental = field;
      continue;
    }
    const lower = key.toLowerCase();
    const slot = own(topLevelSlots, lower);
    if (slot) {
      // With two spellings of one field, the last one wins, as in the agent's deserializer.
      (view as unknown as Record<string, OptionField>)[slot] = field;
      continue;
    }
    const canonical = TOP_LEVEL_FIELDS.get(lower);
    if (lower === K8S_EXPERIMENTAL_KEY) {
      view.dropped.push({ ...field, path: key, kind: 'unknown', ownedBy: 'k8s-experimental' });
    } else if (canonical) {
      view.dropped.push({ ...field, path: canonical, kind: 'unsupported', ...optional('alternative', TOP_LEVEL_UNSUPPORTED[canonical]) });
    } else if (HOST_CONFIG_FIELDS.has(lower)) {
      const name = HOST_CONFIG_FIELDS.get(lower)!;
      view.dropped.push({ ...field, path: name, kind: 'misplaced', belongsIn: `HostConfig.${name}` });
    } else {
      view.dropped.push({ ...field, path: key, kind: 'unknown' });
    }
  }

  const hostConfig = view.hostConfig;
  if (hostConfig && isObject(hostConfig.value)) {
    const hostSlots: Record<string, keyof CreateOptionsView> = {
      binds: 'binds',
      mounts: 'mounts',
      privileged: 'privileged',
      networkmode: 'networkMode',
      ipcmode: 'ipcMode',
      pidmode: 'pidMode',
      portbindings: 'portBindings',
    };
    for (const [key, value] of Object.entries(hostConfig.value)) {
      const field: OptionField = { key, pointer: pointerOf(hostConfig.pointer, key), value };
      const lower = key.toLowerCase();
      const slot = own(hostSlots, lower);
      if (slot) {
        (view as unknown as Record<string, OptionField>)[slot] = field;
        continue;
      }
      const canonical = HOST_CONFIG_FIELDS.get(lower);
      if (canonical) {
        const path = `HostConfig.${canonical}`;
        view.dropped.push({
          ...field,
          path,
          kind: 'unsupported',
          ...optional('alternative', HOST_CONFIG_UNSUPPORTED[canonical]),
          ...optional('ownedBy', OWNED_BY[path]),
        });
      } else if (TOP_LEVEL_FIELDS.has(lower) && lower !== 'hostconfig') {
        const name = TOP_LEVEL_FIELDS.get(lower)!;
        view.dropped.push({ ...field, path: `HostConfig.${key}`, kind: 'misplaced', belongsIn: name });
      } else {
        view.dropped.push({ ...field, path: `HostConfig.${key}`, kind: 'unknown' });
      }
    }
  }
  return view;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Docker booleans as the agent's lenient reader takes them: `true` or the string `"true"`. */
export function isTruthyOption(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

/** `NetworkMode`, `IpcMode` and `PidMode` are honoured only for `host`, in any case. */
export function isHostMode(value: unknown): boolean {
  return typeof value === 'string' && value.trim().toLowerCase() === 'host';
}

export type PortProtocol = 'TCP' | 'UDP' | 'SCTP';

/** `"80/tcp"` → port 80, TCP. Invalid keys (non-numeric, unknown protocol) give undefined and are dropped. */
export function parsePortKey(key: string): { port: number; protocol: PortProtocol } | undefined {
  const match = /^(\d+)(?:\/([A-Za-z]+))?$/.exec(key.trim());
  if (!match) return undefined;
  const port = Number(match[1]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return undefined;
  const protocol = (match[2] ?? 'tcp').toUpperCase();
  if (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') return undefined;
  return { port, protocol };
}

/** `HostPort` values are strings in Docker's API; the agent skipped ones that are not integers. */
export function parseHostPort(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d+$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : undefined;
}

/** `"src:dst[:opts]"` split as the reference did; fewer than two parts is skipped. */
export function parseBind(bind: string): { source: string; target: string; readOnly: boolean } | undefined {
  const parts = bind.split(':');
  if (parts.length < 2) return undefined;
  const options = parts.slice(2).join(':');
  return { source: parts[0]!, target: parts[1]!, readOnly: options.split(',').includes('ro') };
}

/** A Docker Mount entry; `missing` names the required members that are absent. */
export function readMount(value: unknown): {
  type?: string;
  source?: string;
  target?: string;
  readOnly: boolean;
  missing: string[];
} {
  const entry = isObject(value) ? value : {};
  const get = (name: string): unknown => {
    const key = Object.keys(entry).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : entry[key];
  };
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  const type = text(get('Type'));
  const source = text(get('Source'));
  const target = text(get('Target'));
  const missing = [type === undefined ? 'Type' : '', source === undefined ? 'Source' : '', target === undefined ? 'Target' : ''].filter(Boolean);
  return {
    ...optional('type', type?.toLowerCase()),
    ...optional('source', source),
    ...optional('target', target),
    readOnly: isTruthyOption(get('ReadOnly')),
    missing,
  };
}

/** `Env` entries `K=V` split at the first `=`; entries without `=` or starting with `=` are dropped. */
export function parseEnvEntry(entry: unknown): { name: string; value: string } | undefined {
  if (typeof entry !== 'string') return undefined;
  const index = entry.indexOf('=');
  if (index <= 0) return undefined;
  return { name: entry.slice(0, index), value: entry.slice(index + 1) };
}

/** The six keys the reference accepted inside `k8s-experimental`, matched case-insensitively. */
export const K8S_EXPERIMENTAL_KEYS = ['volumes', 'resources', 'nodeSelector', 'securityContext', 'serviceOptions', 'strategy'] as const;
export type K8sExperimentalKey = (typeof K8S_EXPERIMENTAL_KEYS)[number];

export interface K8sExtensions {
  /** Recognised keys, canonical name → field (last spelling wins). */
  known: Map<K8sExperimentalKey, OptionField>;
  /** Keys that were not recognised (ignored). */
  unknown: OptionField[];
  /** Recognised keys written more than once in different cases. */
  clashes: OptionField[];
  /** False when the section is not an object (the whole section is ignored). */
  ok: boolean;
}

export function readK8sExtensions(field: OptionField): K8sExtensions {
  const result: K8sExtensions = { known: new Map(), unknown: [], clashes: [], ok: isObject(field.value) };
  if (!isObject(field.value)) return result;
  for (const [key, value] of Object.entries(field.value)) {
    const entry: OptionField = { key, pointer: pointerOf(field.pointer, key), value };
    const canonical = K8S_EXPERIMENTAL_KEYS.find((name) => name.toLowerCase() === key.toLowerCase());
    if (!canonical) {
      result.unknown.push(entry);
      continue;
    }
    if (result.known.has(canonical)) result.clashes.push(entry);
    // A key set to null counts as absent.
    if (value === null) continue;
    result.known.set(canonical, entry);
  }
  return result;
}
