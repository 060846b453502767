import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { translateManifest } from '../../src/api.js';
import { emitJson, emitYaml } from '../../src/emit/yaml.js';
import { loadManifestText } from '../../src/manifest/load.js';
import type { KubernetesObject } from '../../src/translate/order.js';
import type { TranslateOptions } from '../../src/translate/options.js';
import { buildManifest, type ManifestSpec } from '../helpers/manifest-builder.js';
import { kubernetesProblems } from '../helpers/k8s-validate.js';

async function translate(spec: ManifestSpec | string, options: Partial<TranslateOptions> = {}) {
  const loaded = await loadManifestText(typeof spec === 'string' ? spec : buildManifest(spec), 'deployment.json');
  const result = translateManifest(loaded, { deviceId: 'mydevice', iothubHostname: 'myhub.azure-devices.net', namespace: 'edge', ...options });
  const relaxed = (options.kubernetesVersion?.minor ?? 33) >= 34;
  expect(kubernetesProblems(result.objects, { relaxedEnvNames: relaxed })).toEqual([]);
  return result;
}

function find(objects: readonly KubernetesObject[], kind: string, name: string): any {
  const object = objects.find((candidate) => candidate.kind === kind && candidate.metadata.name === name);
  if (!object) throw new Error(`no ${kind}/${name} in ${objects.map((o) => `${o.kind}/${o.metadata.name}`).join(', ')}`);
  return object;
}

const moduleContainer = (deployment: any): any => deployment.spec.template.spec.containers[1];
const envNames = (container: any): string[] => container.env.map((variable: { name: string }) => variable.name);

describe('objects per module', () => {
  it('makes a ServiceAccount and a Deployment for each module, and none for edgeAgent', async () => {
    const { objects } = await translate({ modules: { tempSensor: {} } });
    expect(objects.map((object) => `${object.kind}/${object.metadata.name}`)).toEqual([
      'ServiceAccount/edgehub',
      'ServiceAccount/tempsensor',
      'Service/edgehub',
      'Deployment/edgehub',
      'Deployment/tempsensor',
    ]);
    expect(objects.every((object) => object.metadata.namespace === 'edge')).toBe(true);
  });

  it('labels every object and selects pods by the module and device labels', async () => {
    const { objects } = await translate({ modules: { tempSensor: {} } });
    const labels = { 'net.azure-devices.edge.module': 'tempsensor', 'net.azure-devices.edge.deviceid': 'mydevice' };
    const deployment = find(objects, 'Deployment', 'tempsensor');
    expect(deployment.metadata.labels).toEqual(labels);
    expect(deployment.spec.selector.matchLabels).toEqual(labels);
    expect(deployment.spec.template.metadata).toEqual({ labels, annotations: { 'net.azure-devices.edge.original-moduleid': 'tempSensor' } });
    expect(find(objects, 'ServiceAccount', 'tempsensor').metadata).toEqual({
      name: 'tempsensor',
      namespace: 'edge',
      labels,
      annotations: { 'net.azure-devices.edge.original-moduleid': 'tempSensor' },
    });
    expect(find(objects, 'ServiceAccount', 'edgehub').metadata.annotations).toEqual({ 'net.azure-devices.edge.original-moduleid': 'edgeHub' });
  });

  it('runs one replica, or none when the module is stopped', async () => {
    const { objects } = await translate({ modules: { a: { status: 'running' }, b: { status: 'stopped' } } });
    expect(find(objects, 'Deployment', 'a').spec.replicas).toBe(1);
    expect(find(objects, 'Deployment', 'b').spec.replicas).toBe(0);
  });

  it('puts the proxy sidecar first, with its two ConfigMap volumes', async () => {
    const { objects } = await translate({ modules: { a: {} } }, { proxyImage: 'example/proxy:1', logLevel: 'debug' });
    const pod = find(objects, 'Deployment', 'a').spec.template.spec;
    expect(pod.containers.map((container: any) => container.name)).toEqual(['proxy', 'a']);
    expect(pod.containers[0]).toEqual({
      name: 'proxy',
      image: 'example/proxy:1',
      env: [{ name: 'PROXY_LOG', value: 'Debug' }],
      resources: { limits: { cpu: '5m', memory: '25Mi' }, requests: { cpu: '5m', memory: '25Mi' } },
      volumeMounts: [
        { name: 'config-volume', mountPath: '/etc/iotedge-proxy', readOnly: true },
        { name: 'trust-bundle-volume', mountPath: '/etc/trust-bundle' },
      ],
    });
    expect(pod.volumes).toEqual([
      { name: 'config-volume', configMap: { name: 'iotedged-proxy-config' } },
      { name: 'trust-bundle-volume', configMap: { name: 'iotedged-proxy-trust-bundle' } },
    ]);
    expect(pod.serviceAccountName).toBe('a');
  });

  it('appends :latest to an untagged image only', async () => {
    const { objects } = await translate({ modules: { a: { image: 'acr.io/a' }, b: { image: 'localhost:5000/b:1.0' }, c: { image: 'acr.io/c@sha256:abc' } } });
    expect(moduleContainer(find(objects, 'Deployment', 'a')).image).toBe('acr.io/a:latest');
    expect(moduleContainer(find(objects, 'Deployment', 'b')).image).toBe('localhost:5000/b:1.0');
    expect(moduleContainer(find(objects, 'Deployment', 'c')).image).toBe('acr.io/c@sha256:abc');
  });

  it('emits nothing for modules whose names collide or are invalid', async () => {
    const { objects, findings } = await translate({ modules: { tempSensor: {}, tempsensor: {}, '9lives': {}, ok: {} } });
    expect(objects.filter((object) => object.kind === 'Deployment').map((object) => object.metadata.name)).toEqual(['edgehub', 'ok']);
    expect(findings.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['module-name-collision', 'invalid-module-name']));
  });
});

