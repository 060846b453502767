import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translateManifest } from '../../src/api.js';
import { emitYaml } from '../../src/emit/yaml.js';
import { loadManifestText } from '../../src/manifest/load.js';
import { runRules } from '../../src/rules/run-rules.js';
import { kubernetesProblems } from '../helpers/k8s-validate.js';
import { CORPUS_DIR, corpusFiles } from '../helpers/shared.js';

/**
 * Mutates real manifests (the project's fixtures and ../shared/corpus) and checks, for lint and
 * translate: no exception escapes, every emitted object is valid, a second run is identical.
 * A fixed seed runs in every CI; FUZZ_SECONDS adds a time-boxed random run.
 */
const seeds = [
  ...readdirSync('fixtures').flatMap((name) => readdirSync(`fixtures/${name}`).filter((file) => file.endsWith('.json')).map((file) => readFileSync(`fixtures/${name}/${file}`, 'utf8'))),
  readFileSync('examples/deployment.json', 'utf8'),
  ...corpusFiles().map((name) => readFileSync(`${CORPUS_DIR}${name}`, 'utf8')),
].filter((text) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const nastyString = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', ':', 'a:b', '__proto__', 'constructor', 'prototype', '../../etc/passwd', 'host', 'Host', 'true', '80/tcp', '9229/tcp', '/dev/video0:/dev/video0', 'C:/x:/y', 'x:y:ro', '${VAR}', '$edgeHub', 'nvidia', '{"a":', 'null', '\u0000', '\ud800', 'A'.repeat(300)),
);
const leaf: fc.Arbitrary<Json> = fc.oneof(nastyString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const value: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof({ maxDepth: 3 }, leaf, fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(nastyString, tie('value'), { maxKeys: 3 })),
})).value;

/** All container nodes of a JSON value with the path to them. */
function paths(root: Json): (string | number)[][] {
  const out: (string | number)[][] = [[]];
  const walk = (node: Json, path: (string | number)[]) => {
    if (Array.isArray(node)) node.forEach((child, index) => { out.push([...path, index]); walk(child, [...path, index]); });
    else if (node !== null && typeof node === 'object') for (const key of Object.keys(node)) { out.push([...path, key]); walk(node[key]!, [...path, key]); }
  };
  walk(root, []);
  return out;
}

type Mutation = { kind: 'set' | 'delete' | 'stringify' | 'insert'; at: number; key: string; value: Json };
const mutation: fc.Arbitrary<Mutation> = fc.record({ kind: fc.constantFrom('set', 'delete', 'stringify', 'insert'), at: fc.nat(), key: nastyString, value });

