import { own } from '../mapping/own.js';
import { atOrAbove, type Finding, type Severity } from '../findings.js';
import { parseKubernetesVersion } from '../mapping/kubernetes-version.js';
import { sanitizeLabelValue } from '../mapping/names.js';
import type { TargetOptions } from '../options.js';
import type { ServiceType, TranslateOptions } from '../translate/options.js';
import { UsageError } from './errors.js';

export type FailOn = Severity | 'none';

const SERVICE_TYPES: Readonly<Record<string, ServiceType>> = { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer' };

export interface TargetFlags {
  kubernetesVersion?: string;
  portMappingServiceType?: string;
  storageClass?: string;
  envColonReplacement?: string;
  k8sExtensions?: boolean;
}

export function targetOptions(flags: TargetFlags): Partial<TargetOptions> {
  const options: Partial<TargetOptions> = {};
  if (flags.kubernetesVersion !== undefined) {
    const version = parseKubernetesVersion(flags.kubernetesVersion);
    if (!version) throw new UsageError(`--kubernetes-version: expected MAJOR.MINOR such as 1.33, got "${flags.kubernetesVersion}"`);
    options.kubernetesVersion = version;
  }
  if (flags.storageClass !== undefined) options.storageClass = flags.storageClass;
  if (flags.envColonReplacement !== undefined) {
    if (!/^[-._a-zA-Z0-9]*$/.test(flags.envColonReplacement)) {
      throw new UsageError(`--env-colon-replacement: use only letters, digits, "-", "." and "_", got "${flags.envColonReplacement}"`);
    }
    options.envColonReplacement = flags.envColonReplacement;
  }
  if (flags.k8sExtensions !== undefined) options.k8sExtensions = flags.k8sExtensions;
  if (flags.portMappingServiceType !== undefined) {
    const type = own(SERVICE_TYPES, flags.portMappingServiceType.toLowerCase());
    if (!type) throw new UsageError(`--port-mapping-service-type: expected ClusterIP, NodePort or LoadBalancer, got "${flags.portMappingServiceType}"`);
    options.portMappingServiceType = type;
  }
  return options;
}

export interface TranslateFlags extends TargetFlags {
  namespace?: string;
  deviceId?: string;
  iothubHostname?: string;
  pvcSize?: string;
  proxyImage?: string;
  runAsNonRoot?: boolean;
}

export function translateOptions(flags: TranslateFlags): Partial<TranslateOptions> {
  const options: Partial<TranslateOptions> = targetOptions(flags);
  if (flags.namespace !== undefined) {
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(flags.namespace) || flags.namespace.length > 63) {
      throw new UsageError(`--namespace: "${flags.namespace}" is not a valid namespace name (lowercase letters, digits and "-")`);
    }
    options.namespace = flags.namespace;
  }
  if (flags.deviceId !== undefined) {
    if (sanitizeLabelValue(flags.deviceId) === undefined) throw new UsageError(`--device-id: "${flags.deviceId}" has no letters or digits to label objects with`);
    options.deviceId = flags.deviceId;
  }
  if (flags.iothubHostname !== undefined) options.iothubHostname = flags.iothubHostname;
  if (flags.pvcSize !== undefined) {
    if (!/^[1-9]\d*$/.test(flags.pvcSize)) throw new UsageError(`--pvc-size: expected a whole number of MiB, got "${flags.pvcSize}"`);
    options.pvcSizeMi = Number(flags.pvcSize);
  }
  if (flags.proxyImage !== undefined) options.proxyImage = flags.proxyImage;
  if (flags.runAsNonRoot !== undefined) options.runAsNonRoot = flags.runAsNonRoot;
  return options;
}

export function parseFailOn(value: string): FailOn {
  if (value === 'error' || value === 'warning' || value === 'info' || value === 'none') return value;
  throw new UsageError(`--fail-on: expected error, warning, info or none, got "${value}"`);
}

export function parseByteSize(value: string): number {
  const match = /^(\d+)(k|m|g|kb|mb|gb|kib|mib|gib)?$/i.exec(value.trim());
  if (!match) throw new UsageError(`--max-input-size: expected a size such as 64MiB, got "${value}"`);
  const unit = (match[2] ?? '').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Number(match[1]) * factor;
}

/** 0 when nothing reaches the threshold, 1 when something does (or warnings exceed --max-warnings). */
export function exitCodeFor(findings: readonly Finding[], failOn: FailOn, maxWarnings?: number): number {
  if (failOn !== 'none' && findings.some((finding) => atOrAbove(finding.severity, failOn))) return 1;
  if (maxWarnings !== undefined && findings.filter((finding) => finding.severity === 'warning').length > maxWarnings) return 1;
  return 0;
}