describe('environment', () => {
  it('orders env as the reference did: env map, createOptions Env, then the runtime variables', async () => {
    const { objects } = await translate({ modules: { a: { env: { FIRST: { value: '1' } }, createOptions: { Env: ['SECOND=2=two', 'NOEQUALS', '=x'] } } } });
    expect(moduleContainer(find(objects, 'Deployment', 'a')).env).toEqual([
      { name: 'FIRST', value: '1' },
      { name: 'SECOND', value: '2=two' },
      { name: 'IOTEDGE_IOTHUBHOSTNAME', value: 'myhub.azure-devices.net' },
      { name: 'IOTEDGE_AUTHSCHEME', value: 'sasToken' },
      { name: 'RuntimeLogLevel', value: 'info' },
      { name: 'IOTEDGE_WORKLOADURI', value: 'http://localhost:35001' },
      { name: 'IOTEDGE_DEVICEID', value: 'mydevice' },
      { name: 'IOTEDGE_MODULEID', value: 'a' },
      { name: 'IOTEDGE_APIVERSION', value: '2019-11-05' },
      { name: 'EdgeDeviceHostName', value: 'localhost' },
      { name: 'IOTEDGE_GATEWAYHOSTNAME', value: 'edgehub' },
    ]);
  });

  it('keeps a user RuntimeLogLevel and gives edgeHub no gateway host name', async () => {
    const { objects } = await translate({ edgeHub: { env: { RuntimeLogLevel: { value: 'debug' } } } });
    const names = envNames(moduleContainer(find(objects, 'Deployment', 'edgehub')));
    expect(names.filter((name) => name === 'RuntimeLogLevel')).toHaveLength(1);
    expect(names).not.toContain('IOTEDGE_GATEWAYHOSTNAME');
    expect(moduleContainer(find(objects, 'Deployment', 'edgehub')).env).toContainEqual({ name: 'IOTEDGE_MODULEID', value: '$edgeHub' });
  });

  it('renames ":" below Kubernetes 1.34 and reports each rename; keeps it from 1.34', async () => {
    const spec = { modules: { a: { env: { 'Logging:LogLevel': { value: 'x' } }, createOptions: { Env: ['a:b=1'] } } } };
    const old = await translate(spec, { envColonReplacement: '__' });
    expect(envNames(moduleContainer(find(old.objects, 'Deployment', 'a'))).slice(0, 2)).toEqual(['Logging__LogLevel', 'a__b']);
    expect(old.findings.filter((finding) => finding.ruleId === 'env-name-colon')).toHaveLength(2);
    const current = await translate(spec, { kubernetesVersion: { major: 1, minor: 34 } });
    expect(envNames(moduleContainer(find(current.objects, 'Deployment', 'a'))).slice(0, 2)).toEqual(['Logging:LogLevel', 'a:b']);
  });

  it('writes numbers and booleans as strings', async () => {
    const { objects } = await translate({ modules: { a: { env: { N: { value: 5 }, B: { value: false } } } } });
    expect(moduleContainer(find(objects, 'Deployment', 'a')).env.slice(0, 2)).toEqual([
      { name: 'N', value: '5' },
      { name: 'B', value: 'false' },
    ]);
  });
});

