import { dirname, resolve } from 'node:path';
import { discoverConfig, loadConfigFile, type ConfigFile, type LoadedConfig } from '../../config/config.js';
import { loadManifest, type LoadedManifest } from '../../manifest/load.js';
import { formatKubernetesVersion } from '../../mapping/kubernetes-version.js';
import { DEFAULT_TRANSLATE_OPTIONS, type TranslateOptions } from '../../translate/options.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../errors.js';
import { parseByteSize, parseFailOn, translateOptions, type FailOn, type TranslateFlags } from '../options.js';

/** The inputs to read: the named files, or standard input when none is named and it is not a terminal. */
export function resolveInputs(files: readonly string[], io: CliIo): string[] {
  if (files.length > 0) {
    if (files.filter((file) => file === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
    return [...files];
  }
  if (io.stdinIsTTY) throw new UsageError('no input: name a deployment manifest, or pipe one in');
  return ['-'];
}

export async function loadInput(file: string, flags: { maxInputSize?: unknown; platform?: unknown }, io: CliIo): Promise<LoadedManifest> {
  const maxInputBytes = parseByteSize(String(flags.maxInputSize ?? '16MiB'));
  const platform = typeof flags.platform === 'string' ? flags.platform : 'amd64';
  return loadManifest(file, { maxInputBytes, stdin: () => io.readStdin(), env: io.env, platform });
}

/** Finds and caches configuration: `--config`, `--no-config`, or the nearest file above each input. */
export class ConfigResolver {
  private readonly cache = new Map<string, Promise<LoadedConfig>>();

  constructor(
    private readonly flags: { config?: unknown },
    private readonly io: CliIo,
  ) {}

  for(input: string): Promise<LoadedConfig> {
    if (this.flags.config === false) return Promise.resolve({ config: {} });
    const path =
      typeof this.flags.config === 'string'
        ? resolve(this.io.cwd, this.flags.config)
        : discoverConfig(input === '-' ? this.io.cwd : dirname(resolve(this.io.cwd, input)));
    if (path === undefined) return Promise.resolve({ config: {} });
    let loaded = this.cache.get(path);
    if (!loaded) {
      loaded = loadConfigFile(path);
      this.cache.set(path, loaded);
    }
    return loaded;
  }
}

function fromConfig(translate: ConfigFile['translate'] = {}): Partial<TranslateOptions> {
  const flags: TranslateFlags = {};
  for (const key of ['namespace', 'deviceId', 'iothubHostname', 'storageClass', 'portMappingServiceType', 'proxyImage', 'kubernetesVersion', 'envColonReplacement'] as const) {
    if (translate[key] !== undefined) flags[key] = translate[key];
  }
  if (translate.pvcSize !== undefined) flags.pvcSize = String(translate.pvcSize);
  if (translate.runAsNonRoot !== undefined) flags.runAsNonRoot = translate.runAsNonRoot;
  if (translate.k8sExtensions !== undefined) flags.k8sExtensions = translate.k8sExtensions;
  return translateOptions(flags);
}

export interface Effective {
  config: LoadedConfig;
  options: Partial<TranslateOptions>;
  failOn: FailOn;
  severities: Readonly<Record<string, 'error' | 'warning' | 'info' | 'off'>>;
}

/** Flags over the configuration file over the defaults. */
export function effective(config: LoadedConfig, flags: Record<string, unknown>): Effective {
  return {
    config,
    options: { ...fromConfig(config.config.translate), ...translateOptions(flags as TranslateFlags) },
    failOn: parseFailOn(String(flags.failOn ?? config.config.failOn ?? 'error')),
    severities: config.config.rules ?? {},
  };
}

export function printableConfig(settings: Effective): string {
  const options: TranslateOptions = { ...DEFAULT_TRANSLATE_OPTIONS, ...settings.options };
  const { kubernetesVersion, pvcSizeMi, ...rest } = options;
  const printable = {
    configFile: settings.config.path ?? null,
    failOn: settings.failOn,
    rules: settings.severities,
    ignore: settings.config.config.ignore ?? [],
    translate: { ...rest, pvcSize: pvcSizeMi, kubernetesVersion: formatKubernetesVersion(kubernetesVersion) },
  };
  return `${JSON.stringify(printable, null, 2)}\n`;
}

/** `FILE` or `FILE:PRIORITY` (only a trailing whole number counts, so `C:\\x.json` stays a path). */
export function parseLayer(value: string): { file: string; priority: number } {
  const match = /^(.+):(-?\d+)$/.exec(value);
  return match ? { file: match[1]!, priority: Number(match[2]) } : { file: value, priority: 0 };
}

/** The input, or the effective deployment of a base and its `--layer` files. */
export async function loadWithLayers(input: string, flags: Record<string, unknown>, io: CliIo): Promise<LoadedManifest> {
  const loaded = await loadInput(input, flags, io);
  const layers = (flags.layer as string[] | undefined) ?? [];
  if (layers.length === 0) return loaded;
  const { composeDeployment } = await import('../../manifest/layers.js');
  const parsed = await Promise.all(
    layers.map(async (value) => {
      const { file, priority } = parseLayer(value);
      if (file === '-') throw new UsageError('--layer needs a file; standard input can only be the base');
      return { loaded: await loadInput(file, flags, io), priority };
    }),
  );
  return composeDeployment(loaded, parsed);
}
