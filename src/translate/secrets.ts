import type { V1Secret } from '@kubernetes/client-node';
import type { RegistryCredential } from '../manifest/model.js';
import { registryOfImage } from '../mapping/images.js';
import { sanitizeDnsDomain } from '../mapping/names.js';
import type { Emitted } from './order.js';

export interface PullSecret {
  name: string;
  /** The credential's address as written; images are matched against it case-insensitively. */
  address: string;
  secret: Emitted<V1Secret>;
}

/** `<user>-<registry host>` as the reference named pull secrets: scheme and path dropped, `:` → `-`. */
export function pullSecretName(username: string, address: string): string | undefined {
  const host = address
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .split('/')[0]!
    .replace(/:/g, '-');
  return sanitizeDnsDomain(`${username.toLowerCase()}-${host}`);
}

/** One dockerconfigjson Secret per usable credential; the password appears only in its data. */
export function pullSecrets(credentials: readonly RegistryCredential[], namespace: string, labels: Record<string, string>): PullSecret[] {
  const byName = new Map<string, PullSecret>();
  for (const credential of credentials) {
    const address = credential.address?.value;
    const username = credential.username?.value;
    const password = credential.password?.value;
    if (typeof address !== 'string' || typeof username !== 'string' || typeof password !== 'string' || address === '') continue;
    const name = pullSecretName(username, address);
    if (name === undefined || byName.has(name)) continue;
    const auth = Buffer.from(`${username}:${password}`).toString('base64');
    const dockerConfig = JSON.stringify({ auths: { [address]: { username, password, auth } } });
    byName.set(name, {
      name,
      address,
      secret: {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name, namespace, labels },
        type: 'kubernetes.io/dockerconfigjson',
        data: { '.dockerconfigjson': Buffer.from(dockerConfig).toString('base64') },
      },
    });
  }
  return [...byName.values()];
}

/** The first credential whose address equals the image's registry, as the agent picked it. */
export function pullSecretFor(image: string, secrets: readonly PullSecret[]): string | undefined {
  const registry = registryOfImage(image);
  if (registry === undefined) return undefined;
  return secrets.find((secret) => secret.address.toLowerCase() === registry.toLowerCase())?.name;
}