describe('createOptions', () => {
  it('maps Cmd, Entrypoint and WorkingDir, in any case', async () => {
    const { objects } = await translate({ modules: { a: { createOptions: { entrypoint: ['/bin/sh', '-c'], Cmd: ['run', '--fast'], WorkingDir: '/app' } } } });
    expect(moduleContainer(find(objects, 'Deployment', 'a'))).toMatchObject({ command: ['/bin/sh', '-c'], args: ['run', '--fast'], workingDir: '/app' });
  });

  it('turns Labels into pod and Service annotations with sanitized keys', async () => {
    const { objects } = await translate({ modules: { a: { createOptions: { Labels: { 'K8S.IO/---a-0--': 'x', tier: 'edge' }, ExposedPorts: { '80/tcp': {} } } } } });
    const annotations = { 'k8s.io/a-0': 'x', tier: 'edge' };
    expect(find(objects, 'Deployment', 'a').spec.template.metadata.annotations).toEqual({ ...annotations, 'net.azure-devices.edge.original-moduleid': 'a' });
    expect(find(objects, 'Service', 'a').metadata.annotations).toEqual(annotations);
  });

  it('sets privileged and the host namespaces only when asked', async () => {
    const { objects } = await translate({ modules: { a: { createOptions: { HostConfig: { Privileged: 'true', NetworkMode: 'Host', IpcMode: 'host', PidMode: 'host' } } }, b: { createOptions: { HostConfig: { NetworkMode: 'bridge', Privileged: false } } } } });
    const a = find(objects, 'Deployment', 'a').spec.template.spec;
    expect(moduleContainer(find(objects, 'Deployment', 'a')).securityContext).toEqual({ privileged: true });
    expect(a).toMatchObject({ hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet', hostIPC: true, hostPID: true });
    const b = find(objects, 'Deployment', 'b').spec.template.spec;
    expect(b.hostNetwork).toBeUndefined();
    expect(b.dnsPolicy).toBeUndefined();
    expect(moduleContainer(find(objects, 'Deployment', 'b')).securityContext).toBeUndefined();
  });
});

describe('Services', () => {
  it('exposes ExposedPorts as container ports and a ClusterIP Service', async () => {
    const { objects } = await translate({ modules: { a: { createOptions: { ExposedPorts: { '80/tcp': {}, '5000/udp': {}, 'bad/tcp': {} } } } } }, { portMappingServiceType: 'LoadBalancer' });
    expect(moduleContainer(find(objects, 'Deployment', 'a')).ports).toEqual([
      { containerPort: 80, protocol: 'TCP' },
      { containerPort: 5000, protocol: 'UDP' },
    ]);
    expect(find(objects, 'Service', 'a').spec).toEqual({
      type: 'ClusterIP',
      ports: [
        { name: 'exposedport-80-tcp', port: 80, protocol: 'TCP' },
        { name: 'exposedport-5000-udp', port: 5000, protocol: 'UDP' },
      ],
      selector: { 'net.azure-devices.edge.module': 'a', 'net.azure-devices.edge.deviceid': 'mydevice' },
    });
  });

  it('publishes PortBindings on the host port with the agent service type (the reference unit test)', async () => {
    const createOptions = { ExposedPorts: { '80/tcp': {}, '5000/udp': {} }, HostConfig: { PortBindings: { '80/tcp': [{ HostPort: '8080' }], '5000/udp': [{ HostPort: '5050' }] } } };
    const { objects } = await translate({ modules: { a: { createOptions } } }, { portMappingServiceType: 'LoadBalancer' });
    const spec = find(objects, 'Service', 'a').spec;
    expect(spec.type).toBe('LoadBalancer');
    expect(spec.ports).toEqual([
      { name: 'exposedport-80-tcp', port: 80, protocol: 'TCP' },
      { name: 'exposedport-5000-udp', port: 5000, protocol: 'UDP' },
      { name: 'hostport-80-tcp', port: 8080, targetPort: 80, protocol: 'TCP' },
      { name: 'hostport-5000-udp', port: 5050, targetPort: 5000, protocol: 'UDP' },
    ]);
    expect(moduleContainer(find(objects, 'Deployment', 'a')).ports).toHaveLength(2);
  });

  it('lets a binding replace an exposed port of the same number', async () => {
    const { objects } = await translate({ modules: { a: { createOptions: { ExposedPorts: { '8080/tcp': {} }, HostConfig: { PortBindings: { '80/tcp': [{ HostPort: '8080' }] } } } } } });
    expect(find(objects, 'Service', 'a').spec.ports).toEqual([{ name: 'hostport-80-tcp', port: 8080, targetPort: 80, protocol: 'TCP' }]);
  });

  it('keeps port names unique when one container port is bound twice', async () => {
    const { objects } = await translate({ modules: { a: { createOptions: { HostConfig: { PortBindings: { '80/tcp': [{ HostPort: '8080' }, { HostPort: '8081' }, { HostPort: 'x' }] } } } } } });
    expect(find(objects, 'Service', 'a').spec.ports.map((port: any) => port.name)).toEqual(['hostport-80-tcp', 'hostport-80-tcp-8081']);
  });

  it('takes serviceOptions first; loadBalancerIP only on a LoadBalancer, where the API server accepts it', async () => {
    const ports = { HostConfig: { PortBindings: { '80/tcp': [{ HostPort: '80' }] } } };
    const nodePort = await translate({ modules: { a: { createOptions: { ...ports, 'k8s-experimental': { serviceOptions: { type: 'nodeport', loadBalancerIP: '10.0.0.5' } } } } } });
    expect(find(nodePort.objects, 'Service', 'a').spec.type).toBe('NodePort');
    expect(find(nodePort.objects, 'Service', 'a').spec.loadBalancerIP).toBeUndefined();
    expect(nodePort.findings.map((finding) => finding.messageId)).toContain('loadBalancerIPIgnored');
    const balanced = await translate({ modules: { a: { createOptions: { ...ports, 'k8s-experimental': { serviceOptions: { loadBalancerIP: '10.0.0.5' } } } } } }, { portMappingServiceType: 'LoadBalancer' });
    expect(find(balanced.objects, 'Service', 'a').spec).toMatchObject({ type: 'LoadBalancer', loadBalancerIP: '10.0.0.5' });
  });

  it('drops k8s-experimental values the API server would reject, and says so', async () => {
    const extensions = { resources: { limits: { cpu: '100m' }, requests: { cpu: '1' } }, strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 1 } }, nodeSelector: { edge: 'true' }, securityContext: { runAsUser: -1 } };
    const { objects, findings } = await translate({ modules: { a: { createOptions: { 'k8s-experimental': extensions } } } });
    const deployment = find(objects, 'Deployment', 'a');
    expect(moduleContainer(deployment).resources).toBeUndefined();
    expect(deployment.spec.strategy).toBeUndefined();
    expect(deployment.spec.template.spec.securityContext).toBeUndefined();
    expect(deployment.spec.template.spec.nodeSelector).toEqual({ edge: 'true' });
    expect(findings.filter((finding) => finding.messageId === 'invalidValue').map((finding) => finding.data.detail)).toEqual([
      'resources.requests.cpu must be at most the limit',
      'strategy.rollingUpdate may not be set when type is Recreate',
      'securityContext.runAsUser must be a whole number from 0 to 2147483647',
    ]);
  });

  it('makes no Service for a module without ports', async () => {
    const { objects } = await translate({ modules: { a: { createOptions: { Env: ['A=1'] } } } });
    expect(objects.some((object) => object.kind === 'Service' && object.metadata.name === 'a')).toBe(false);
  });
});

