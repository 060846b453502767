import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../helpers/manifest-builder.js';
import { runCli } from '../helpers/run-cli.js';

const PASSWORD = 'Sup3r-S3cret-Registry-Pw!';
const SECOND = 'An0ther:Secret,With%Chars';
const manifest = buildManifest({
  registryCredentials: {
    acr: { address: 'contoso.azurecr.io', username: 'contoso', password: PASSWORD },
    hub: { address: 'docker.io', username: 'me', password: SECOND },
  },
  modules: {
    // Findings on lines right next to the credentials, so a diff's context would show them.
    filter: { image: 'contoso.azurecr.io/filter:1', env: { 'Logging:LogLevel': { value: 'x' } }, restartPolicy: 'never' },
  },
});

/** Hand-formatted so the password line sits inside the diff context of the env-name fix. */
const adjacent = `{
  "modulesContent": {
    "$edgeAgent": {
      "properties.desired": {
        "schemaVersion": "1.1",
        "systemModules": {},
        "modules": { "m": { "type": "docker", "settings": { "image": "a/b:1" }, "env": {
          "a:b": { "value": "1" } } } },
        "runtime": { "type": "docker", "settings": { "registryCredentials": { "r": {
          "address": "a.io", "username": "u", "password": "${PASSWORD}" } } } }
      }
    }
  }
}
`;

describe('registry passwords appear only inside Secret objects', () => {
  it('not in the context lines of a fix diff', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'iotedge-k8s-secrets-')), 'deployment.json');
    writeFileSync(file, adjacent);
    const dry = await runCli(['lint', file, '--no-config', '--fix-dry-run']);
    expect(dry.stdout).toContain('"a_b"');
    expect(dry.stdout).toContain('"password": "********"');
    expect(dry.stdout).not.toContain(PASSWORD);
  });

  const dir = mkdtempSync(join(tmpdir(), 'iotedge-k8s-secrets-'));
  const file = join(dir, 'deployment.json');
  writeFileSync(file, manifest);

  it('not in any lint report, the fix diff or diagnostics', async () => {
    const outputs: string[] = [];
    for (const format of ['text', 'json', 'sarif', 'github', 'junit']) {
      const result = await runCli(['lint', file, '--no-config', '--format', format, '--fail-on', 'info']);
      outputs.push(result.stdout, result.stderr);
    }
    const dry = await runCli(['lint', file, '--no-config', '--fix-dry-run']);
    expect(dry.stdout).toContain('-');
    outputs.push(dry.stdout, dry.stderr);
    const baseline = join(dir, 'baseline.json');
    await runCli(['lint', file, '--no-config', '--baseline', baseline, '--update-baseline']);
    outputs.push(readFileSync(baseline, 'utf8'));
    const translate = await runCli(['translate', file, '--no-config']);
    outputs.push(translate.stderr);
    for (const output of outputs) {
      expect(output).not.toContain(PASSWORD);
      expect(output).not.toContain(SECOND);
    }
  });

  it('only in the data of the Secrets translate emits', async () => {
    const result = await runCli(['translate', file, '--no-config', '-o', 'json']);
    expect(result.stdout).not.toContain(PASSWORD);
    const items = JSON.parse(result.stdout).items as { kind: string; data?: Record<string, string> }[];
    const decoded = items.map((item) => (item.kind === 'Secret' ? Buffer.from(item.data!['.dockerconfigjson']!, 'base64').toString() : JSON.stringify(item)));
    expect(decoded.filter((text) => text.includes(PASSWORD))).toHaveLength(1);
    expect(items.filter((item) => JSON.stringify(item).includes(PASSWORD))).toEqual([]);
  });
});
