import type { KubernetesObject as ClientKubernetesObject } from '@kubernetes/client-node';

/** An object as emitted: kind, apiVersion, name and namespace always set. */
export type Emitted<T extends ClientKubernetesObject> = T & {
  apiVersion: string;
  kind: string;
  metadata: NonNullable<T['metadata']> & { name: string; namespace: string };
};

export type KubernetesObject = Emitted<ClientKubernetesObject>;

/** Identities and credentials first, then storage, then what selects pods, then the pods. */
const KIND_ORDER = ['ServiceAccount', 'Secret', 'PersistentVolumeClaim', 'Service', 'Deployment'];

export function sortObjects<T extends KubernetesObject>(objects: readonly T[]): T[] {
  const rank = (kind: string): number => {
    const index = KIND_ORDER.indexOf(kind);
    return index < 0 ? KIND_ORDER.length : index;
  };
  return [...objects].sort(
    (a, b) => rank(a.kind) - rank(b.kind) || (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0),
  );
}
