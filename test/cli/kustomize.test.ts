import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { runCli } from '../helpers/run-cli.js';

const hasKubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
if (!hasKubectl) console.warn('[iotedge-k8s tests] kubectl not found: the kubectl kustomize test is skipped.');

describe.skipIf(!hasKubectl)('--out-dir output', () => {
  it('builds with kubectl kustomize into the same objects as the stream', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'iotedge-k8s-kustomize-')), 'k8s');
    const scenario = 'fixtures/registry-credentials';
    const args = readFileSync(`${scenario}/args`, 'utf8').split('\n').filter(Boolean);
    expect((await runCli(['translate', `${scenario}/deployment.json`, ...args, '--fail-on', 'none', '--out-dir', out])).code).toBe(0);
    const built = spawnSync('kubectl', ['kustomize', out], { encoding: 'utf8' });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    const key = (o: any) => `${o.kind}/${o.metadata.name}`;
    const fromKustomize = parseAllDocuments(built.stdout).map((d) => d.toJS()).sort((a, b) => key(a).localeCompare(key(b)));
    const fromStream = parseAllDocuments(readFileSync(`${scenario}/expected/k8s.yaml`, 'utf8')).map((d) => d.toJS()).filter(Boolean).sort((a, b) => key(a).localeCompare(key(b)));
    expect(fromKustomize).toEqual(fromStream);
  });
});
