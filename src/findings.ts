/** How much a finding matters; `--fail-on` compares against this order. */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** 1-based line and column (UTF-16 code units), end exclusive, as editors and SARIF count them. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A text edit on the input file: replace `length` characters at `offset` with `text`. */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

export interface Fix {
  /** Human advice, always present. */
  summary: string;
  /** Machine-applicable edits on the original file text, only from rules declared `fixable`. */
  edits?: readonly TextEdit[];
}

export interface RelatedLocation {
  message: string;
  /** Another file (module.json, a Dockerfile…); absent for places in the finding's own file. */
  file?: string;
  path: string;
  innerPath?: string;
  location?: SourceRange;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  messageId: string;
  data: Readonly<Record<string, string | number>>;
  /** The input file as the user named it (`-` or `<stdin>` for standard input). */
  file?: string;
  /** RFC 6901 pointer into the file. */
  path: string;
  /** Pointer inside a stringified createOptions value that `path` points at. */
  innerPath?: string;
  module?: string;
  location?: SourceRange;
  related?: readonly RelatedLocation[];
  fix?: Fix;
  docsUrl: string;
  /** Set when configuration suppresses the finding: it is counted and carried in SARIF, not failed on. */
  suppressed?: Suppression;
}

export interface Suppression {
  kind: 'config';
  reason: string;
}

function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

/** Stable order for every report: file, line, column, rule id, then pointer and message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareOptional(a.file, b.file) ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
    compareOptional(a.ruleId, b.ruleId) ||
    compareOptional(a.path, b.path) ||
    compareOptional(a.innerPath, b.innerPath) ||
    compareOptional(a.message, b.message)
  );
}

export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
