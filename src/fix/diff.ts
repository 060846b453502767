/** A unified diff of two texts (`--fix-dry-run`), three lines of context, as `diff -u` prints. */
export function unifiedDiff(before: string, after: string, name: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  // Fixes change few lines: trim the common head and tail, then diff the middle with an LCS table.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);
  const ops = lcsOps(middleA, middleB);
  type Line = { kind: ' ' | '-' | '+'; text: string; aLine: number; bLine: number };
  const lines: Line[] = [];
  let ai = 0;
  let bi = 0;
  for (let i = 0; i < head; i++) lines.push({ kind: ' ', text: a[i]!, aLine: ++ai, bLine: ++bi });
  for (const op of ops) {
    if (op.kind === ' ') lines.push({ kind: ' ', text: op.text, aLine: ++ai, bLine: ++bi });
    else if (op.kind === '-') lines.push({ kind: '-', text: op.text, aLine: ++ai, bLine: bi });
    else lines.push({ kind: '+', text: op.text, aLine: ai, bLine: ++bi });
  }
  for (let i = a.length - tail; i < a.length; i++) lines.push({ kind: ' ', text: a[i]!, aLine: ++ai, bLine: ++bi });

  const context = 3;
  const changed = lines.map((line, index) => (line.kind === ' ' ? -1 : index)).filter((index) => index >= 0);
  const hunks: [number, number][] = [];
  for (const index of changed) {
    const start = Math.max(0, index - context);
    const end = Math.min(lines.length - 1, index + context);
    const last = hunks[hunks.length - 1];
    if (last && start <= last[1] + 1) last[1] = end;
    else hunks.push([start, end]);
  }
  let out = `--- ${name}\n+++ ${name}\n`;
  for (const [start, end] of hunks) {
    const slice = lines.slice(start, end + 1);
    const aCount = slice.filter((line) => line.kind !== '+').length;
    const bCount = slice.filter((line) => line.kind !== '-').length;
    const first = slice[0]!;
    const aStart = first.kind === '+' ? first.aLine + 1 : first.aLine;
    const bStart = first.kind === '-' ? first.bLine + 1 : first.bLine;
    out += `@@ -${aCount === 0 ? aStart - 1 : aStart},${aCount} +${bCount === 0 ? bStart - 1 : bStart},${bCount} @@\n`;
    for (const line of slice) out += `${line.kind}${line.text}\n`;
  }
  return out;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function lcsOps(a: readonly string[], b: readonly string[]): { kind: ' ' | '-' | '+'; text: string }[] {
  const n = a.length;
  const m = b.length;
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const ops: { kind: ' ' | '-' | '+'; text: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i]! });
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) ops.push({ kind: '-', text: a[i++]! });
    else ops.push({ kind: '+', text: b[j++]! });
  }
  while (i < n) ops.push({ kind: '-', text: a[i++]! });
  while (j < m) ops.push({ kind: '+', text: b[j++]! });
  return ops;
}
