import type { Rule } from './define-rule.js';
import createOptionsChunks from './create-options-chunks.js';
import deviceAccess from './device-access.js';
import duplicateKey from './duplicate-key.js';
import edgeagentLogMethods from './edgeagent-log-methods.js';
import edgeagentMetrics from './edgeagent-metrics.js';
import edgeagentNotTranslated from './edgeagent-not-translated.js';
import edgehubStorage from './edgehub-storage.js';
import envNameColon from './env-name-colon.js';
import envValueType from './env-value-type.js';
import hostPathMount from './host-path-mount.js';
import imagePullPolicy from './image-pull-policy.js';
import invalidCreateOptions from './invalid-create-options.js';
import invalidEnvName from './invalid-env-name.js';
import invalidJson from './invalid-json.js';
import invalidLabelKey from './invalid-label-key.js';
import invalidModuleName from './invalid-module-name.js';
import invalidMount from './invalid-mount.js';
import invalidPort from './invalid-port.js';
import k8sExperimental from './k8s-experimental.js';
import manifestShape from './manifest-shape.js';
import moduleNameCollision from './module-name-collision.js';
import moduleTooLarge from './module-too-large.js';
import moduleTwin from './module-twin.js';
import multipleHostNetwork from './multiple-host-network.js';
import nodejsModule from './nodejs-module.js';
import privilegedModule from './privileged-module.js';
import registryPassword from './registry-password.js';
import restartPolicy from './restart-policy.js';
import rollingUpdate from './rolling-update.js';
import routeUnknownModule from './route-unknown-module.js';
import schemaVersion from './schema-version.js';
import schemaViolation from './schema-violation.js';
import signedManifest from './signed-manifest.js';
import startupOrder from './startup-order.js';
import unknownProperty from './unknown-property.js';
import unresolvedPlaceholder from './unresolved-placeholder.js';
import unsupportedCreateOption from './unsupported-create-option.js';
import upstreamImage from './upstream-image.js';
import volumePermissions from './volume-permissions.js';
import volumeWithoutStorageClass from './volume-without-storage-class.js';

/** Every rule, alphabetical by id. The catalogue test checks this list against the files in src/rules/. */
export const RULES: readonly Rule[] = [
  createOptionsChunks,
  deviceAccess,
  duplicateKey,
  edgeagentLogMethods,
  edgeagentMetrics,
  edgeagentNotTranslated,
  edgehubStorage,
  envNameColon,
  envValueType,
  hostPathMount,
  imagePullPolicy,
  invalidCreateOptions,
  invalidEnvName,
  invalidJson,
  invalidLabelKey,
  invalidModuleName,
  invalidMount,
  invalidPort,
  k8sExperimental,
  manifestShape,
  moduleNameCollision,
  moduleTooLarge,
  moduleTwin,
  multipleHostNetwork,
  nodejsModule,
  privilegedModule,
  registryPassword,
  restartPolicy,
  rollingUpdate,
  routeUnknownModule,
  schemaVersion,
  schemaViolation,
  signedManifest,
  startupOrder,
  unknownProperty,
  unresolvedPlaceholder,
  unsupportedCreateOption,
  upstreamImage,
  volumePermissions,
  volumeWithoutStorageClass,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
