/**
 * Environment variable names on Kubernetes. Classic validation (IsEnvVarName) allows
 * `[-._a-zA-Z][-._a-zA-Z0-9]*`; KEP-4369 relaxed it to any printable ASCII except `=`
 * (RelaxedEnvironmentVariableValidation: alpha 1.30, beta and on by default 1.32, GA 1.34).
 */
import type { EdgeModule } from '../manifest/model.js';
import { parseEnvEntry, type CreateOptionsView } from './create-options.js';
import type { KubernetesVersion } from './kubernetes-version.js';

const CLASSIC_ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const RELAXED_ENV_NAME = /^[\x20-\x3c\x3e-\x7e]+$/;

export function isClassicEnvName(name: string): boolean {
  return CLASSIC_ENV_NAME.test(name);
}

export function isRelaxedEnvName(name: string): boolean {
  return RELAXED_ENV_NAME.test(name);
}

export type EnvNameSupport = 'accepted' | 'beta' | 'rejected';

/** Whether a cluster of `version` accepts a name that is valid only under the relaxed rule. */
export function relaxedEnvNameSupport(version: KubernetesVersion): EnvNameSupport {
  if (version.minor >= 34 || version.major > 1) return 'accepted';
  if (version.minor >= 32) return 'beta';
  return 'rejected';
}

/** The documented workaround: replace each `:` (and nothing else) with `replacement`. */
export function renameColons(name: string, replacement: string): string {
  return name.split(':').join(replacement);
}

export interface EnvEntry {
  name: string;
  value: string;
  /** Pointer of the env member, or of createOptions. */
  at: string;
  /** For createOptions `Env` entries: the entry's pointer inside createOptions. */
  inner?: string;
  source: 'env' | 'createOptions';
}

/** A module's environment in the order the reference wrote it: the `env` map, then createOptions `Env`. */
export function envEntries(module: EdgeModule, view: CreateOptionsView | undefined): EnvEntry[] {
  // Several rules and the translator ask for the same module's environment.
  const cached = envCache.get(module);
  if (cached && cached.view === view) return cached.entries;
  const entries = computeEnvEntries(module, view);
  envCache.set(module, { view, entries });
  return entries;
}

const envCache = new WeakMap<EdgeModule, { view: CreateOptionsView | undefined; entries: EnvEntry[] }>();

function computeEnvEntries(module: EdgeModule, view: CreateOptionsView | undefined): EnvEntry[] {
  const entries: EnvEntry[] = module.env.map((variable) => ({ name: variable.name, value: variable.value, at: variable.at, source: 'env' }));
  const env = view?.env;
  if (module.createOptions && env && Array.isArray(env.value)) {
    env.value.forEach((raw, index) => {
      const parsed = parseEnvEntry(raw);
      if (parsed) entries.push({ ...parsed, at: module.createOptions!.at, inner: `${env.pointer}/${index}`, source: 'createOptions' });
    });
  }
  return entries;
}

export function findEnv(entries: readonly EnvEntry[], ...names: string[]): EnvEntry | undefined {
  const wanted = names.map(normalizeConfigKey);
  return entries.find((entry) => wanted.includes(normalizeConfigKey(entry.name)));
}

/** .NET configuration keys: case-insensitive, and `__` means the same as `:`. */
export function normalizeConfigKey(name: string): string {
  return name.toLowerCase().replace(/__/g, ':');
}