describe('storage', () => {
  const createOptions = {
    HostConfig: {
      Binds: ['/home/blah:/home/blah2:ro', '/data:/data'],
      Mounts: [
        { Type: 'volume', Source: 'message-storage', Target: '/storage', ReadOnly: 'false' },
        { Type: 'volume', Source: 'message-storage', Target: '/backup', ReadOnly: true },
        { Type: 'bind', Source: '/data', Target: '/data2' },
        { Type: 'tmpfs', Target: '/tmp' },
      ],
    },
  };

  it('turns Binds and bind Mounts into hostPath volumes and volume Mounts into claims', async () => {
    const { objects } = await translate({ modules: { a: { createOptions } } });
    const pod = find(objects, 'Deployment', 'a').spec.template.spec;
    expect(pod.volumes.slice(2)).toEqual([
      { name: 'homeblah', hostPath: { path: '/home/blah', type: 'DirectoryOrCreate' } },
      { name: 'data', hostPath: { path: '/data', type: 'DirectoryOrCreate' } },
      { name: 'message-storage', persistentVolumeClaim: { claimName: 'message-storage' } },
    ]);
    expect(moduleContainer(find(objects, 'Deployment', 'a')).volumeMounts).toEqual([
      { name: 'homeblah', mountPath: '/home/blah2', readOnly: true },
      { name: 'data', mountPath: '/data' },
      { name: 'message-storage', mountPath: '/storage' },
      { name: 'message-storage', mountPath: '/backup', readOnly: true },
      { name: 'data', mountPath: '/data2' },
    ]);
    expect(objects.some((object) => object.kind === 'PersistentVolumeClaim')).toBe(false);
  });

  it('creates claims only with a storage class, shared across modules', async () => {
    const { objects } = await translate({ modules: { a: { createOptions }, b: { createOptions: { HostConfig: { Mounts: [{ Type: 'volume', Source: 'message-storage', Target: '/s' }, { Type: 'volume', Source: 'Config', Target: '/c', ReadOnly: true }] } } } } }, { storageClass: 'azurefile', pvcSizeMi: 5000 });
    const claims = objects.filter((object) => object.kind === 'PersistentVolumeClaim');
    expect(claims).toEqual([
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'config', namespace: 'edge', labels: { 'net.azure-devices.edge.deviceid': 'mydevice' } },
        spec: { accessModes: ['ReadOnlyMany'], resources: { requests: { storage: '5000Mi' } }, storageClassName: 'azurefile' },
      },
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'message-storage', namespace: 'edge', labels: { 'net.azure-devices.edge.deviceid': 'mydevice' } },
        spec: { accessModes: ['ReadWriteMany'], resources: { requests: { storage: '5000Mi' } }, storageClassName: 'azurefile' },
      },
    ]);
  });

  it('skips an incomplete Mount instead of failing the deployment', async () => {
    const { objects, findings } = await translate({ modules: { a: { createOptions: { HostConfig: { Mounts: [{ Type: 'volume', Target: '/x' }] } } } } });
    expect(moduleContainer(find(objects, 'Deployment', 'a')).volumeMounts).toBeUndefined();
    expect(findings.map((finding) => finding.ruleId)).toContain('invalid-mount');
  });
});

