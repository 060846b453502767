import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../helpers/manifest-builder.js';
import { runCli } from '../helpers/run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'iotedge-k8s-'));
function write(dir: string, name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('exit codes', () => {
  const dir = tmp();
  const clean = write(dir, 'clean.json', buildManifest({ modules: { a: {} } }));
  const warnings = write(dir, 'warn.json', buildManifest({ modules: { a: { restartPolicy: 'never' } } }));
  const errors = write(dir, 'err.json', buildManifest({ modules: { a: { image: '${MODULES.a}' } } }));

  it.each([
    [clean, 'error', 0],
    [clean, 'info', 1],
    [warnings, 'error', 0],
    [warnings, 'warning', 1],
    [errors, 'error', 1],
    [errors, 'none', 0],
  ])('lint %s --fail-on %s exits %i', async (file, failOn, code) => {
    expect((await runCli(['lint', file, '--fail-on', failOn])).code).toBe(code);
  });

  it('exits 1 when warnings exceed --max-warnings', async () => {
    expect((await runCli(['lint', warnings, '--max-warnings', '1'])).code).toBe(0);
    expect((await runCli(['lint', warnings, '--max-warnings', '0'])).code).toBe(1);
  });

  it('translate follows the same threshold and still prints the objects', async () => {
    const result = await runCli(['translate', errors]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('kind: Deployment');
    expect((await runCli(['translate', errors, '--fail-on', 'none'])).code).toBe(0);
  });

  it('prints file:line:column and exits 1 for invalid JSON', async () => {
    const bad = write(dir, 'bad.json', '{\n  "modulesContent": {\n    "x": tru\n  }\n}\n');
    const result = await runCli(['lint', bad]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/bad\.json\n {2}3:10 +error +Invalid JSON/);
  });

  it('prints one line and exits 2 for a missing file', async () => {
    const result = await runCli(['lint', join(dir, 'nope.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`iotedge-k8s: ${join(dir, 'nope.json')}: no such file\n`);
    expect(result.stdout).toBe('');
  });

  it('exits 2 on usage errors, with one line', async () => {
    for (const argv of [['lint', clean, '--fail-on', 'sometimes'], ['translate', clean, '--kubernetes-version', 'latest'], ['lint', clean, '--format', 'xml'], ['explain', 'no-such-rule'], ['frobnicate']]) {
      const result = await runCli(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')[0]).toMatch(/^(iotedge-k8s: |error: )/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 2 for invalid UTF-8 and input over the size limit', async () => {
    const binary = join(dir, 'binary.json');
    writeFileSync(binary, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await runCli(['lint', binary])).toMatchObject({ code: 2, stderr: expect.stringContaining('not valid UTF-8') });
    expect(await runCli(['lint', clean, '--max-input-size', '100'])).toMatchObject({ code: 2, stderr: expect.stringContaining('over the input limit') });
  });
});

describe('input and output', () => {
  it('reads standard input with "-" or when no file is named', async () => {
    const manifest = buildManifest({ modules: { a: {} } });
    for (const argv of [['translate', '-'], ['translate']]) {
      const result = await runCli(argv, { stdin: manifest });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('name: a\n');
    }
    const lint = await runCli(['lint'], { stdin: '{' });
    expect(lint.stdout).toContain('<stdin>');
  });

  it('refuses to wait on a terminal', async () => {
    expect(await runCli(['lint'])).toMatchObject({ code: 2, stderr: expect.stringContaining('no input') });
  });

  it('lints several files in one run, sorted by file', async () => {
    const dir = tmp();
    const a = write(dir, 'a.json', buildManifest({ modules: { x: { restartPolicy: 'never' } } }));
    const b = write(dir, 'b.json', buildManifest({ modules: { x: { restartPolicy: 'never' } } }));
    const result = await runCli(['lint', b, a, '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.files).toEqual([{ file: b, findings: 4 }, { file: a, findings: 4 }]);
    expect(report.summary).toEqual({ errors: 0, warnings: 2, infos: 6, suppressed: 0, baselined: 0 });
  });

  it('keeps stdout for objects and stderr for findings', async () => {
    const result = await runCli(['translate', 'fixtures/host-network/deployment.json']);
    expect(result.stdout.startsWith('---\napiVersion: v1\n')).toBe(true);
    expect(result.stdout).not.toContain('multiple-host-network');
    expect(result.stderr).toContain('multiple-host-network');
  });

  it('prints JSON as a v1 List with -o json', async () => {
    const result = await runCli(['translate', 'fixtures/services-internal/deployment.json', '-o', 'json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ apiVersion: 'v1', kind: 'List', items: expect.any(Array) });
  });

  it('writes one file per object and a kustomization.yaml with --out-dir, atomically and only inside it', async () => {
    const dir = tmp();
    const outside = write(dir, 'outside.yaml', 'keep me\n');
    const out = join(dir, 'out');
    // A link planted where an output file goes must be replaced, not written through.
    mkdirSync(out);
    symlinkSync(outside, join(out, 'deployment-edgehub.yaml'));
    const result = await runCli(['translate', 'fixtures/services-internal/deployment.json', '--out-dir', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual([
      'deployment-aspnetapp.yaml',
      'deployment-edgehub.yaml',
      'kustomization.yaml',
      'service-aspnetapp.yaml',
      'service-edgehub.yaml',
      'serviceaccount-aspnetapp.yaml',
      'serviceaccount-edgehub.yaml',
    ]);
    expect(readFileSync(outside, 'utf8')).toBe('keep me\n');
    expect(readFileSync(join(out, 'kustomization.yaml'), 'utf8')).toBe(
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - serviceaccount-aspnetapp.yaml\n  - serviceaccount-edgehub.yaml\n  - service-aspnetapp.yaml\n  - service-edgehub.yaml\n  - deployment-aspnetapp.yaml\n  - deployment-edgehub.yaml\n',
    );
    const golden = readFileSync('fixtures/services-internal/expected/k8s.yaml', 'utf8');
    expect(golden).toContain(readFileSync(join(out, 'deployment-aspnetapp.yaml'), 'utf8'));
    expect(readdirSync(out).some((name) => name.endsWith('.tmp'))).toBe(false);
  });

  it('colours text only when asked or on a terminal, honouring NO_COLOR and FORCE_COLOR', async () => {
    const file = 'fixtures/host-network/deployment.json';
    expect((await runCli(['lint', file])).stdout).not.toContain('\u001b[');
    expect((await runCli(['lint', file], { stdoutIsTTY: true })).stdout).toContain('\u001b[');
    expect((await runCli(['lint', file], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await runCli(['lint', file], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
    expect((await runCli(['lint', file, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('prints only errors with --quiet', async () => {
    const result = await runCli(['lint', 'fixtures/host-network/deployment.json', '--quiet']);
    expect(result.stdout).toContain('multiple-host-network');
    expect(result.stdout).not.toContain('privileged-module');
  });
});

describe('rules, explain, help and version', () => {
  it('lists the catalogue', async () => {
    const result = await runCli(['rules', '--format', 'json']);
    const rules = JSON.parse(result.stdout);
    expect(rules.map((rule: { id: string }) => rule.id)).toContain('env-name-colon');
    expect(rules.find((rule: { id: string }) => rule.id === 'env-name-colon')).toMatchObject({ fixable: true, severity: 'error' });
  });

  it('suggests a rule for a near miss', async () => {
    expect((await runCli(['explain', 'env-colon'])).stderr).toBe('iotedge-k8s: unknown rule "env-colon"; did you mean env-name-colon?\n');
  });

  it('explains a rule from its page', async () => {
    const result = await runCli(['explain', 'multiple-host-network']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync('docs/rules/multiple-host-network.md', 'utf8'));
  });

  it('prints help and the version and exits 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: iotedge-k8s');
    const version = await runCli(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: `${JSON.parse(readFileSync('package.json', 'utf8')).version}\n` });
  });

  it('does not leave a half-written report behind', async () => {
    const dir = tmp();
    const result = await runCli(['lint', 'fixtures/host-network/deployment.json', '--format', `json=${join(dir, 'report.json')}`]);
    expect(result.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).findings).toHaveLength(6);
    expect(existsSync(join(dir, 'report.json'))).toBe(true);
  });
});
