import { isObject } from '../json.js';
import { own } from './own.js';
import { parseHostPort, parsePortKey, type CreateOptionsView, type PortProtocol } from './create-options.js';

export interface ServicePort {
  name: string;
  port: number;
  targetPort?: number;
  protocol: PortProtocol;
}


/**
 * Service ports from ExposedPorts (port = container port) and PortBindings (port = HostPort,
 * targetPort = container port). A binding replaces an exposed port with the same number and
 * protocol, as in the reference; unlike it, TCP and UDP on one number are both kept.
 */
export function servicePorts(view: CreateOptionsView): { ports: ServicePort[]; hasBindings: boolean } {
  const ports = new Map<string, ServicePort>();
  if (isObject(view.exposedPorts?.value)) {
    for (const key of Object.keys(view.exposedPorts.value)) {
      const parsed = parsePortKey(key);
      if (!parsed) continue;
      ports.set(`${parsed.port}/${parsed.protocol}`, { name: `exposedport-${parsed.port}-${parsed.protocol.toLowerCase()}`, port: parsed.port, protocol: parsed.protocol });
    }
  }
  let hasBindings = false;
  if (isObject(view.portBindings?.value)) {
    for (const [key, bindings] of Object.entries(view.portBindings.value)) {
      const parsed = parsePortKey(key);
      if (!parsed || !Array.isArray(bindings)) continue;
      for (const binding of bindings) {
        const hostPort = parseHostPort(isObject(binding) ? binding.HostPort : undefined);
        if (hostPort === undefined) continue;
        hasBindings = true;
        ports.set(`${hostPort}/${parsed.protocol}`, {
          name: `hostport-${parsed.port}-${parsed.protocol.toLowerCase()}`,
          port: hostPort,
          targetPort: parsed.port,
          protocol: parsed.protocol,
        });
      }
    }
  }
  // One container port bound to several host ports would repeat a name, which the API rejects.
  const used = new Set<string>();
  for (const port of ports.values()) {
    if (used.has(port.name)) port.name = `${port.name}-${port.port}`;
    used.add(port.name);
  }
  return { ports: [...ports.values()], hasBindings };
}


export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer';
const SERVICE_TYPES: Readonly<Record<string, ServiceType>> = { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer' };

/** k8s-experimental serviceOptions.type first; else ClusterIP for exposed ports only; else the agent's type. */
export function serviceTypeFor(serviceOptions: Record<string, unknown> | undefined, hasBindings: boolean, portMappingServiceType: ServiceType): ServiceType {
  const requested = typeof serviceOptions?.type === 'string' ? own(SERVICE_TYPES, serviceOptions.type.toLowerCase()) : undefined;
  return requested ?? (hasBindings ? portMappingServiceType : 'ClusterIP');
}
