import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeDeployment } from '../../src/manifest/layers.js';
import { loadManifest } from '../../src/manifest/load.js';
import { runRules } from '../../src/rules/run-rules.js';
import { translateModel } from '../../src/translate/translate.js';
import { buildManifest } from '../helpers/manifest-builder.js';
import { runCli } from '../helpers/run-cli.js';
import { CORPUS_DIR, HAS_CORPUS, corpusFiles } from '../helpers/shared.js';

const dir = mkdtempSync(join(tmpdir(), 'iotedge-k8s-layers-'));
function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

const module = (image: string, extra: Record<string, unknown> = {}) => ({ type: 'docker', status: 'running', restartPolicy: 'always', settings: { image }, ...extra });
const layer = (agent: Record<string, unknown>, hub: Record<string, unknown> = {}, twins: Record<string, unknown> = {}) => ({
  content: { modulesContent: { $edgeAgent: agent, ...(Object.keys(hub).length > 0 ? { $edgeHub: hub } : {}), ...twins } },
});

const base = file('base.json', buildManifest({ modules: { sensor: { image: 'acr.io/sensor:1' }, filter: { image: 'acr.io/filter:1' } }, routes: { up: 'FROM /messages/* INTO $upstream' }, twins: { filter: { 'properties.desired': { threshold: 1 } } } }));

async function compose(...layers: [string, number][]) {
  return composeDeployment(await loadManifest(base), await Promise.all(layers.map(async ([path, priority]) => ({ loaded: await loadManifest(path), priority }))));
}

describe('layer merge semantics', () => {
  it('a single module key adds a module or replaces the one of that name', async () => {
    const path = file('one.json', layer({ 'properties.desired.modules.filter': module('acr.io/filter:2'), 'properties.desired.modules.extra': module('acr.io/extra:1') }));
    const manifest = (await compose([path, 0])).manifest!;
    expect(manifest.modules.filter((m) => !m.system).map((m) => [m.name, m.image!.value])).toEqual([
      ['sensor', 'acr.io/sensor:1'],
      ['filter', 'acr.io/filter:2'],
      ['extra', 'acr.io/extra:1'],
    ]);
  });

  it('the whole modules map replaces the base modules; the whole routes map replaces the routes', async () => {
    const path = file('whole.json', layer({ 'properties.desired.modules': { only: module('acr.io/only:1') } }, { 'properties.desired.routes': { mine: 'FROM /messages/modules/only/* INTO $upstream' } }));
    const manifest = (await compose([path, 0])).manifest!;
    expect(manifest.modules.map((m) => m.name)).toEqual(['edgeAgent', 'edgeHub', 'only']);
    expect(manifest.routes.map((r) => r.name)).toEqual(['mine']);
  });

  it('single routes merge by name', async () => {
    const path = file('route.json', layer({}, { 'properties.desired.routes.up': 'FROM /messages/modules/sensor/* INTO $upstream', 'properties.desired.routes.more': 'FROM /messages/* INTO $upstream' }));
    const manifest = (await compose([path, 0])).manifest!;
    expect(manifest.routes.map((r) => [r.name, r.text])).toEqual([
      ['up', 'FROM /messages/modules/sensor/* INTO $upstream'],
      ['more', 'FROM /messages/* INTO $upstream'],
    ]);
  });

  it('higher priority wins, and equal priorities go by order', async () => {
    const low = file('low.json', layer({ 'properties.desired.modules.filter': module('acr.io/filter:low') }));
    const high = file('high.json', layer({ 'properties.desired.modules.filter': module('acr.io/filter:high') }));
    const image = async (...layers: [string, number][]) => (await compose(...layers)).manifest!.modules.find((m) => m.name === 'filter')!.image!.value;
    expect(await image([high, 10], [low, 1])).toBe('acr.io/filter:high');
    expect(await image([low, 1], [high, 10])).toBe('acr.io/filter:high');
    expect(await image([high, 5], [low, 5])).toBe('acr.io/filter:low');
  });

  it('module twin sections replace the twin of that name', async () => {
    const path = file('twin.json', layer({}, {}, { filter: { 'properties.desired': { threshold: 2 } } }));
    const layered = await compose([path, 0]);
    const twin = layered.manifest!.twins.find((t) => t.name === 'filter')!;
    expect(layered.fileOf(twin.at)).toBe(path);
    expect(layered.valueAt(twin.at)).toEqual({ 'properties.desired': { threshold: 2 } });
  });

  it('a twin section path patches the twin; the base twin stays', async () => {
    const path = file('section.json', layer({}, {}, { filter: { 'properties.desired.alerts': { level: 3 } }, sensor: { 'properties.desired.rate': { hz: 5 } } }));
    const layered = await compose([path, 0]);
    const twins = Object.fromEntries(layered.manifest!.twins.map((t) => [t.name, layered.fileOf(t.at)]));
    expect(twins).toEqual({ filter: base, sensor: path });
  });

  it('findings point into the file each value came from', async () => {
    const path = file('findings.json', layer({ 'properties.desired.modules.extra': module('acr.io/extra:1', { restartPolicy: 'never' }) }));
    const findings = runRules(await compose([path, 0]));
    const restart = findings.find((f) => f.ruleId === 'restart-policy')!;
    expect(restart).toMatchObject({ file: path, path: '/content/modulesContent/$edgeAgent/properties.desired.modules.extra/restartPolicy', location: { line: 8 } });
    const twin = findings.find((f) => f.ruleId === 'module-twin')!;
    expect(twin).toMatchObject({ file: base, path: '/modulesContent/filter' });
  });

  it('translates the effective deployment', async () => {
    const path = file('translate.json', layer({ 'properties.desired.modules.filter': module('acr.io/filter:2', { status: 'stopped' }) }));
    const objects = translateModel((await compose([path, 0])).manifest!);
    const filter = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'filter') as any;
    expect(filter.spec.replicas).toBe(0);
    expect(filter.spec.template.spec.containers[1].image).toBe('acr.io/filter:2');
  });
});

