import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';

/** One module folder of an IoT Edge solution (`modules/<Name>/module.json`). */
export interface SolutionModule {
  /** The folder name, which `${MODULES.<Name>}` refers to. */
  name: string;
  dir: string;
  moduleJsonPath: string;
  /** module.json parsed, `${VAR}` expanded; undefined when it is not valid JSON. */
  moduleJson?: Record<string, unknown>;
}

/** What the IoT Edge tooling reads beside a deployment template. */
export interface Solution {
  dir: string;
  /** Variables from `.env` beside the template, then the environment (which wins, as with dotenv). */
  variables: Readonly<Record<string, string>>;
  modules: ReadonlyMap<string, SolutionModule>;
}

/** Parses a `.env` file: `KEY=value`, optional quotes, `#` comments, `export ` prefixes. */
export function parseDotenv(text: string): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2]!;
    const quote = value[0];
    const closing = quote === '"' || quote === "'" ? value.indexOf(quote, 1) : -1;
    if (closing > 0) value = value.slice(1, closing);
    else value = value.replace(/\s+#.*$/, '');
    Object.defineProperty(variables, match[1]!, { value, enumerable: true, writable: true, configurable: true });
  }
  return variables;
}

/** `$VAR` and `${VAR}` from `variables`; unknown names are left as written (os.path.expandvars). */
export function expandVariables(text: string, variables: Readonly<Record<string, string>>, reserved: ReadonlySet<string> = new Set()): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced: string | undefined, bare: string | undefined) => {
    const name = (braced ?? bare)!;
    if (reserved.has(`$${name}`) || !Object.hasOwn(variables, name)) return whole;
    return variables[name]!;
  });
}

function readJsonFile(path: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function loadModule(name: string, dir: string, variables: Readonly<Record<string, string>>): SolutionModule {
  const moduleJsonPath = join(dir, 'module.json');
  let moduleJson: Record<string, unknown> | undefined;
  try {
    moduleJson = JSON.parse(expandVariables(readFileSync(moduleJsonPath, 'utf8'), variables)) as Record<string, unknown>;
  } catch {
    moduleJson = undefined;
  }
  return { name, dir, moduleJsonPath, ...(moduleJson ? { moduleJson } : {}) };
}

/** Reads the solution around a template: `.env`, and each folder under MODULES_PATH (default `modules`). */
export function loadSolution(templatePath: string, environment: Readonly<Record<string, string | undefined>>): Solution {
  const dir = dirname(resolve(templatePath));
  const dotenvPath = join(dir, '.env');
  const fromFile = existsSync(dotenvPath) ? parseDotenv(readFileSync(dotenvPath, 'utf8')) : {};
  const variables: Record<string, string> = { ...fromFile };
  for (const [name, value] of Object.entries(environment)) {
    if (value !== undefined) Object.defineProperty(variables, name, { value, enumerable: true, writable: true, configurable: true });
  }
  const modulesPath = variables.MODULES_PATH ?? 'modules';
  const modulesDir = isAbsolute(modulesPath) ? modulesPath : join(dir, modulesPath);
  const modules = new Map<string, SolutionModule>();
  if (existsSync(modulesDir) && statSync(modulesDir).isDirectory()) {
    for (const entry of readdirSync(modulesDir).sort()) {
      const moduleDir = join(modulesDir, entry);
      if (existsSync(join(moduleDir, 'module.json'))) modules.set(entry, loadModule(entry, moduleDir, variables));
    }
  }
  return { dir, variables, modules };
}

/** A module outside modules/, named by `${MODULEDIR<path>}`. */
export function moduleAt(solution: Solution, relativePath: string): SolutionModule | undefined {
  const dir = resolve(solution.dir, relativePath);
  if (!existsSync(join(dir, 'module.json'))) return undefined;
  return loadModule(basename(dir), dir, solution.variables);
}

export interface ImageRequest {
  module: SolutionModule;
  /** `amd64`, `arm32v7`, `amd64.debug`… */
  platform: string;
}

/**
 * The image the tooling builds for a module and platform:
 * `<repository lowercased>:<tag.version>[-<CONTAINER_TAG>]-<platform>`.
 */
export function moduleImage(request: ImageRequest, variables: Readonly<Record<string, string>>): string | undefined {
  const image = request.module.moduleJson?.image as { repository?: unknown; tag?: { version?: unknown; platforms?: Record<string, unknown> } } | undefined;
  if (typeof image?.repository !== 'string' || typeof image.tag?.version !== 'string') return undefined;
  const platforms = image.tag.platforms ?? {};
  if (!Object.hasOwn(platforms, request.platform)) return undefined;
  const containerTag = variables.CONTAINER_TAG ? `-${variables.CONTAINER_TAG}` : '';
  return `${image.repository.toLowerCase()}:${image.tag.version}${containerTag}-${request.platform}`;
}

export function readPackageJson(module: SolutionModule): Record<string, unknown> | undefined {
  return readJsonFile(join(module.dir, 'package.json'));
}

/** Dockerfiles of the module: those module.json names, or any `Dockerfile*` in its folder. */
export function dockerfiles(module: SolutionModule): string[] {
  const platforms = (module.moduleJson?.image as { tag?: { platforms?: Record<string, unknown> } } | undefined)?.tag?.platforms ?? {};
  const named = Object.values(platforms).filter((value): value is string => typeof value === 'string').map((file) => resolve(module.dir, file));
  const found = existsSync(module.dir) ? readdirSync(module.dir).filter((file) => file.startsWith('Dockerfile')).map((file) => join(module.dir, file)) : [];
  return [...new Set([...named, ...found])].filter((file) => existsSync(file)).sort();
}
