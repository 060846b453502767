import type { Finding, TextEdit } from '../findings.js';

/** Every machine-applicable edit of the findings, sorted, with overlapping edits dropped (first wins). */
export function collectEdits(findings: readonly Finding[]): TextEdit[] {
  const edits = findings
    .filter((finding) => !finding.suppressed)
    .flatMap((finding) => finding.fix?.edits ?? [])
    .sort((a, b) => a.offset - b.offset || a.length - b.length);
  const kept: TextEdit[] = [];
  for (const edit of edits) {
    const last = kept[kept.length - 1];
    if (last && edit.offset < last.offset + last.length) continue;
    if (last && edit.offset === last.offset && edit.length === last.length && edit.text === last.text) continue;
    kept.push(edit);
  }
  return kept;
}

/** Applies sorted, non-overlapping edits; everything else in the text stays byte for byte. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let cursor = 0;
  for (const edit of edits) {
    out += text.slice(cursor, edit.offset) + edit.text;
    cursor = edit.offset + edit.length;
  }
  return out + text.slice(cursor);
}
