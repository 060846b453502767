import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { loadManifest } from '../../src/manifest/load.js';
import { runRules } from '../../src/rules/run-rules.js';
import { isPlaceholder } from '../../src/manifest/placeholders.js';
import { CORPUS_DIR, HAS_CORPUS, corpusFiles } from '../helpers/shared.js';

async function lint(prefix: string): Promise<{ findings: Finding[]; text: string }> {
  const file = corpusFiles().find((name) => name.startsWith(prefix))!;
  const loaded = await loadManifest(`${CORPUS_DIR}${file}`);
  return { findings: runRules(loaded), text: loaded.text };
}

const rulesOf = (findings: readonly Finding[]) => new Set(findings.map((finding) => finding.ruleId));
const of = (findings: readonly Finding[], ruleId: string) => findings.filter((finding) => finding.ruleId === ruleId);

describe.skipIf(!HAS_CORPUS)('lint on the real-world corpus', () => {
  it('finishes on every file with findings that all have a location', async () => {
    for (const file of corpusFiles()) {
      const loaded = await loadManifest(`${CORPUS_DIR}${file}`);
      const findings = runRules(loaded);
      for (const finding of findings) expect(finding.location, `${file} ${finding.ruleId} ${finding.path}`).toBeDefined();
    }
  });

  it('points findings inside createOptions strings (chunked too) at the key they name', async () => {
    for (const file of corpusFiles()) {
      const loaded = await loadManifest(`${CORPUS_DIR}${file}`);
      const lines = loaded.text.split(/\r?\n/);
      for (const finding of runRules(loaded)) {
        if (finding.innerPath === undefined || finding.ruleId === 'unresolved-placeholder') continue;
        const key = finding.innerPath.split('/').pop()!.replace(/~1/g, '/').replace(/~0/g, '~');
        if (/^\d+$/.test(key)) continue;
        const at = lines[finding.location!.line - 1]!.slice(finding.location!.column - 1);
        expect(at.startsWith(`\\"${key}\\"`), `${file}: ${finding.ruleId} ${finding.innerPath} at ${at.slice(0, 40)}`).toBe(true);
      }
    }
  });

  it('env-name-colon: 04 and 34 have colon names; the VS Code template does not', async () => {
    expect(of((await lint('34-')).findings, 'env-name-colon').map((f) => f.data.name)).toEqual(['experimentalFeatures:enabled', 'experimentalFeatures:nestedEdgeEnabled']);
    expect(of((await lint('04-')).findings, 'env-name-colon').length).toBeGreaterThan(0);
    expect(rulesOf((await lint('01-')).findings).has('env-name-colon')).toBe(false);
  });

  it('multiple-host-network: 04 and 23 have several; 17 and 36 have one host-network module each', async () => {
    expect(of((await lint('04-')).findings, 'multiple-host-network')).toHaveLength(1);
    expect(of((await lint('23-')).findings, 'multiple-host-network')[0]?.data.count).toBe(4);
    for (const prefix of ['17-', '36-']) expect(rulesOf((await lint(prefix)).findings).has('multiple-host-network')).toBe(false);
  });

  it('nodejs-module: the Node.js debug template, not the Java or C samples', async () => {
    const [finding] = of((await lint('28-')).findings, 'nodejs-module');
    expect(finding).toMatchObject({ severity: 'warning', module: 'NodeModule' });
    expect(finding!.message).toContain('9229');
    for (const prefix of ['16-', '24-']) expect(rulesOf((await lint(prefix)).findings).has('nodejs-module')).toBe(false);
  });

  it('edgeagent-log-methods: a warning where upload logs are enabled (04), info elsewhere', async () => {
    expect(of((await lint('04-')).findings, 'edgeagent-log-methods').map((f) => f.severity)).toContain('warning');
    expect(of((await lint('03-')).findings, 'edgeagent-log-methods').map((f) => f.severity)).toEqual(['info']);
  });

  it('edgeagent-metrics: collectors (18, 19, 35) and 04; not edgeHub-only metrics (20) or the plain quickstart', async () => {
    for (const prefix of ['04-', '18-', '19-', '35-']) expect(rulesOf((await lint(prefix)).findings).has('edgeagent-metrics'), prefix).toBe(true);
    // 20 turns experimental metrics on for edgeHub only (its INDEX note says edgeAgent too, the file does not);
    // edgeHub's metrics work on Kubernetes.
    for (const prefix of ['03-', '20-']) expect(rulesOf((await lint(prefix)).findings).has('edgeagent-metrics'), prefix).toBe(false);
  });

  it('unsupported-create-option: the chunked createOptions of 07, located inside the chunks', async () => {
    const { findings } = await lint('07-');
    const fields = of(findings, 'unsupported-create-option').map((f) => f.data.field);
    expect(fields).toEqual(expect.arrayContaining(['Hostname', 'User', 'Healthcheck', 'HostConfig.Memory', 'HostConfig.CapAdd', 'HostConfig.Dns', 'HostConfig.LogConfig']));
  });

  it('device-access and host-path-mount: devices and the Docker socket (23, 04)', async () => {
    expect(of((await lint('23-')).findings, 'device-access').length).toBeGreaterThan(0);
    expect(of((await lint('04-')).findings, 'host-path-mount').map((f) => f.messageId)).toContain('dockerSocket');
    expect(of((await lint('22-')).findings, 'host-path-mount').map((f) => f.messageId)).toContain('windowsPath');
  });

  it('route-unknown-module: case mismatches in 29 and 23', async () => {
    expect(of((await lint('29-')).findings, 'route-unknown-module').map((f) => f.data.name)).toContain('turboFanRouter');
    expect(of((await lint('23-')).findings, 'route-unknown-module').map((f) => f.data.name)).toContain('InferenceModule');
  });

  it('unresolved-placeholder: pipeline tokens (03) and template variables (11); none in the plain OPC publisher doc (30)', async () => {
    expect(of((await lint('03-')).findings, 'unresolved-placeholder').map((f) => f.data.placeholder)).toContain('<CR.Password>');
    expect(of((await lint('11-')).findings, 'unresolved-placeholder').length).toBeGreaterThan(0);
    expect(rulesOf((await lint('30-')).findings).has('unresolved-placeholder')).toBe(false);
  });

  it('manifest-shape and invalid-json where the index says so', async () => {
    expect(of((await lint('07-')).findings, 'manifest-shape').map((f) => f.messageId)).toEqual(['legacyModuleContent']);
    expect(of((await lint('31-')).findings, 'manifest-shape').map((f) => f.messageId)).toEqual(['bareTwins']);
    expect([...rulesOf((await lint('26-')).findings)]).toEqual(['invalid-json']);
  });

  it('never prints a registry password', async () => {
    for (const file of corpusFiles()) {
      const doc = JSON.stringify(runRules(await loadManifest(`${CORPUS_DIR}${file}`)));
      const text = readFileSync(`${CORPUS_DIR}${file}`, 'utf8');
      for (const match of text.matchAll(/"password"\s*:\s*"([^"]{6,})"/g)) {
        if (!isPlaceholder(match[1]!)) expect(doc).not.toContain(match[1]);
      }
    }
  });
});
