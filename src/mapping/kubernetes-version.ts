export interface KubernetesVersion {
  major: number;
  minor: number;
}

/** The default target: the newest Kubernetes minor whose API the bundled schemas were checked against. */
export const DEFAULT_KUBERNETES_VERSION: KubernetesVersion = { major: 1, minor: 33 };

export function parseKubernetesVersion(text: string): KubernetesVersion | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(text.trim());
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]) };
}

export function formatKubernetesVersion(version: KubernetesVersion): string {
  return `${version.major}.${version.minor}`;
}