describe('k8s-experimental', () => {
  const extensions = {
    volumes: [{ volume: { name: 'cmvol', configMap: { name: 'special-config', optional: true } }, volumeMounts: [{ name: 'cmvol', mountPath: '/etc/module', readOnly: true }] }],
    Resources: { limits: { memory: '128Mi', cpu: '500m', 'hardware-vendor.example/foo': 2 }, requests: { memory: '64Mi', cpu: '250m', 'hardware-vendor.example/foo': 2 } },
    nodeSelector: { edgehub: 'true' },
    securityContext: { fsGroup: 2000, runAsUser: 1000 },
    strategy: { type: 'Recreate' },
  };

  it('copies each section where the reference put it, extension volumes first', async () => {
    const { objects } = await translate({ edgeHub: { createOptions: { HostConfig: { Binds: ['/d:/d'] }, 'k8s-experimental': extensions } } });
    const deployment = find(objects, 'Deployment', 'edgehub');
    const pod = deployment.spec.template.spec;
    expect(deployment.spec.strategy).toEqual({ type: 'Recreate' });
    expect(pod.nodeSelector).toEqual({ edgehub: 'true' });
    expect(pod.securityContext).toEqual({ fsGroup: 2000, runAsUser: 1000 });
    expect(pod.volumes.map((volume: any) => volume.name)).toEqual(['config-volume', 'trust-bundle-volume', 'cmvol', 'd']);
    const container = moduleContainer(deployment);
    expect(container.resources).toEqual(extensions.Resources);
    expect(container.volumeMounts).toEqual([{ name: 'd', mountPath: '/d' }, { name: 'cmvol', mountPath: '/etc/module', readOnly: true }]);
    expect(pod.containers[0].resources).toEqual({ limits: { cpu: '5m', memory: '25Mi' }, requests: { cpu: '5m', memory: '25Mi' } });
  });

  it('ignores the section with --no-k8s-extensions', async () => {
    const { objects } = await translate({ modules: { a: { createOptions: { 'k8s-experimental': extensions } } } }, { k8sExtensions: false });
    const pod = find(objects, 'Deployment', 'a').spec.template.spec;
    expect(pod.nodeSelector).toBeUndefined();
    expect(pod.volumes).toHaveLength(2);
  });

  it('gives pods the run-as-non-root default unless the extension sets a security context', async () => {
    const { objects } = await translate({ modules: { a: {}, b: { createOptions: { 'k8s-experimental': { securityContext: { runAsUser: 5 } } } } } }, { runAsNonRoot: true });
    expect(find(objects, 'Deployment', 'a').spec.template.spec.securityContext).toEqual({ runAsNonRoot: true, runAsUser: 1000 });
    expect(find(objects, 'Deployment', 'b').spec.template.spec.securityContext).toEqual({ runAsUser: 5 });
  });
});

