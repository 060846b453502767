import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import type { Finding, Severity } from '../findings.js';
import { packageFile } from '../package-root.js';
import type { ServiceType } from '../translate/options.js';

/** The configuration file, as written (see schemas/config.schema.json). */
export interface ConfigFile {
  $schema?: string;
  failOn?: Severity | 'none';
  rules?: Record<string, Severity | 'off'>;
  ignore?: IgnoreEntry[];
  translate?: {
    namespace?: string;
    deviceId?: string;
    iothubHostname?: string;
    storageClass?: string;
    pvcSize?: number;
    portMappingServiceType?: ServiceType;
    proxyImage?: string;
    runAsNonRoot?: boolean;
    k8sExtensions?: boolean;
    kubernetesVersion?: string;
    envColonReplacement?: string;
  };
}

export interface IgnoreEntry {
  rule?: string;
  module?: string;
  file?: string;
  reason: string;
}

export interface LoadedConfig {
  /** Absolute path of the file, or undefined for the empty configuration. */
  path?: string;
  config: ConfigFile;
}

/** Bad configuration: printed as one line, exit 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const CONFIG_FILE_NAMES = ['.iotedge-k8s.yaml', '.iotedge-k8s.yml', '.iotedge-k8s.json'] as const;


/** The nearest configuration file in `start` or a folder above it. */
export function discoverConfig(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the top level' : error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key "${String(params.additionalProperty)}" at ${where}`;
    case 'propertyNames':
      return `unknown rule "${String(params.propertyName)}" in rules (run "iotedge-k8s rules" for the list)`;
    case 'required':
      return `${where} needs "${String(params.missingProperty)}"`;
    case 'enum':
      return `${where} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'anyOf':
      return `${where} must name a rule, a module or a file`;
    default:
      return `${where} ${error.message ?? 'is invalid'}`;
  }
}

async function validate(config: unknown, path: string): Promise<ConfigFile> {
  const { Ajv } = await import('ajv');
  const ajv = new Ajv({ allErrors: true, strict: false });
  const check = ajv.compile(JSON.parse(readFileSync(packageFile('schemas', 'config.schema.json'), 'utf8')) as object);
  if (check(config)) return config as ConfigFile;
  const errors = check.errors ?? [];
  // A bad rule name raises a propertyNames error and an enum error for the same name; keep the first.
  const messages = [...new Set(errors.filter((error) => !(error.keyword === 'enum' && error.propertyName !== undefined)).map(describeError))];
  throw new ConfigError(`${path}: ${messages.join('; ')}`);
}

/** Reads and validates a configuration file (YAML or JSON). */
export async function loadConfigFile(path: string): Promise<LoadedConfig> {
  const absolute = resolve(path);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new ConfigError(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  let parsed: unknown;
  try {
    if (absolute.endsWith('.json')) {
      parsed = JSON.parse(text);
    } else {
      const { load } = await import('js-yaml');
      parsed = load(text, { filename: path });
    }
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    throw new ConfigError(`${path}: ${message}`);
  }
  return { path: absolute, config: await validate(parsed ?? {}, path) };
}

/** Matches `file` globs: `**` crosses folders, `*` and `?` do not. */
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      pattern += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') pattern += '[^/]*';
    else if (c === '?') pattern += '[^/]';
    else pattern += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

/**
 * Marks findings matched by an `ignore` entry as suppressed, with the entry's reason. File globs are
 * relative to the configuration file's folder.
 */
export function applyIgnores(findings: readonly Finding[], loaded: LoadedConfig, resolveFile: (file: string) => string): Finding[] {
  const entries = loaded.config.ignore ?? [];
  if (entries.length === 0) return [...findings];
  const base = loaded.path ? dirname(loaded.path) : process.cwd();
  const matchers = entries.map((entry) => ({ entry, file: entry.file ? globToRegExp(entry.file) : undefined }));
  return findings.map((finding) => {
    const relativeFile = finding.file ? relativeTo(base, resolveFile(finding.file)) : undefined;
    const match = matchers.find(
      ({ entry, file }) =>
        (entry.rule === undefined || entry.rule === finding.ruleId) &&
        (entry.module === undefined || entry.module === finding.module) &&
        (file === undefined || (relativeFile !== undefined && file.test(relativeFile))),
    );
    return match ? { ...finding, suppressed: { kind: 'config' as const, reason: match.entry.reason } } : finding;
  });
}

function relativeTo(base: string, file: string): string {
  const relative = file.startsWith(base + '/') ? file.slice(base.length + 1) : file;
  return relative.replace(/\\/g, '/');
}
