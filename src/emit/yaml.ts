import { dump } from 'js-yaml';
import type { KubernetesObject } from '../translate/order.js';

/**
 * YAML that any reader reads back unchanged: js-yaml quotes strings a YAML 1.1 reader (such as
 * Kubernetes' decoder) would take for booleans, numbers or times (`on`, `yes`, `012`, `12:30`).
 */
export function toYaml(object: unknown): string {
  return dump(object, { noRefs: true, lineWidth: -1, sortKeys: false, noCompatMode: false });
}

/** A multi-document stream, one object per document, as `kubectl apply -f -` reads it. */
export function emitYaml(objects: readonly KubernetesObject[]): string {
  return objects.map((object) => `---\n${toYaml(object)}`).join('');
}

/** One `v1 List`, what kubectl prints for several objects and accepts back. */
export function emitJson(objects: readonly KubernetesObject[]): string {
  return `${JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }, null, 2)}\n`;
}
