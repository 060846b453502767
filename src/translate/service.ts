import type { V1Service, V1ServicePort } from '@kubernetes/client-node';
import type { CreateOptionsView } from '../mapping/create-options.js';
import { servicePorts } from '../mapping/ports.js';
import { labelAnnotations, extensionsOf } from './workload.js';
import type { TranslateOptions } from './options.js';
import { serviceTypeFor } from '../mapping/ports.js';
import type { Emitted } from './order.js';

export function serviceFor(name: string, view: CreateOptionsView | undefined, labels: Record<string, string>, options: TranslateOptions): Emitted<V1Service> | undefined {
  if (!view) return undefined;
  const { ports, hasBindings } = servicePorts(view);
  if (ports.length === 0) return undefined;
  const serviceOptions = extensionsOf(view, options)?.values.serviceOptions;
  const type = serviceTypeFor(serviceOptions, hasBindings, options.portMappingServiceType);
  // The API server accepts loadBalancerIP only on LoadBalancer Services (the reference set it on any).
  const loadBalancerIP = type === 'LoadBalancer' && typeof serviceOptions?.loadBalancerIP === 'string' ? serviceOptions.loadBalancerIP : undefined;
  const annotations = labelAnnotations(view);
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: options.namespace, labels, ...(Object.keys(annotations).length > 0 ? { annotations } : {}) },
    spec: {
      type,
      ...(loadBalancerIP !== undefined ? { loadBalancerIP } : {}),
      ports: ports as V1ServicePort[],
      selector: { ...labels },
    },
  };
}
