import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Finding } from '../findings.js';

/** What identifies a finding across edits: rule, file, module and pointer, never its line. */
export interface BaselineEntry {
  ruleId: string;
  file: string;
  module?: string;
  path: string;
  innerPath?: string;
  /** For people reading the file; not matched. */
  message: string;
}

export interface BaselineFile {
  version: 1;
  tool: 'iotedge-k8s';
  findings: BaselineEntry[];
}

export class BaselineError extends Error {
  override readonly name = 'BaselineError';
}

function key(entry: Pick<BaselineEntry, 'ruleId' | 'file' | 'module' | 'path' | 'innerPath'>): string {
  return [entry.ruleId, entry.file, entry.module ?? '', entry.path, entry.innerPath ?? ''].join('\u0000');
}

/** Files in the baseline are relative to its folder, so the baseline works from any working folder. */
function baselineFile(finding: Finding, baselinePath: string, resolveFile: (file: string) => string): string {
  const file = finding.file ?? '<input>';
  if (file.startsWith('<')) return file;
  return relative(dirname(resolve(baselinePath)), resolveFile(file)).replace(/\\/g, '/');
}

export function readBaseline(path: string): BaselineFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BaselineError(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file (create it with --update-baseline)' : (error as Error).message}`);
  }
  const file = parsed as Partial<BaselineFile>;
  if (file.version !== 1 || !Array.isArray(file.findings)) throw new BaselineError(`${path}: not an iotedge-k8s baseline (version 1)`);
  return file as BaselineFile;
}

export function createBaseline(findings: readonly Finding[], path: string, resolveFile: (file: string) => string): string {
  const entries = findings
    .filter((finding) => !finding.suppressed)
    .map(
      (finding): BaselineEntry => ({
        ruleId: finding.ruleId,
        file: baselineFile(finding, path, resolveFile),
        ...(finding.module !== undefined ? { module: finding.module } : {}),
        path: finding.path,
        ...(finding.innerPath !== undefined ? { innerPath: finding.innerPath } : {}),
        message: finding.message,
      }),
    )
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const file: BaselineFile = { version: 1, tool: 'iotedge-k8s', findings: entries };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The findings not in the baseline; each baseline entry absorbs at most one finding. */
export function subtractBaseline(
  findings: readonly Finding[],
  baseline: BaselineFile,
  path: string,
  resolveFile: (file: string) => string,
): { findings: Finding[]; matched: number } {
  const remaining = new Map<string, number>();
  for (const entry of baseline.findings) remaining.set(key(entry), (remaining.get(key(entry)) ?? 0) + 1);
  let matched = 0;
  const kept = findings.filter((finding) => {
    if (finding.suppressed) return true;
    const k = key({ ...finding, file: baselineFile(finding, path, resolveFile) });
    const count = remaining.get(k) ?? 0;
    if (count === 0) return true;
    remaining.set(k, count - 1);
    matched++;
    return false;
  });
  return { findings: kept, matched };
}
