import type { ErrorObject } from 'ajv';
import * as generated from './validators.generated.js';
import type { Field, Manifest } from './model.js';
import { isObject } from './normalize.js';
import type { LoadProblem } from './problems.js';

type Part = 'edgeAgentDesired' | 'edgeHubDesired' | 'userModule' | 'edgeAgentModule' | 'edgeHubModule' | 'route';

/** ajv's generated validators: no schema compilation when the tool starts (scripts/compile-schemas.js). */
type ValidateFunction = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
const validators = generated as unknown as Record<Part, ValidateFunction>;

function describeError(error: ErrorObject): { messageId: string; data: Record<string, string | number> } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { messageId: 'required', data: { property: String(params.missingProperty) } };
    case 'enum':
      return { messageId: 'enum', data: { allowed: (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ') } };
    case 'type':
      return { messageId: 'type', data: { expected: String(params.type).replace(',', ' or ') } };
    case 'minimum':
    case 'maximum':
      return { messageId: 'range', data: { detail: `${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}` } };
    default:
      return { messageId: 'other', data: { detail: error.message ?? error.keyword } };
  }
}

function check(validate: ValidateFunction, target: Field, module: string | undefined, problems: LoadProblem[]): void {
  if (validate(target.value)) return;
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    // if/then/else repeats the failing branch's errors under an "if" keyword: keep the specific ones.
    if (error.keyword === 'if') continue;
    const path = target.at + error.instancePath;
    const { messageId, data } = describeError(error);
    const key = `${path} ${messageId} ${JSON.stringify(data)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ ruleId: 'schema-violation', messageId, data: { ...data, where: error.instancePath || '(root)' }, path, ...(module ? { module } : {}) });
  }
}

/** Checks each part of the manifest against the project's schema; each error becomes a problem. */
export async function validateManifest(manifest: Manifest, desiredOf: (at: string) => unknown): Promise<LoadProblem[]> {
  const schemas = new Map(Object.entries(validators)) as Map<Part, ValidateFunction>;
  const problems: LoadProblem[] = [];
  const agent = manifest.edgeAgent;
  // A layered deployment has no whole desired object to check; its modules are checked below.
  if (agent?.at.endsWith('/properties.desired')) {
    const value = desiredOf(agent.at);
    if (isObject(value)) check(schemas.get('edgeAgentDesired')!, { value, at: agent.at }, undefined, problems);
  }
  const hub = manifest.edgeHub;
  if (hub?.at.endsWith('/properties.desired')) {
    const value = desiredOf(hub.at);
    if (isObject(value)) check(schemas.get('edgeHubDesired')!, { value, at: hub.at }, undefined, problems);
  }
  for (const module of manifest.modules) {
    const part: Part = !module.system ? 'userModule' : module.identity === '$edgeAgent' ? 'edgeAgentModule' : 'edgeHubModule';
    check(schemas.get(part)!, { value: desiredOf(module.at), at: module.at }, module.name, problems);
  }
  for (const route of manifest.routes) {
    check(schemas.get('route')!, { value: desiredOf(route.at), at: route.at }, undefined, problems);
  }
  return problems;
}
