import type { V1Service, V1ServicePort } from '@kubernetes/client-node';
import { parseHostPort, parsePortKey, type CreateOptionsView } from '../mapping/create-options.js';
import { labelAnnotations, extensionsOf } from './workload.js';
import type { ServiceType, TranslateOptions } from './options.js';
import type { Emitted } from './order.js';

const SERVICE_TYPES: Readonly<Record<string, ServiceType>> = { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Service ports from ExposedPorts (port = container port) and PortBindings (port = HostPort,
 * targetPort = container port). A binding replaces an exposed port with the same number and
 * protocol, as in the reference; unlike it, TCP and UDP on one number are both kept.
 */
function servicePorts(view: CreateOptionsView): { ports: V1ServicePort[]; hasBindings: boolean } {
  const ports = new Map<string, V1ServicePort>();
  if (isRecord(view.exposedPorts?.value)) {
    for (const key of Object.keys(view.exposedPorts.value)) {
      const parsed = parsePortKey(key);
      if (!parsed) continue;
      ports.set(`${parsed.port}/${parsed.protocol}`, { name: `exposedport-${parsed.port}-${parsed.protocol.toLowerCase()}`, port: parsed.port, protocol: parsed.protocol });
    }
  }
  let hasBindings = false;
  if (isRecord(view.portBindings?.value)) {
    for (const [key, bindings] of Object.entries(view.portBindings.value)) {
      const parsed = parsePortKey(key);
      if (!parsed || !Array.isArray(bindings)) continue;
      for (const binding of bindings) {
        const hostPort = parseHostPort(isRecord(binding) ? binding.HostPort : undefined);
        if (hostPort === undefined) continue;
        hasBindings = true;
        ports.set(`${hostPort}/${parsed.protocol}`, {
          name: `hostport-${parsed.port}-${parsed.protocol.toLowerCase()}`,
          port: hostPort,
          targetPort: parsed.port as unknown as V1ServicePort['targetPort'],
          protocol: parsed.protocol,
        });
      }
    }
  }
  // One container port bound to several host ports would repeat a name, which the API rejects.
  const used = new Set<string>();
  for (const port of ports.values()) {
    if (used.has(port.name!)) port.name = `${port.name}-${port.port}`;
    used.add(port.name!);
  }
  return { ports: [...ports.values()], hasBindings };
}

export function serviceFor(name: string, view: CreateOptionsView | undefined, labels: Record<string, string>, options: TranslateOptions): Emitted<V1Service> | undefined {
  if (!view) return undefined;
  const { ports, hasBindings } = servicePorts(view);
  if (ports.length === 0) return undefined;
  const serviceOptions = extensionsOf(view, options)?.known.get('serviceOptions')?.value;
  const requestedType = isRecord(serviceOptions) && typeof serviceOptions.type === 'string' ? SERVICE_TYPES[serviceOptions.type.toLowerCase()] : undefined;
  const type = requestedType ?? (hasBindings ? options.portMappingServiceType : 'ClusterIP');
  const loadBalancerIP = isRecord(serviceOptions) && typeof serviceOptions.loadBalancerIP === 'string' ? serviceOptions.loadBalancerIP : undefined;
  const annotations = labelAnnotations(view);
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: options.namespace, labels, ...(Object.keys(annotations).length > 0 ? { annotations } : {}) },
    spec: {
      type,
      ...(loadBalancerIP !== undefined ? { loadBalancerIP } : {}),
      ports,
      selector: { ...labels },
    },
  };
}
