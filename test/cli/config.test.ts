import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../helpers/files.js';
import { RULES } from '../../src/rules/index.js';
import { buildManifest } from '../helpers/manifest-builder.js';
import { runCli } from '../helpers/run-cli.js';

const project = (files: Record<string, string>) => writeTree(files);

const restartNever = buildManifest({ modules: { job: { restartPolicy: 'never' }, 'svc': { env: { 'a:b': { value: '1' } } } } });

describe('configuration', () => {
  it('is found upward from the input file and changes severities', async () => {
    const root = project({ '.iotedge-k8s.yaml': 'rules:\n  restart-policy: error\n  module-twin: off\n', 'edge/deploy/deployment.json': restartNever });
    const result = await runCli(['lint', join(root, 'edge/deploy/deployment.json'), '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.find((f: any) => f.ruleId === 'restart-policy').severity).toBe('error');
    expect((await runCli(['lint', join(root, 'edge/deploy/deployment.json'), '--no-config'])).code).toBe(0);
  });

  it('reads JSON configuration and --config names one anywhere', async () => {
    const root = project({ 'cfg/custom.json': JSON.stringify({ rules: { 'restart-policy': 'error' } }), 'deployment.json': restartNever });
    expect((await runCli(['lint', join(root, 'deployment.json')])).code).toBe(0);
    expect((await runCli(['lint', join(root, 'deployment.json'), '--config', join(root, 'cfg/custom.json')])).code).toBe(1);
  });

  it('takes translation defaults from the file, and flags override them', async () => {
    const root = project({ '.iotedge-k8s.yaml': 'translate:\n  namespace: plant-7\n  deviceId: line-7\n  kubernetesVersion: "1.34"\n', 'deployment.json': restartNever });
    const file = join(root, 'deployment.json');
    const fromFile = await runCli(['translate', file]);
    expect(fromFile.stdout).toContain('namespace: plant-7');
    expect(fromFile.stdout).toContain('net.azure-devices.edge.deviceid: line-7');
    expect(fromFile.stdout).toContain('name: a:b');
    const overridden = await runCli(['translate', file, '--namespace', 'other', '--kubernetes-version', '1.30']);
    expect(overridden.stdout).toContain('namespace: other');
    expect(overridden.stdout).toContain('name: a_b');
  });

  it('prints the effective configuration', async () => {
    const root = project({ '.iotedge-k8s.yaml': 'failOn: warning\ntranslate:\n  storageClass: azurefile\n', 'deployment.json': restartNever });
    const result = await runCli(['lint', join(root, 'deployment.json'), '--print-config', '--kubernetes-version', '1.31']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      configFile: join(root, '.iotedge-k8s.yaml'),
      failOn: 'warning',
      translate: { storageClass: 'azurefile', kubernetesVersion: '1.31', namespace: 'default', envColonReplacement: '_' },
    });
  });

  it.each([
    ['rules:\n  no-such-rule: error\n', 'unknown rule "no-such-rule"'],
    ['translate:\n  namespce: x\n', 'unknown key "namespce" at /translate'],
    ['ignore:\n  - rule: restart-policy\n', '/ignore/0 needs "reason"'],
    ['rules:\n  restart-policy: fatal\n', '/rules/restart-policy must be one of "error", "warning", "info", "off"'],
    ['rules: [\n', '.iotedge-k8s.yaml:'],
  ])('rejects bad configuration with one clear line: %s', async (content, message) => {
    const root = project({ '.iotedge-k8s.yaml': content, 'deployment.json': restartNever });
    const result = await runCli(['lint', join(root, 'deployment.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('ships a schema whose rule ids are the catalogue', () => {
    const schema = JSON.parse(readFileSync('schemas/config.schema.json', 'utf8'));
    expect(schema.properties.rules.propertyNames.enum).toEqual(RULES.map((rule) => rule.id));
    expect(schema.properties.ignore.items.properties.rule.enum).toEqual(RULES.map((rule) => rule.id));
  });
});

describe('ignores', () => {
  it('suppress by rule, module and file with their reason, counted in the summary', async () => {
    const config = [
      'ignore:',
      '  - rule: restart-policy',
      '    module: job',
      '    reason: one-shot job, restarts are harmless',
      '  - rule: env-name-colon',
      '    file: "legacy/**"',
      '    reason: legacy devices run 1.34',
    ].join('\n');
    const root = project({ '.iotedge-k8s.yaml': config, 'deployment.json': restartNever, 'legacy/a/deployment.json': restartNever });
    const main = JSON.parse((await runCli(['lint', join(root, 'deployment.json'), '--format', 'json'])).stdout);
    const suppressed = main.findings.filter((f: any) => f.suppressed);
    expect(suppressed.map((f: any) => [f.ruleId, f.suppressed.reason])).toEqual([['restart-policy', 'one-shot job, restarts are harmless']]);
    expect(main.summary.suppressed).toBe(1);
    const legacy = JSON.parse((await runCli(['lint', join(root, 'legacy/a/deployment.json'), '--format', 'json'])).stdout);
    expect(legacy.findings.filter((f: any) => f.suppressed).map((f: any) => f.ruleId).sort()).toEqual(['env-name-colon', 'restart-policy']);
    const text = await runCli(['lint', join(root, 'legacy/a/deployment.json')]);
    expect(text.stdout).not.toContain('env-name-colon');
    expect(text.stdout).toMatch(/2 suppressed/);
  });

  it('do not count towards the exit code', async () => {
    const root = project({ '.iotedge-k8s.yaml': 'ignore:\n  - rule: unresolved-placeholder\n    reason: resolved in the release pipeline\n', 'deployment.json': buildManifest({ modules: { a: { image: '${MODULES.a}' } } }) });
    expect((await runCli(['lint', join(root, 'deployment.json')])).code).toBe(0);
    expect((await runCli(['translate', join(root, 'deployment.json')])).code).toBe(0);
  });
});

describe('baseline', () => {
  it('reports only new findings, matched by rule, file, module and pointer, not line', async () => {
    const root = project({ 'deployment.json': restartNever });
    const file = join(root, 'deployment.json');
    const baseline = join(root, 'iotedge-k8s-baseline.json');
    const written = await runCli(['lint', file, '--baseline', baseline, '--update-baseline', '--fail-on', 'info']);
    expect(written.code).toBe(0);
    expect(JSON.parse(readFileSync(baseline, 'utf8')).findings.map((f: any) => f.file)).toContain('deployment.json');
    // Lines move and a new problem appears: only the new one is reported.
    const svcAt = restartNever.lastIndexOf('"restartPolicy": "always"');
    writeFileSync(file, `\n\n${restartNever.slice(0, svcAt)}"restartPolicy": "on-failure"${restartNever.slice(svcAt + '"restartPolicy": "always"'.length)}`);
    const again = JSON.parse((await runCli(['lint', file, '--baseline', baseline, '--format', 'json', '--fail-on', 'info'])).stdout);
    expect(again.findings.map((f: any) => [f.ruleId, f.module])).toEqual([['restart-policy', 'svc']]);
    expect(again.summary.baselined).toBeGreaterThan(3);
  });

  it('needs a baseline file to update, and says when it is missing', async () => {
    expect(await runCli(['lint', 'examples/deployment.json', '--update-baseline'])).toMatchObject({ code: 2 });
    expect(await runCli(['lint', 'examples/deployment.json', '--baseline', '/nonexistent/baseline.json'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--update-baseline') });
  });
});

describe('ecosystem files', () => {
  it('pre-commit hook runs lint on deployment manifests only', async () => {
    const { load } = await import('js-yaml');
    const [hook] = load(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as { id: string; entry: string; files: string; exclude: string; language: string }[];
    expect(hook).toMatchObject({ id: 'iotedge-k8s-lint', language: 'node' });
    const matches = (path: string) => new RegExp(hook!.files).test(path) && !new RegExp(hook!.exclude).test(path);
    for (const path of ['deployment.json', 'config/deployment.amd64.json', 'EdgeSolution/deployment.template.json', 'layered.deployment.json']) expect(matches(path), path).toBe(true);
    for (const path of ['package.json', 'modules/filter/module.json', 'tsconfig.json']) expect(matches(path), path).toBe(false);
    const [command, ...args] = hook!.entry.split(' ');
    expect(command).toBe(JSON.parse(readFileSync('package.json', 'utf8')).name);
    expect((await runCli([...args, 'examples/deployment.json'])).code).toBe(0);
  });

  it('the GitHub Action writes annotations and SARIF and fails on errors', async () => {
    const { load } = await import('js-yaml');
    const { spawnSync } = await import('node:child_process');
    const action = load(readFileSync('action.yml', 'utf8')) as { runs: { steps: { name?: string; run?: string }[] } };
    const lint = action.runs.steps.find((step) => step.name === 'Lint')!;
    const out = mkdtempSync(join(tmpdir(), 'iotedge-k8s-action-'));
    const run = spawnSync('bash', ['-c', lint.run!], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTION_PATH: process.cwd(), FILES: 'fixtures/host-network/deployment.json\nexamples/deployment.json', FAIL_ON: 'error', KUBERNETES_VERSION: '1.33', SARIF_FILE: join(out, 'r.sarif') },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=fixtures\/host-network\/deployment.json,line=39/m);
    expect(JSON.parse(readFileSync(join(out, 'r.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(5);
  });
});

describe('completion', () => {
  it('completes commands, options, format values and rule ids in bash', async () => {
    const { spawnSync } = await import('node:child_process');
    const script = (await runCli(['completion', 'bash'])).stdout;
    const complete = (words: string[]) =>
      spawnSync('bash', ['-c', `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _iotedge_k8s; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect(complete(['iotedge-k8s', 'tr'])).toEqual(['translate']);
    expect(complete(['iotedge-k8s', 'lint', '--fail'])).toEqual(['--fail-on']);
    expect(complete(['iotedge-k8s', 'lint', '--format', 'sa'])).toEqual(['sarif']);
    expect(complete(['iotedge-k8s', 'explain', 'env-name'])).toEqual(['env-name-colon']);
    const zsh = (await runCli(['completion', 'zsh'])).stdout;
    expect(zsh.startsWith('#compdef iotedge-k8s\n')).toBe(true);
  });
});
