import { describe, expect, it } from 'vitest';
import { kubernetesProblems } from '../helpers/k8s-validate.js';

const deployment = (patch: (pod: any) => void): any => {
  const object: any = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'a', namespace: 'ns', labels: { app: 'a' } },
    spec: { replicas: 1, selector: { matchLabels: { app: 'a' } }, template: { metadata: { labels: { app: 'a' } }, spec: { containers: [{ name: 'a', image: 'x' }] } } },
  };
  patch(object);
  return object;
};

describe('the Kubernetes validator used by the translate tests', () => {
  it('accepts a valid Deployment', () => {
    expect(kubernetesProblems([deployment(() => {})])).toEqual([]);
  });

  it.each([
    ['a schema type error', (o: any) => (o.spec.replicas = 'one'), /must be integer/],
    ['an invalid object name', (o: any) => (o.metadata.name = 'Bad_Name'), /DNS-1123 subdomain/],
    ['an invalid label value', (o: any) => (o.metadata.labels.app = '-x-'), /invalid label value/],
    ['a selector that misses the pods', (o: any) => (o.spec.selector.matchLabels.app = 'b'), /selector does not match/],
    ['a mount without a volume', (o: any) => (o.spec.template.spec.containers[0].volumeMounts = [{ name: 'v', mountPath: '/v' }]), /has no volume/],
    ['an env name with a colon', (o: any) => (o.spec.template.spec.containers[0].env = [{ name: 'a:b', value: '1' }]), /invalid env name/],
    ['an invalid container name', (o: any) => (o.spec.template.spec.containers[0].name = 'A.b'), /invalid container name/],
  ])('rejects %s', (_name, patch, message) => {
    expect(kubernetesProblems([deployment(patch)]).join('\n')).toMatch(message);
  });

  it('rejects a Service whose selector matches no pods, or a name that is not DNS-1035', () => {
    const service = { apiVersion: 'v1', kind: 'Service', metadata: { name: '1svc', namespace: 'ns' }, spec: { selector: { app: 'zzz' }, ports: [{ name: 'p', port: 80 }] } };
    const problems = kubernetesProblems([deployment(() => {}), service as any]).join('\n');
    expect(problems).toMatch(/DNS-1035/);
    expect(problems).toMatch(/matches no Deployment/);
  });
});
