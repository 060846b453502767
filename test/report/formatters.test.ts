import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyIgnores } from '../../src/config/config.js';
import type { Finding } from '../../src/findings.js';
import { loadManifestText } from '../../src/manifest/load.js';
import { FORMATTERS } from '../../src/report/index.js';
import type { ReportContext } from '../../src/report/formatter.js';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/run-rules.js';
import { buildManifest } from '../helpers/manifest-builder.js';

const FILE = 'deploy/deployment.json';
const manifest = buildManifest({
  modules: {
    lora: { createOptions: { HostConfig: { NetworkMode: 'host', Privileged: true } } },
    can: { createOptions: { HostConfig: { NetworkMode: 'host' } }, env: { 'Logging:LogLevel': { value: 'Debug, "verbose": 100%' } } },
    dashboard: { image: 'nodered/node-red:3.0' },
  },
});

async function findingsFor(text: string): Promise<Finding[]> {
  const findings = runRules(await loadManifestText(text, FILE));
  return applyIgnores(findings, { path: '/project/.iotedge-k8s.yaml', config: { ignore: [{ rule: 'nodejs-module', module: 'dashboard', reason: 'Node-RED flows, no IoT SDK' }] } }, (file) => `/project/${file}`);
}

const context: ReportContext = { rules: RULES, toolName: 'iotedge-k8s', toolVersion: '0.0.0-test', files: [FILE], color: false, failOn: 'warning', cwd: '/project' };
const update = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const path = `test/report/expected/${name}`;
  if (update) writeFileSync(path, actual);
  expect(existsSync(path), `${path} missing; run npm run test:update`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('formatters on one shared set of findings', () => {
  it.each([
    ['text', 'report.txt'],
    ['json', 'report.json'],
    ['sarif', 'report.sarif'],
    ['github', 'report.github.txt'],
    ['junit', 'report.junit.xml'],
  ] as const)('%s matches its golden output', async (format, file) => {
    golden(file, FORMATTERS[format](await findingsFor(manifest), context));
  });

  it('text counts suppressed findings instead of listing them', async () => {
    const text = FORMATTERS.text(await findingsFor(manifest), context);
    expect(text).not.toContain('nodejs-module');
    expect(text).toMatch(/, 1 suppressed\n$/);
  });
});

describe('SARIF', () => {
  it('passes the SARIF Multitool validator with no errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iotedge-k8s-sarif-'));
    const input = join(dir, 'report.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, FORMATTERS.sarif(await findingsFor(manifest), context));
    const multitool = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    execFileSync(multitool, ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--level', 'Error;Warning'], { stdio: 'pipe' });
    const validation = JSON.parse(readFileSync(output, 'utf8').replace(/^\uFEFF/, ''));
    const results: { level?: string; ruleId: string; message: { text?: string; id?: string } }[] = validation.runs[0].results ?? [];
    // Only optional-property notes remain (no embedded snippets); errors and warnings would fail this.
    expect(results.filter((result) => result.level === 'error' || result.level === 'warning' || result.level === undefined)).toEqual([]);
  }, 60_000);

  it('lists the whole catalogue with help links and gives every result a region', async () => {
    const log = JSON.parse(FORMATTERS.sarif(await findingsFor(manifest), context));
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    expect(run.tool.driver.rules.every((rule: { helpUri: string }) => rule.helpUri.endsWith('.md'))).toBe(true);
    for (const result of run.results) {
      expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: expect.any(Number), startColumn: expect.any(Number), endLine: expect.any(Number), endColumn: expect.any(Number) });
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    }
    const suppressed = run.results.filter((result: { suppressions?: unknown[] }) => result.suppressions);
    expect(suppressed).toMatchObject([{ ruleId: 'nodejs-module', suppressions: [{ kind: 'external', justification: 'Node-RED flows, no IoT SDK' }] }]);
  });

  it('keeps fingerprints when unrelated lines move', async () => {
    const fingerprints = async (text: string) =>
      JSON.parse(FORMATTERS.sarif(await findingsFor(text), context)).runs[0].results.map((result: any) => [result.ruleId, result.partialFingerprints['iotedgeK8sFinding/v1'], result.locations[0].physicalLocation.region.startLine]);
    const before = await fingerprints(manifest);
    const after = await fingerprints(manifest.replace('{\n', '{\n\n\n'));
    expect(after.map(([rule, print]: string[]) => [rule, print])).toEqual(before.map(([rule, print]: string[]) => [rule, print]));
    expect(after[0][2]).toBe(before[0][2] + 2);
    expect(new Set(before.map(([, print]: string[]) => print)).size).toBe(before.length);
  });
});

describe('GitHub annotations', () => {
  it('escapes data and properties as workflow commands require', async () => {
    const output = FORMATTERS.github(await findingsFor(manifest), context);
    const lines = output.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines.find((line) => line.includes('title=multiple-host-network'))).toMatch(/^::error file=deploy\/deployment\.json,line=37,endLine=37,col=50,endColumn=74,title=multiple-host-network::2 modules/);
    // A span over several lines has no endColumn (GitHub only accepts one on a single line).
    expect(lines.find((line) => line.includes('title=env-name-colon'))).toMatch(/^::warning file=deploy\/deployment\.json,line=50,endLine=52,col=15,title=env-name-colon::/);
    const withPercent = FORMATTERS.github([{ ...(await findingsFor(manifest))[0]!, message: 'a%b\nc', file: 'x,y:z.json' }], context);
    expect(withPercent).toContain('file=x%2Cy%3Az.json');
    expect(withPercent).toContain('::a%25b%0Ac (');
  });
});

describe('JUnit', () => {
  it('has one suite per file and one case per rule, failing at the threshold', async () => {
    const xml = FORMATTERS.junit(await findingsFor(manifest), context);
    expect(xml.match(/<testcase /g)).toHaveLength(RULES.length);
    expect(xml).toMatch(/<testcase classname="deploy\/deployment.json" name="multiple-host-network">\n {6}<failure type="error"/);
    expect(xml).toMatch(/<testcase classname="deploy\/deployment.json" name="edgeagent-log-methods">\n {6}<system-out>/);
    expect(xml).toMatch(/<testcase classname="deploy\/deployment.json" name="nodejs-module"\/>/);
  });
});
