/**
 * Kubernetes name rules and the reference translator's sanitizers (KubeUtils in the IoT Edge
 * Kubernetes preview). The sanitizers return undefined where the reference threw
 * InvalidKubernetesNameException, so callers can report instead of crash.
 */

export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
export const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

export function isDns1123Label(value: string): boolean {
  return value.length <= 63 && DNS1123_LABEL.test(value);
}

export function isDns1035Label(value: string): boolean {
  return value.length <= 63 && DNS1035_LABEL.test(value);
}

export function isDns1123Subdomain(value: string): boolean {
  return value.length <= 253 && DNS1123_SUBDOMAIN.test(value);
}

/** A label or annotation key: optional DNS-subdomain prefix and `/`, then a name of at most 63. */
export function isQualifiedName(key: string): boolean {
  const slash = key.indexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined && !isDns1123Subdomain(prefix)) return false;
  return name.length <= 63 && LABEL_NAME.test(name);
}

export function isLabelValue(value: string): boolean {
  return value === '' || (value.length <= 63 && LABEL_NAME.test(value));
}

/** Object and container names: lowercase, keep `[a-z0-9.-]`, no trimming; over 253 is an error. */
export function sanitizeK8sValue(value: string): string | undefined {
  const result = value.toLowerCase().replace(/[^a-z0-9.-]/g, '');
  return result.length > 253 ? undefined : result;
}

/**
 * The reference's common step: lowercase (unless told not to), cut to the first and last
 * character matching `edge`, keep only `keep` in between; undefined when empty or over 63.
 */
function trimToName(value: string, edge: RegExp, keep: RegExp, lowercase = true): string | undefined {
  const text = lowercase ? value.toLowerCase() : value;
  const first = text.search(edge);
  if (first < 0) return undefined;
  let last = text.length - 1;
  while (last > first && !edge.test(text[last]!)) last--;
  const result = [...text.slice(first, last + 1)].filter((c) => keep.test(c)).join('');
  return result.length === 0 || result.length > 63 ? undefined : result;
}

/** RFC 1123 label: from the first to the last `[a-z0-9]`, keeping `[a-z0-9-]` between; at most 63. */
export function sanitizeDnsLabel(value: string): string | undefined {
  return trimToName(value, /[a-z0-9]/, /[a-z0-9-]/);
}

/** RFC 1035 label: as the RFC 1123 form, but it must start with a letter. */
export function sanitizeDnsValue(value: string): string | undefined {
  const lower = value.toLowerCase();
  const first = lower.search(/[a-z]/);
  if (first < 0) return undefined;
  return sanitizeDnsLabel(lower.slice(first));
}

export function sanitizeDnsDomain(value: string): string | undefined {
  const segments = value.split('.').map(sanitizeDnsValue);
  if (segments.some((segment) => segment === undefined)) return undefined;
  const result = segments.join('.');
  return result.length > 253 ? undefined : result;
}

/** Label values (the device id label): trim to the outer alphanumerics, keep `[a-z0-9-._]`, at most 63. */
export function sanitizeLabelValue(value: string): string | undefined {
  return trimToName(value, /[a-z0-9]/, /[a-z0-9\-._]/);
}

/** Docker `Labels` keys as annotation keys: the name part keeps its case. */
export function sanitizeAnnotationKey(key: string): string | undefined {
  const slash = key.indexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = trimToName(slash >= 0 ? key.slice(slash + 1) : key, /[A-Za-z0-9]/, /[A-Za-z0-9\-._]/, false);
  if (name === undefined) return undefined;
  if (prefix === undefined) return name;
  const sanitizedPrefix = sanitizeDnsDomain(prefix);
  return sanitizedPrefix === undefined ? undefined : `${sanitizedPrefix}/${name}`;
}

/** What Kubernetes requires of a module's object name, and why it fails, if it does. */
export type ModuleNameProblem = 'empty' | 'tooLong' | 'notDns1035';

/**
 * The name every object of a module gets. The reference sanitized with SanitizeK8sValue only, so a
 * name with `.` or a leading digit passed the agent and failed at the API server: Services need a
 * DNS-1035 label and containers a DNS-1123 label.
 */
export function moduleObjectName(identity: string): { name: string; problem?: ModuleNameProblem } {
  const name = sanitizeK8sValue(identity) ?? identity.toLowerCase();
  if (name.length === 0) return { name, problem: 'empty' };
  if (name.length > 63) return { name, problem: 'tooLong' };
  if (!isDns1035Label(name)) return { name, problem: 'notDns1035' };
  return { name };
}

/** Modules grouped by the object name they would get, for collision checks. */
export function groupByObjectName<T extends { identity: string }>(modules: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const module of modules) {
    const { name } = moduleObjectName(module.identity);
    const group = groups.get(name);
    if (group) group.push(module);
    else groups.set(name, [module]);
  }
  return groups;
}
