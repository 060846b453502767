import { DEFAULT_KUBERNETES_VERSION, type KubernetesVersion } from './mapping/kubernetes-version.js';

/**
 * What both lint and translate need to know about the target cluster and agent settings. Findings
 * depend on these (an env name with `:` is fine on 1.34), so both commands take the same values.
 */
export interface TargetOptions {
  /** The Kubernetes version of the target cluster. */
  kubernetesVersion: KubernetesVersion;
  /** StorageClassName of the reference agent: when set (even ""), PVCs are created for volume mounts. */
  storageClass?: string;
  /** What replaces `:` in env names for clusters that reject them. */
  envColonReplacement: string;
  /** Honour `k8s-experimental` in createOptions (the reference chart's default). */
  k8sExtensions: boolean;
  /** Service type for modules with PortBindings (the agent's PortMappingServiceType). */
  portMappingServiceType: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
}

export const DEFAULT_TARGET_OPTIONS: TargetOptions = {
  kubernetesVersion: DEFAULT_KUBERNETES_VERSION,
  envColonReplacement: '_',
  k8sExtensions: true,
  portMappingServiceType: 'ClusterIP',
};
