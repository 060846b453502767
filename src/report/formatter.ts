import type { ChalkInstance } from 'chalk';
import type { Finding, Severity } from '../findings.js';

/** What a formatter needs to know of a rule; the rule catalogue satisfies it. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  category: string;
  summary: string;
  docsUrl: string;
  fixable?: boolean;
}

export interface ReportContext {
  rules: readonly RuleInfo[];
  toolName: string;
  toolVersion: string;
  /** Every input of the run, including those without findings. */
  files: readonly string[];
  /** Use ANSI colours (decided once by the CLI from flags, TTY, NO_COLOR and FORCE_COLOR). */
  color: boolean;
  /** The chalk instance to colour with; loaded by the caller only when colour is on, to keep start-up fast. */
  chalk?: ChalkInstance;
  /** Findings below this severity were filtered out (`--quiet`), for the summary. */
  failOn: Severity | 'none';
  /** Findings matched by the baseline and left out of the report, counted in summaries. */
  baselined?: number;
  /** Folder report paths are made relative to. */
  cwd?: string;
}

export type Formatter = (findings: readonly Finding[], context: ReportContext) => string;

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
