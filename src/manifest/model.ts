/**
 * The typed view of a deployment manifest. Every node keeps `at`, the JSON pointer of the place in
 * the file it was read from, so findings can point there.
 */

/** A raw value from the file and where it is. Values keep their JSON type; rules decide what is wrong. */
export interface Field<T = unknown> {
  value: T;
  at: string;
}

export type DocumentShape = 'modulesContent' | 'content' | 'moduleContent' | 'bare' | 'unknown';

export interface EnvVar {
  name: string;
  /** The value as the runtime passes it to the container (numbers and booleans as their JSON text). */
  value: string;
  rawType: 'string' | 'number' | 'boolean' | 'missing' | 'other';
  /** Pointer of the `NAME` member in the `env` map. */
  at: string;
}

/** createOptions after joining chunks and parsing the string (or taking the template's object). */
export interface CreateOptions {
  /** Pointer of `settings.createOptions` (or the first chunk present). */
  at: string;
  form: 'string' | 'object' | 'chunked';
  /** Pointers of every chunk, in the order the runtime joins them. */
  chunks: readonly string[];
  /** The parsed options; `{}` when empty, `"null"`, or unparsable. */
  value: Record<string, unknown>;
  /** True when the JSON parsed and is an object. */
  ok: boolean;
}

export interface EdgeModule {
  /** The name as written: `edgeAgent`, `edgeHub` or the user module's key. */
  name: string;
  /** The twin identity: `$edgeAgent`, `$edgeHub` or the module name. */
  identity: string;
  system: boolean;
  at: string;
  type?: Field;
  status?: Field;
  restartPolicy?: Field;
  imagePullPolicy?: Field;
  startupOrder?: Field;
  version?: Field;
  settings?: Field<Record<string, unknown>>;
  image?: Field;
  env: EnvVar[];
  envAt?: string;
  /** Characters of the module's definition in the file (createOptions escapes included). */
  sourceLength: number;
  createOptions?: CreateOptions;
}

export interface RegistryCredential {
  name: string;
  at: string;
  address?: Field;
  username?: Field;
  password?: Field;
}

export interface Route {
  name: string;
  at: string;
  /** Pointer of the route text: the string itself, or the `route` member of the object form. */
  textAt: string;
  text?: string;
  priority?: Field;
  timeToLiveSecs?: Field;
  form: 'string' | 'object' | 'other';
}

export interface TwinSection {
  /** The module id the section configures. */
  name: string;
  at: string;
}

export interface EdgeAgentDesired {
  at: string;
  schemaVersion?: Field;
  runtimeType?: Field;
  runtimeSettingsAt?: string;
  integrityAt?: string;
}

export interface EdgeHubDesired {
  at: string;
  schemaVersion?: Field;
  storeAndForward?: Field;
  mqttBrokerAt?: string;
  integrityAt?: string;
}

export interface Manifest {
  shape: DocumentShape;
  /** Pointer of the object that holds `$edgeAgent`, `$edgeHub` and twin sections. */
  contentAt: string;
  /** True when `properties.desired.*` dot-path keys are used (layered deployments). */
  layered: boolean;
  /** True when this is a `$schema-template` template file. */
  template: boolean;
  edgeAgent?: EdgeAgentDesired;
  edgeHub?: EdgeHubDesired;
  /** System modules first (edgeAgent, edgeHub), then user modules in file order. */
  modules: EdgeModule[];
  registryCredentials: RegistryCredential[];
  routes: Route[];
  twins: TwinSection[];
}

export function userModules(manifest: Manifest): EdgeModule[] {
  return manifest.modules.filter((module) => !module.system);
}

export function findModule(manifest: Manifest, identity: string): EdgeModule | undefined {
  return manifest.modules.find((module) => module.identity === identity);
}