describe('layers on the command line', () => {
  it('lint and translate take --layer FILE[:priority]', async () => {
    const path = file('cli.json', layer({ 'properties.desired.modules.filter': module('acr.io/filter:9') }));
    const translated = await runCli(['translate', base, '--layer', `${path}:3`, '--no-config']);
    expect(translated.stdout).toContain('image: acr.io/filter:9');
    const linted = await runCli(['lint', base, '--layer', path, '--no-config', '--format', 'json']);
    expect(JSON.parse(linted.stdout).files.map((f: { file: string }) => f.file)).toEqual([base, path]);
    expect((await runCli(['lint', base, base, '--layer', path])).code).toBe(2);
  });

  it('a layer linted on its own is linted as a layer', async () => {
    const path = file('alone.json', layer({ 'properties.desired.modules.extra': module('acr.io/extra:1') }, { 'properties.desired.routes.r': 'FROM /messages/modules/other/* INTO $upstream' }));
    const result = JSON.parse((await runCli(['lint', path, '--no-config', '--format', 'json'])).stdout);
    const rules = result.findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}:${f.severity}`);
    expect(rules).toEqual(['route-unknown-module:info']);
  });
});

describe.skipIf(!HAS_CORPUS)('corpus layered deployments', () => {
  it('apply on top of a base deployment, keeping their findings in their own files', async () => {
    const layered = corpusFiles().filter((name) => ['08-', '15-', '18-', '35-'].some((prefix) => name.startsWith(prefix)));
    expect(layered).toHaveLength(4);
    for (const name of layered) {
      const path = `${CORPUS_DIR}${name}`;
      const composed = await compose([path, 0]);
      const layerModules = (await loadManifest(path)).manifest!.modules.map((m) => m.name);
      for (const moduleName of layerModules) expect(composed.manifest!.modules.map((m) => m.name), name).toContain(moduleName);
      const findings = runRules(composed);
      for (const finding of findings.filter((f) => f.file === path)) expect(finding.location, `${name} ${finding.ruleId}`).toBeDefined();
      expect(translateModel(composed.manifest!).length).toBeGreaterThan(0);
    }
  });
});
