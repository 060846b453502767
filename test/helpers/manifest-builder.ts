/** Builds small valid manifests so each test shows only the field under test. */

export interface ModuleSpec {
  image?: string;
  createOptions?: Record<string, unknown> | string;
  env?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface ManifestSpec {
  modules?: Record<string, ModuleSpec>;
  edgeHub?: ModuleSpec;
  edgeAgent?: ModuleSpec;
  routes?: Record<string, unknown>;
  registryCredentials?: Record<string, unknown>;
  twins?: Record<string, unknown>;
  agentSchemaVersion?: string;
  hubSchemaVersion?: string;
}

function moduleJson(spec: ModuleSpec, defaults: Record<string, unknown>): Record<string, unknown> {
  const { image, createOptions, env, ...rest } = spec;
  const settings: Record<string, unknown> = { image: image ?? 'mcr.microsoft.com/azureiotedge-simulated-temperature-sensor:1.0' };
  if (createOptions !== undefined) settings.createOptions = typeof createOptions === 'string' ? createOptions : JSON.stringify(createOptions);
  return { ...defaults, ...rest, settings, ...(env ? { env } : {}) };
}

export function buildManifestObject(spec: ManifestSpec = {}): Record<string, unknown> {
  const modules: Record<string, unknown> = {};
  for (const [name, module] of Object.entries(spec.modules ?? {})) {
    modules[name] = moduleJson(module, { version: '1.0', type: 'docker', status: 'running', restartPolicy: 'always' });
  }
  return {
    modulesContent: {
      $edgeAgent: {
        'properties.desired': {
          schemaVersion: spec.agentSchemaVersion ?? '1.1',
          runtime: {
            type: 'docker',
            settings: { minDockerVersion: 'v1.25', ...(spec.registryCredentials ? { registryCredentials: spec.registryCredentials } : {}) },
          },
          systemModules: {
            edgeAgent: moduleJson({ image: 'mcr.microsoft.com/azureiotedge-agent:1.5', ...spec.edgeAgent }, { type: 'docker' }),
            edgeHub: moduleJson(
              {
                image: 'mcr.microsoft.com/azureiotedge-hub:1.5',
                createOptions: { HostConfig: { PortBindings: { '5671/tcp': [{ HostPort: '5671' }], '8883/tcp': [{ HostPort: '8883' }], '443/tcp': [{ HostPort: '443' }] } } },
                ...spec.edgeHub,
              },
              { type: 'docker', status: 'running', restartPolicy: 'always' },
            ),
          },
          modules,
        },
      },
      $edgeHub: {
        'properties.desired': {
          schemaVersion: spec.hubSchemaVersion ?? '1.1',
          routes: spec.routes ?? { upstream: 'FROM /messages/* INTO $upstream' },
          storeAndForwardConfiguration: { timeToLiveSecs: 7200 },
        },
      },
      ...spec.twins,
    },
  };
}

/** Pretty-printed like real files, so line and column assertions read naturally. */
export function buildManifest(spec: ManifestSpec = {}): string {
  return `${JSON.stringify(buildManifestObject(spec), null, 2)}\n`;
}

/** Pointer of a user module in manifests from buildManifest. */
export function modulePointer(name: string): string {
  return `/modulesContent/$edgeAgent/properties.desired/modules/${name}`;
}

export function createOptionsPointer(name: string): string {
  return `${modulePointer(name)}/settings/createOptions`;
}

export const EDGE_HUB_POINTER = '/modulesContent/$edgeAgent/properties.desired/systemModules/edgeHub';
export const EDGE_AGENT_POINTER = '/modulesContent/$edgeAgent/properties.desired/systemModules/edgeAgent';
