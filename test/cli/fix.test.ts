import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifestObject } from '../helpers/manifest-builder.js';
import { CORPUS_DIR, HAS_CORPUS } from '../helpers/shared.js';
import { runCli } from '../helpers/run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'iotedge-k8s-fix-'));

/** Every byte that differs between the texts, as [before, after] runs; equal lengths assumed per run. */
function changedRuns(before: string, after: string): string[] {
  const runs: string[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (before[i] === after[j]) {
      i++;
      j++;
      continue;
    }
    // Each fix replaces one ":" with the replacement text.
    expect(before[i]).toBe(':');
    runs.push(after.slice(j, j + 2));
    i += 1;
    j += 2;
  }
  return runs;
}

describe.skipIf(!HAS_CORPUS)('--fix on real corpus files', () => {
  for (const name of ['34-nested-middle-layer-colon-env.json', '04-iotedge-connectivity-e2e.json']) {
    it(`${name}: renames only the colons in env names and nothing else`, async () => {
      const dir = tmp();
      const file = join(dir, name);
      copyFileSync(join(CORPUS_DIR, name), file);
      chmodSync(file, 0o640);
      const before = readFileSync(file, 'utf8');
      const colonNames = JSON.parse((await runCli(['lint', file, '--format', 'json', '--no-config'])).stdout).findings.filter((f: any) => f.ruleId === 'env-name-colon');
      expect(colonNames.length).toBeGreaterThan(0);

      const result = await runCli(['lint', file, '--fix', '--env-colon-replacement', '__', '--format', 'json', '--no-config']);
      const after = readFileSync(file, 'utf8');
      expect(changedRuns(before, after)).toEqual(colonNames.flatMap((f: any) => f.data.name.split('').filter((c: string) => c === ':').map(() => '__')));
      expect(JSON.parse(result.stdout).findings.filter((f: any) => f.ruleId === 'env-name-colon')).toEqual([]);
      expect(statSync(file).mode & 0o777).toBe(0o640);
      expect(readdirSync(dir)).toEqual([name]);
    });
  }
});

describe('--fix', () => {
  const object = buildManifestObject({ modules: { gw: { env: { 'Logging:LogLevel': { value: 'x' } } } } });
  const settings = (object.modulesContent as any).$edgeAgent['properties.desired'].modules.gw.settings;
  // The chunk boundary falls inside "Upstream:Protocol", so the fix must follow the name across chunks.
  const options = JSON.stringify({ Env: ['Upstream:Protocol=AmqpWs', 'keep=a:b'], HostConfig: { Binds: ['/a:/b'] } });
  settings.createOptions = options.slice(0, 12);
  settings.createOptions01 = options.slice(12);
  const crlf = JSON.stringify(object, null, 4).replace(/\n/g, '\r\n');

  it('keeps line endings and indentation, and fixes inside chunked createOptions strings', async () => {
    const file = join(tmp(), 'deployment.json');
    writeFileSync(file, crlf);
    await runCli(['lint', file, '--fix', '--no-config']);
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(crlf.replace('"Logging:LogLevel"', '"Logging_LogLevel"').replace('tream:Protocol=', 'tream_Protocol='));
    expect(after.includes('keep=a:b') && after.includes('/a:/b')).toBe(true);
  });

  it('--fix-dry-run prints a unified diff and changes nothing', async () => {
    const file = join(tmp(), 'deployment.json');
    const text = JSON.stringify(object, null, 2);
    writeFileSync(file, text);
    const result = await runCli(['lint', file, '--fix-dry-run', '--no-config']);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(result.stdout).toMatch(new RegExp(`^--- ${file.replace(/[.]/g, '\\.')}\\n\\+\\+\\+ `));
    expect(result.stdout).toMatch(/\n- {14}"Logging:LogLevel": \{\n\+ {14}"Logging_LogLevel": \{\n/);
    expect(result.stdout).toMatch(/\n@@ -\d+,(\d+) \+\d+,\1 @@\n/);
    expect(result.stderr).toContain('env-name-colon');
  });

  it('prints the fixed document for standard input', async () => {
    const text = JSON.stringify(object, null, 2);
    const result = await runCli(['lint', '-', '--fix', '--no-config'], { stdin: text });
    expect(result.stdout).toBe(text.replace('"Logging:LogLevel"', '"Logging_LogLevel"').replace('tream:Protocol=', 'tream_Protocol='));
    expect(result.stderr).not.toContain('env-name-colon');
  });

  it('leaves a file without fixable findings untouched', async () => {
    const file = join(tmp(), 'deployment.json');
    writeFileSync(file, readFileSync('examples/deployment.json'));
    const before = statSync(file).mtimeMs;
    await runCli(['lint', file, '--fix', '--no-config', '--kubernetes-version', '1.34']);
    expect(statSync(file).mtimeMs).toBe(before);
  });
});
