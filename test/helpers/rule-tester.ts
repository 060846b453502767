import { expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/findings.js';
import { loadManifestText } from '../../src/manifest/load.js';
import type { TargetOptions } from '../../src/options.js';
import { runRules } from '../../src/rules/run-rules.js';
import { RULES } from '../../src/rules/index.js';

export interface ExpectedFinding {
  messageId: string;
  path: string;
  innerPath?: string;
  line: number;
  column: number;
  severity?: Severity;
  data?: Record<string, string | number>;
}

export interface RuleCase {
  name: string;
  /** Manifest text (use buildManifest for most cases). */
  manifest: string;
  options?: Partial<TargetOptions>;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedFinding[];
}

/** Findings of one rule only, so other rules' findings never make a case pass or fail. */
export async function findingsOf(ruleId: string, manifest: string, options: Partial<TargetOptions> = {}): Promise<Finding[]> {
  const rule = RULES.find((candidate) => candidate.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const loaded = await loadManifestText(manifest, 'deployment.json');
  return runRules(loaded, { target: options }).filter((finding) => finding.ruleId === ruleId);
}

/**
 * ESLint-style valid/invalid cases for one rule. Every invalid case states each finding's message
 * id, pointer, line and column; valid cases must produce none.
 */
export function testRule(ruleId: string, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) throw new Error(`duplicate case name "${duplicate}" for ${ruleId}`);

  for (const valid of cases.valid) {
    it(`valid: ${valid.name}`, async () => {
      expect(await findingsOf(ruleId, valid.manifest, valid.options)).toEqual([]);
    });
  }
  for (const invalid of cases.invalid) {
    it(`invalid: ${invalid.name}`, async () => {
      const findings = await findingsOf(ruleId, invalid.manifest, invalid.options);
      const actual = findings.map((finding) => ({
        messageId: finding.messageId,
        path: finding.path,
        ...(finding.innerPath !== undefined ? { innerPath: finding.innerPath } : {}),
        line: finding.location?.line,
        column: finding.location?.column,
        severity: finding.severity,
        data: finding.data,
      }));
      const expected = invalid.errors.map((error) => ({
        messageId: error.messageId,
        path: error.path,
        ...(error.innerPath !== undefined ? { innerPath: error.innerPath } : {}),
        line: error.line,
        column: error.column,
        severity: error.severity ?? expect.any(String),
        data: error.data ? expect.objectContaining(error.data) : expect.anything(),
      }));
      expect(actual).toEqual(expected);
    });
  }
}

/** Line and column (1-based) of the n-th occurrence of `needle` in `text`, found by plain text search. */
export function positionOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence} times`);
  }
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}
