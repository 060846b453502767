import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve('.');
const bin = join(root, 'bin/iotedge-k8s.js');

describe('the built command', () => {
  it('runs through the bin shim with the documented exit codes', () => {
    const ok = spawnSync(process.execPath, [bin, 'translate', 'examples/deployment.json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('kind: Deployment');
    const findings = spawnSync(process.execPath, [bin, 'lint', 'fixtures/host-network/deployment.json'], { encoding: 'utf8' });
    expect(findings.status).toBe(1);
    const missing = spawnSync(process.execPath, [bin, 'lint', 'no/such/file.json'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads standard input through the shim', () => {
    const result = spawnSync(process.execPath, [bin, 'lint', '-', '--format', 'json'], { input: '{"x":', encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).findings[0]).toMatchObject({ ruleId: 'invalid-json', file: '<stdin>' });
  });
});

describe('npm pack', () => {
  it('produces a package that installs globally and runs', () => {
    const work = mkdtempSync(join(tmpdir(), 'iotedge-k8s-pack-'));
    execFileSync('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'))!;
    const prefix = join(work, 'global');
    execFileSync('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--silent', join(work, tarball)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const installed = join(prefix, 'bin', 'iotedge-k8s');
    const version = execFileSync(installed, ['--version'], { encoding: 'utf8' });
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const lint = spawnSync(installed, ['lint', join(root, 'examples/deployment.json')], { encoding: 'utf8' });
    expect(lint.status).toBe(0);
    expect(lint.stdout).toContain('registry-password');
    expect(spawnSync(installed, ['explain', 'env-name-colon'], { encoding: 'utf8' }).stdout).toMatch(/^# env-name-colon\n/);
    // The library entry point resolves through "exports" from a consumer beside node_modules.
    const consumer = join(prefix, 'lib', 'consumer.mjs');
    writeFileSync(consumer, "import { loadManifestText, lintManifest, RULES } from 'iotedge-k8s';\nconst loaded = await loadManifestText('{}');\nconsole.log(RULES.length, lintManifest(loaded).map((f) => f.ruleId).join(','));\n");
    expect(execFileSync(process.execPath, [consumer], { encoding: 'utf8' })).toMatch(/^\d+ manifest-shape\n$/);
    const packed = execFileSync('tar', ['-tzf', join(work, tarball)], { encoding: 'utf8' }).split('\n');
    expect(packed).toContain('package/dist/index.js');
    expect(packed).toContain('package/schemas/deployment-manifest.schema.json');
    expect(packed.some((name) => name.startsWith('package/test/') || name.startsWith('package/src/'))).toBe(false);
  }, 120_000);
});