describe('registry credentials', () => {
  const secret = 'p@ss:word';
  const registryCredentials = {
    acr: { address: 'MyRegistry.azurecr.io', username: 'MyUser', password: secret },
    hub: { address: 'https://index.docker.io/v1/', username: 'dockeruser', password: 'pw' },
    port: { address: 'any-acr-server.azurecr.io:3030', username: 'dockeruser', password: 'pw' },
  };

  it('makes one dockerconfigjson Secret per credential, named as the reference did', async () => {
    const { objects } = await translate({ registryCredentials });
    const secrets = objects.filter((object) => object.kind === 'Secret') as any[];
    expect(secrets.map((object) => object.metadata.name)).toEqual(['dockeruser-any-acr-server.azurecr.io-3030', 'dockeruser-index.docker.io', 'myuser-myregistry.azurecr.io']);
    const acr = secrets[2];
    expect(acr.type).toBe('kubernetes.io/dockerconfigjson');
    expect(acr.metadata.labels).toEqual({ 'net.azure-devices.edge.deviceid': 'mydevice' });
    expect(JSON.parse(Buffer.from(acr.data['.dockerconfigjson'], 'base64').toString())).toEqual({
      auths: { 'MyRegistry.azurecr.io': { username: 'MyUser', password: secret, auth: Buffer.from(`MyUser:${secret}`).toString('base64') } },
    });
  });

  it('references the Secret from pods whose image registry matches', async () => {
    const { objects } = await translate({
      registryCredentials,
      modules: { a: { image: 'myregistry.azurecr.io/a:1' }, b: { image: 'library/b:1' }, c: { image: 'other.io/c:1' }, d: { image: 'ubuntu' } },
    });
    const pullSecrets = (name: string) => find(objects, 'Deployment', name).spec.template.spec.imagePullSecrets;
    expect(pullSecrets('a')).toEqual([{ name: 'myuser-myregistry.azurecr.io' }]);
    expect(pullSecrets('b')).toEqual([{ name: 'dockeruser-index.docker.io' }]);
    expect(pullSecrets('c')).toBeUndefined();
    expect(pullSecrets('d')).toBeUndefined();
  });

  it('puts the password in the Secret and nowhere else', async () => {
    const { objects, findings } = await translate({ registryCredentials });
    const outside = objects.filter((object) => object.kind !== 'Secret');
    expect(JSON.stringify(outside)).not.toContain(secret);
    expect(JSON.stringify(findings)).not.toContain(secret);
  });
});

