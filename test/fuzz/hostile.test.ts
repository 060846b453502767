import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, buildManifestObject } from '../helpers/manifest-builder.js';
import { kubernetesProblems } from '../helpers/k8s-validate.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { translateManifest } from '../../src/api.js';
import { loadManifestText } from '../../src/manifest/load.js';

const dir = mkdtempSync(join(tmpdir(), 'iotedge-k8s-hostile-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A clean end: exit 0, 1 or 2, no stack trace, and stdout that is a whole document or nothing. */
function expectClean(result: CliRun): void {
  expect([0, 1, 2]).toContain(result.code);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(result.stderr).not.toContain('internal error');
}

async function both(path: string, ...args: string[]): Promise<CliRun[]> {
  return [await runCli(['lint', path, '--no-config', ...args]), await runCli(['translate', path, '--no-config', ...args])];
}

describe('hostile inputs end cleanly, in bounded time', () => {
  it.each([
    ['an empty file', '', 1],
    ['whitespace only', ' \n\t\r\n ', 1],
    ['binary data that is valid UTF-8', '\u0000\u0001\u0002{}\u0000', 1],
  ])('%s is an invalid-json finding', async (name, content, code) => {
    for (const result of await both(file(`${name}.json`, content))) {
      expectClean(result);
      expect(result.code).toBe(code);
    }
    expect((await runCli(['lint', join(dir, `${name}.json`)])).stdout).toMatch(/1:1 +error +Invalid JSON|invalid-json/);
  });

  it('invalid UTF-8 is a one-line error', async () => {
    for (const result of await both(file('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d])))) {
      expect(result).toMatchObject({ code: 2 });
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain('first bad byte at offset 2');
    }
  });

  it('a 50 MB file is refused by the input limit, and the limit is configurable', async () => {
    const big = file('big.json', `{"modulesContent": {"pad": "${'x'.repeat(50 * 1024 * 1024)}"}}`);
    for (const result of await both(big)) {
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/over the input limit of 16777216 bytes \(--max-input-size\)\n$/);
    }
    const raised = await runCli(['lint', big, '--no-config', '--max-input-size', '64MiB', '--format', 'json']);
    expectClean(raised);
    expect(JSON.parse(raised.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('manifest-shape');
  }, 60_000);

  it('JSON nested 100 000 levels deep is a finding, not a stack overflow', async () => {
    for (const result of await both(file('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`))) {
      expectClean(result);
      expect(result.code).toBe(1);
    }
  });

  it('a 5 MB createOptions string is reported and the module left out', async () => {
    const path = file('huge-options.json', buildManifest({ modules: { blob: { createOptions: { Env: ['A=1'], Cmd: ['x'.repeat(5 * 1024 * 1024)] } }, small: {} } }));
    const lint = await runCli(['lint', path, '--no-config', '--format', 'json']);
    const translate = await runCli(['translate', path, '--no-config']);
    expect(JSON.parse(lint.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('module-too-large');
    expect(translate!.stdout).not.toContain('name: blob');
    expect(translate!.stdout).toContain('name: small');
  });

  it('10 000 modules', async () => {
    const modules = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`module${i}`, { createOptions: { ExposedPorts: { '80/tcp': {} } } }]));
    const [lint, translate] = await both(file('many.json', buildManifest({ modules })));
    expectClean(lint!);
    expect(translate!.code).toBe(0);
    expect(translate!.stdout.match(/^kind: Deployment$/gm)).toHaveLength(10_001);
  }, 60_000);

  it('__proto__, constructor and prototype as module names, env names and twin keys stay data', async () => {
    const object = buildManifestObject({ modules: {} });
    const desired = (object.modulesContent as any).$edgeAgent['properties.desired'];
    for (const name of ['__proto__', 'constructor', 'prototype']) {
      Object.defineProperty(desired.modules, name, { enumerable: true, value: { type: 'docker', settings: { image: 'acr.io/x:1', createOptions: JSON.stringify({ HostConfig: { [name]: 1 }, 'k8s-experimental': { [name]: {}, resources: { limits: { [name]: '1' } } } }) }, env: { [name]: { value: name } } } });
      Object.defineProperty(object.modulesContent as object, name, { enumerable: true, value: { 'properties.desired': { [name]: { polluted: true } } } });
    }
    const text = JSON.stringify(object);
    expect(text).toContain('"__proto__":{"type":"docker"');
    for (const result of await both(file('proto.json', text))) expectClean(result);
    const translated = await runCli(['translate', join(dir, 'proto.json'), '--no-config', '-o', 'json']);
    const names = JSON.parse(translated.stdout).items.filter((o: { kind: string }) => o.kind === 'Deployment').map((o: any) => o.metadata.name);
    // "__proto__" sanitizes to the ordinary name "proto": a module like any other.
    expect(names).toEqual(['constructor', 'edgehub', 'proto', 'prototype']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('type');
  });

  it('path-like and case-twin module names never become paths or duplicates', async () => {
    const path = file('names.json', buildManifest({ modules: { '../../etc/passwd': {}, 'Sensor': {}, 'sensor': {}, 'ok': {} } }));
    const out = mkdtempSync(join(tmpdir(), 'iotedge-k8s-names-'));
    const result = await runCli(['translate', path, '--no-config', '--out-dir', out]);
    expectClean(result);
    expect(readdirSync(out).sort()).toEqual(['deployment-edgehub.yaml', 'deployment-ok.yaml', 'kustomization.yaml', 'service-edgehub.yaml', 'serviceaccount-edgehub.yaml', 'serviceaccount-ok.yaml']);
    expect(result.stderr).toContain('invalid-module-name');
    expect(result.stderr).toContain('module-name-collision');
  });

  it('numbers where strings belong and the reverse', async () => {
    const object = buildManifestObject({ modules: { a: {} } });
    const desired = (object.modulesContent as any).$edgeAgent['properties.desired'];
    Object.assign(desired.modules.a, { status: 1, restartPolicy: true, startupOrder: '2', version: 3, env: { N: { value: 5 }, S: 7 } });
    desired.modules.a.settings = { image: 42, createOptions: 17 };
    desired.modules.b = { type: 'docker', settings: { image: 'acr.io/b:1', createOptions: JSON.stringify({ Env: [1, 'A=1'], Cmd: 'run', ExposedPorts: { '80/tcp': 'x' }, HostConfig: { Privileged: 1, Binds: '/a:/b', PortBindings: { '80/tcp': { HostPort: 80 } } }, Labels: { a: 1 } }) } };
    desired.schemaVersion = 1.1;
    const text = JSON.stringify(object);
    for (const result of await both(file('types.json', text))) expectClean(result);
    const { objects } = translateManifest(await loadManifestText(text, 'types.json'));
    expect(kubernetesProblems(objects)).toEqual([]);
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toContain('Deployment/b');
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).not.toContain('Deployment/a');
  });
});