function mutate(root: Json, mutations: readonly Mutation[]): Json {
  const copy = JSON.parse(JSON.stringify(root)) as Json;
  for (const m of mutations) {
    const all = paths(copy);
    const path = all[m.at % all.length]!;
    if (path.length === 0) continue;
    const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy);
    const key = path[path.length - 1]!;
    if (m.kind === 'set') parent[key] = m.value;
    else if (m.kind === 'delete') Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
    else if (m.kind === 'stringify') parent[key] = JSON.stringify(parent[key]) ?? '';
    else if (parent[key] !== null && typeof parent[key] === 'object' && !Array.isArray(parent[key])) Object.defineProperty(parent[key], m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

async function check(text: string): Promise<void> {
  const loaded = await loadManifestText(text, 'fuzz.json');
  const findings = runRules(loaded);
  for (const finding of findings) expect(typeof finding.message).toBe('string');
  for (const version of [{ major: 1, minor: 30 }, { major: 1, minor: 34 }]) {
    const { objects } = translateManifest(loaded, { kubernetesVersion: version, storageClass: 'standard' });
    expect(kubernetesProblems(objects, { relaxedEnvNames: version.minor >= 34 })).toEqual([]);
    const again = translateManifest(await loadManifestText(text, 'fuzz.json'), { kubernetesVersion: version, storageClass: 'standard' });
    expect(emitYaml(again.objects)).toBe(emitYaml(objects));
  }
  expect(Object.prototype).not.toHaveProperty('polluted');
}

const property = fc.asyncProperty(fc.nat(seeds.length - 1), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (index, mutations) => {
  const mutated = mutate(JSON.parse(seeds[index]!) as Json, mutations);
  await check(JSON.stringify(mutated, null, 2));
});

const portKey = fc.oneof(fc.constantFrom('80/tcp', '53/udp', '9229/tcp', '443', 'http/tcp', '70000/tcp', '1/sctp', '80/TCP'), nastyString);
const word = fc.oneof(fc.constantFrom('data', '/data', '/dev/video0', 'C:/x', '../x', '/a/../b', 'vol', '', '---', 'config-volume'), nastyString);
const quantity = fc.oneof(fc.constantFrom('100m', '1', '128Mi', '1Gi', '0.5', 'abc', '', '12 bananas'), fc.integer(), value);
const loose = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: value as fc.Arbitrary<unknown> });
const createOptions = fc.record(
  {
    Env: loose(fc.array(fc.oneof(fc.constantFrom('A=1', 'a:b=2', '1X=3', 'NOEQ', '=v', 'B=='), nastyString), { maxLength: 4 })),
    ExposedPorts: loose(fc.dictionary(portKey, fc.constant({}), { maxKeys: 3 })),
    Labels: loose(fc.dictionary(nastyString, fc.oneof(nastyString, value), { maxKeys: 3 })),
    Cmd: loose(fc.array(nastyString, { maxLength: 3 })),
    Entrypoint: loose(fc.oneof(fc.array(nastyString, { maxLength: 3 }), nastyString)),
    WorkingDir: loose(nastyString),
    HostConfig: loose(
      fc.record(
        {
          Binds: loose(fc.array(fc.tuple(word, word, fc.constantFrom('', ':ro', ':rw,z')).map(([a, b, c]) => `${a}:${b}${c}`), { maxLength: 3 })),
          Mounts: loose(fc.array(fc.record({ Type: fc.oneof(fc.constantFrom('bind', 'volume', 'tmpfs', 'Volume'), value), Source: loose(word), Target: loose(word), ReadOnly: loose(fc.boolean()) }, { requiredKeys: [] }), { maxLength: 3 })),
          PortBindings: loose(fc.dictionary(portKey, fc.array(fc.record({ HostPort: fc.oneof(fc.constantFrom('8080', '80', '0', 'x', '70000'), value), HostIp: loose(nastyString) }, { requiredKeys: [] }), { maxLength: 2 }), { maxKeys: 3 })),
          NetworkMode: loose(fc.constantFrom('host', 'Host', 'bridge', '')),
          IpcMode: loose(fc.constantFrom('host', 'private')),
          PidMode: loose(fc.constantFrom('host', '')),
          Privileged: loose(fc.constantFrom(true, false, 'true', 'yes')),
          Devices: value,
          Memory: value,
        },
        { requiredKeys: [] },
      ),
    ),
    'k8s-experimental': loose(
      fc.record(
        {
          volumes: loose(fc.array(fc.record({ volume: loose(fc.record({ name: loose(word), emptyDir: loose(fc.record({ medium: loose(fc.constantFrom('Memory', '')), sizeLimit: quantity }, { requiredKeys: [] })), configMap: loose(fc.record({ name: loose(word), optional: loose(fc.boolean()) }, { requiredKeys: [] })), persistentVolumeClaim: loose(fc.record({ claimName: loose(word) }, { requiredKeys: [] })) }, { requiredKeys: [] })), volumeMounts: loose(fc.array(fc.record({ name: loose(word), mountPath: loose(word), readOnly: loose(fc.boolean()) }, { requiredKeys: [] }), { maxLength: 2 })) }, { requiredKeys: [] }), { maxLength: 2 })),
          resources: loose(fc.record({ limits: loose(fc.dictionary(fc.constantFrom('cpu', 'memory', 'nvidia.com/gpu', 'bad key!'), quantity, { maxKeys: 2 })), requests: loose(fc.dictionary(fc.constantFrom('cpu', 'memory'), quantity, { maxKeys: 2 })) }, { requiredKeys: [] })),
          nodeSelector: loose(fc.dictionary(fc.oneof(fc.constantFrom('edge', 'kubernetes.io/arch', 'bad key!'), nastyString), fc.oneof(nastyString, value), { maxKeys: 2 })),
          securityContext: loose(fc.record({ runAsUser: loose(fc.integer()), runAsNonRoot: loose(fc.boolean()), fsGroup: loose(fc.integer()), supplementalGroups: loose(fc.array(fc.integer(), { maxLength: 2 })), seccompProfile: loose(fc.record({ type: loose(fc.constantFrom('RuntimeDefault', 'Localhost', 'Nope')) }, { requiredKeys: [] })) }, { requiredKeys: [] })),
          serviceOptions: loose(fc.record({ type: loose(fc.constantFrom('LoadBalancer', 'nodeport', 'Ingress')), loadBalancerIP: loose(nastyString) }, { requiredKeys: [] })),
          strategy: loose(fc.record({ type: loose(fc.constantFrom('Recreate', 'RollingUpdate', 'BlueGreen')), rollingUpdate: loose(fc.record({ maxSurge: loose(fc.oneof(fc.integer(), fc.constantFrom('25%', 'x'))), maxUnavailable: loose(fc.oneof(fc.integer(), fc.constantFrom('25%'))) }, { requiredKeys: [] })) }, { requiredKeys: [] })),
          Resources: value,
          bogus: value,
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);

const createOptionsProperty = fc.asyncProperty(fc.nat(seeds.length - 1), fc.nat(), createOptions, fc.boolean(), async (index, pick, options, asObject) => {
  const manifest = JSON.parse(seeds[index]!) as any;
  const desired = manifest.modulesContent?.$edgeAgent?.['properties.desired'] ?? manifest.content?.modulesContent?.$edgeAgent?.['properties.desired'];
  const modules = desired?.modules && typeof desired.modules === 'object' ? Object.values(desired.modules) : [];
  const target: any = modules[pick % Math.max(modules.length, 1)];
  if (target?.settings && typeof target.settings === 'object') target.settings.createOptions = asObject ? options : JSON.stringify(options);
  await check(JSON.stringify(manifest, null, 2));
});

describe('fuzzing lint and translate with mutated real manifests', () => {
  it('holds for generated createOptions (fixed seed)', async () => {
    await fc.assert(createOptionsProperty, { seed: 7, numRuns: 400 });
  }, 120_000);

  it('holds for a fixed seed', async () => {
    await fc.assert(property, { seed: 20261204, numRuns: 300 });
  }, 120_000);

  const seconds = Number(process.env.FUZZ_SECONDS ?? 10);
  it(`holds for a random run of ${seconds} s`, async () => {
    const either = fc.asyncProperty(fc.boolean(), fc.nat(seeds.length - 1), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.nat(), createOptions, async (structured, index, mutations, pick, options) => {
      if (structured) await createOptionsProperty.run([index, pick, options, false] as never);
      else await check(JSON.stringify(mutate(JSON.parse(seeds[index]!) as Json, mutations), null, 2));
    });
    await fc.assert(either, { interruptAfterTimeLimit: seconds * 1000, numRuns: Number.MAX_SAFE_INTEGER, markInterruptAsFailure: false });
  }, 30_000 + seconds * 2000);

  it('holds for text-level damage: truncation and byte flips', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(seeds.length - 1), fc.nat(), fc.nat(), fc.constantFrom('truncate', 'flip', 'delete'), async (index, at, byte, kind) => {
        const text = seeds[index]!;
        const i = at % text.length;
        const damaged = kind === 'truncate' ? text.slice(0, i) : kind === 'flip' ? text.slice(0, i) + String.fromCharCode(byte % 128) + text.slice(i + 1) : text.slice(0, i) + text.slice(i + 1);
        await check(damaged);
      }),
      { seed: 42, numRuns: 300 },
    );
  }, 120_000);
});
