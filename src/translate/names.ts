import type { EdgeModule } from '../manifest/model.js';
import { groupByObjectName, moduleObjectName, sanitizeLabelValue } from '../mapping/names.js';

export const MODULE_LABEL = 'net.azure-devices.edge.module';
export const DEVICE_LABEL = 'net.azure-devices.edge.deviceid';
export const ORIGINAL_MODULE_ID_ANNOTATION = 'net.azure-devices.edge.original-moduleid';

/** Modules whose names give one valid, unique object name each; the rest are reported and skipped. */
export function nameableModules(modules: readonly EdgeModule[]): Map<EdgeModule, string> {
  const names = new Map<EdgeModule, string>();
  for (const [name, group] of groupByObjectName(modules)) {
    if (group.length !== 1) continue;
    const module = group[0]!;
    if (moduleObjectName(module.identity).problem === undefined) names.set(module, name);
  }
  return names;
}

export function deviceLabelValue(deviceId: string): string {
  const value = sanitizeLabelValue(deviceId);
  if (value === undefined) throw new RangeError(`device id "${deviceId}" cannot be made a Kubernetes label value`);
  return value;
}

/** The module id without the `$` of system identities, as the reference annotated it. */
export function originalModuleId(module: EdgeModule): string {
  return module.identity.replace(/^\$/, '');
}
