/** Image names as the IoT Edge agent reads them (DockerConfig, DockerUtil). */

/** The agent trims the image and appends `:latest` when the last path component has no tag or digest. */
export function withDefaultTag(image: string): string {
  const trimmed = image.trim();
  const lastComponent = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return lastComponent.includes(':') || lastComponent.includes('@') ? trimmed : `${trimmed}:latest`;
}

export const DOCKER_HUB_ADDRESS = 'https://index.docker.io/v1/';

/**
 * The registry an image is pulled from, as the agent matched it against registry credentials:
 * the first component when it has `.` or `:`, Docker Hub for other multi-component names, and
 * nothing for a single component (no credential applies).
 */
export function registryOfImage(image: string): string | undefined {
  const components = image.trim().split('/');
  if (components.length < 2) return undefined;
  const first = components[0]!;
  return first.includes('.') || first.includes(':') ? first : DOCKER_HUB_ADDRESS;
}

/** Nested-edge images resolved through the parent device, such as `$upstream:443/azureiotedge-hub:1.4`. */
export function isUpstreamImage(image: string): boolean {
  return /^\$upstream(:\d+)?\//i.test(image.trim());
}