describe('output', () => {
  it('is byte-identical on a second run, in kind then name order', async () => {
    const spec = { modules: { zeta: { createOptions: { ExposedPorts: { '1/tcp': {} } } }, alpha: {} }, registryCredentials: { r: { address: 'r.io', username: 'u', password: 'p' } } };
    const first = emitYaml((await translate(spec)).objects);
    const second = emitYaml((await translate(spec)).objects);
    expect(second).toBe(first);
    const kinds = [...first.matchAll(/^kind: (\w+)$/gm)].map((match) => match[1]);
    expect(kinds).toEqual(['ServiceAccount', 'ServiceAccount', 'ServiceAccount', 'Secret', 'Service', 'Service', 'Deployment', 'Deployment', 'Deployment']);
    expect(first.startsWith('---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: alpha\n')).toBe(true);
  });

  it('round-trips values a YAML 1.1 reader would misread', async () => {
    const tricky = ['on', 'yes', 'No', 'y', '012', '0x1F', '12:30', '1e3', 'true', 'null', '~', '', 'multi\nline\n', '--- not a document', '# hash', 'a: b', '*alias', '2024-01-01'];
    const env = Object.fromEntries(tricky.map((value, index) => [`V${index}`, { value }]));
    const { objects } = await translate({ modules: { a: { env } } });
    const yaml = emitYaml(objects);
    for (const version of ['1.1', '1.2'] as const) {
      const documents = yaml.split(/^---\n/m).filter(Boolean).map((document) => parseYaml(document, { version }));
      const container = documents.find((document) => document.kind === 'Deployment' && document.metadata.name === 'a').spec.template.spec.containers[1];
      expect(container.env.slice(0, tricky.length).map((variable: any) => variable.value)).toEqual(tricky);
    }
  });

  it('writes JSON as one v1 List', async () => {
    const { objects } = await translate({ modules: { a: {} } });
    const list = JSON.parse(emitJson(objects));
    expect(list).toMatchObject({ apiVersion: 'v1', kind: 'List' });
    expect(list.items).toEqual(JSON.parse(JSON.stringify(objects)));
  });
});
