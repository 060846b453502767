// npm run bench: whole-process and in-process time and peak memory of lint and translate on
// synthetic deployments of 10 to 10 000 modules, and the ratios BENCHMARKS.md tracks.
// Prints Markdown. Runs on the built package (npm run bench builds first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/iotedge-k8s.js');
const { loadManifestText, lintManifest, translateManifest, emitYaml } = await import(join(root, 'dist/index.js'));

const SIZES = [10, 100, 1000, 10000];
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** A realistic module: ports, a bind, a volume mount, env, labels, k8s-experimental resources. */
function syntheticManifest(count) {
  const modules = {};
  for (let i = 0; i < count; i++) {
    modules[`module${i}`] = {
      version: '1.0',
      type: 'docker',
      status: 'running',
      restartPolicy: 'always',
      settings: {
        image: `contoso.azurecr.io/module${i}:1.0.${i}`,
        createOptions: JSON.stringify({
          Env: [`INDEX=${i}`, 'Logging:LogLevel:Default=Information'],
          ExposedPorts: { [`${8000 + (i % 1000)}/tcp`]: {} },
          Labels: { 'com.example.team': 'edge' },
          HostConfig: {
            Binds: [`/var/lib/module${i}:/data`],
            Mounts: [{ Type: 'volume', Source: `state${i}`, Target: '/state' }],
            PortBindings: { [`${8000 + (i % 1000)}/tcp`]: [{ HostPort: String(10000 + i) }] },
          },
          'k8s-experimental': { resources: { limits: { cpu: '250m', memory: '128Mi' } } },
        }),
      },
      env: { MODULE_NAME: { value: `module${i}` }, THRESHOLD: { value: 25 } },
    };
  }
  return JSON.stringify(
    {
      modulesContent: {
        $edgeAgent: {
          'properties.desired': {
            schemaVersion: '1.1',
            runtime: { type: 'docker', settings: { registryCredentials: { contoso: { address: 'contoso.azurecr.io', username: 'contoso', password: '$REGISTRY_PASSWORD' } } } },
            systemModules: {
              edgeAgent: { type: 'docker', settings: { image: 'mcr.microsoft.com/azureiotedge-agent:1.4' } },
              edgeHub: { type: 'docker', status: 'running', restartPolicy: 'always', settings: { image: 'mcr.microsoft.com/azureiotedge-hub:1.4', createOptions: '{"HostConfig":{"PortBindings":{"8883/tcp":[{"HostPort":"8883"}]}}}' } },
            },
            modules,
          },
        },
        $edgeHub: { 'properties.desired': { schemaVersion: '1.1', routes: { up: 'FROM /messages/* INTO $upstream' }, storeAndForwardConfiguration: { timeToLiveSecs: 7200 } } },
      },
    },
    null,
    2,
  );
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function wholeProcess(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore'] });
    times.push(performance.now() - start);
    if (result.status === null || result.status > 1) throw new Error(`${args.join(' ')} exited ${result.status}`);
  }
  return median(times);
}

/** Peak resident memory of one CLI run, from the kernel's accounting of the child. */
function peakMemoryMb(args) {
  const probe = `import { main } from ${JSON.stringify(join(root, 'dist/cli/main.js'))};
const io = { stdout() {}, stderr() {}, readStdin: async () => new Uint8Array(), stdinIsTTY: true, stdoutIsTTY: false, stderrIsTTY: false, env: {}, cwd: process.cwd() };
await main(${JSON.stringify(args)}, io);
process.stdout.write(String(process.resourceUsage().maxRSS));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
  return Number(result.stdout) / 1024;
}

async function inProcess(text, command, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const loaded = await loadManifestText(text, 'bench.json');
    if (command === 'lint') lintManifest(loaded);
    else emitYaml(translateManifest(loaded).objects);
    times.push(performance.now() - start);
  }
  return median(times);
}

const dir = mkdtempSync(join(tmpdir(), 'iotedge-k8s-bench-'));
const files = Object.fromEntries([5, ...SIZES].map((count) => {
  const path = join(dir, `deployment-${count}.json`);
  writeFileSync(path, syntheticManifest(count));
  return [count, path];
}));

const rows = [];
const perModule = {};
for (const count of SIZES) {
  const text = readFileSync(files[count], 'utf8');
  const runs = count >= 10000 ? Math.max(3, Math.floor(RUNS / 2)) : RUNS;
  for (const command of ['lint', 'translate']) {
    const args = [command, files[count], '--no-config', '--fail-on', 'none', ...(command === 'lint' ? ['--format', 'json'] : [])];
    const whole = wholeProcess([bin, ...args], runs);
    const inside = await inProcess(text, command, runs);
    const memory = peakMemoryMb(args);
    perModule[`${command}:${count}`] = inside / count;
    rows.push(`| ${command} | ${count} | ${(text.length / 1024).toFixed(0)} KiB | ${whole.toFixed(0)} ms | ${inside.toFixed(1)} ms | ${(inside / count * 1000).toFixed(0)} µs | ${memory.toFixed(0)} MiB |`);
  }
}

const nodeBaseline = wholeProcess(['-e', '0'], RUNS * 2);
const lintSmall = wholeProcess([bin, 'lint', files[5], '--no-config'], RUNS * 2);
const text1000 = readFileSync(files[1000], 'utf8');
const translate1000 = await inProcess(text1000, 'translate', RUNS);
const jsonTimes = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  JSON.stringify(JSON.parse(text1000));
  jsonTimes.push(performance.now() - start);
}
const jsonBaseline = median(jsonTimes);

const ratio = (value, target) => `${value.toFixed(2)}× (target ≤ ${target}×: ${value <= target ? 'met' : 'NOT met'})`;
const lines = [
  `Node ${process.version}, ${process.platform}/${process.arch}, median of ${RUNS} runs (fewer at 10 000 modules).`,
  '',
  '| command | modules | input | whole process | in-process | per module | peak memory |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
  '',
  '| ratio | value |',
  '| --- | --- |',
  `| start-up: \`lint\` on 5 modules (${lintSmall.toFixed(0)} ms) vs \`node -e 0\` (${nodeBaseline.toFixed(0)} ms) | ${ratio(lintSmall / nodeBaseline, 2.0)} |`,
  `| scaling, lint: time per module at 10 000 vs at 100 | ${ratio(perModule['lint:10000'] / perModule['lint:100'], 1.5)} |`,
  `| scaling, translate: time per module at 10 000 vs at 100 | ${ratio(perModule['translate:10000'] / perModule['translate:100'], 1.5)} |`,
  `| 1 000-module translate in-process (${translate1000.toFixed(0)} ms; target < 500 ms) vs JSON.parse + JSON.stringify (${jsonBaseline.toFixed(1)} ms) | ${(translate1000 / jsonBaseline).toFixed(1)}× |`,
];
process.stdout.write(`${lines.join('\n')}\n`);
