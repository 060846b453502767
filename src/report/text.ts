import type { Finding } from '../findings.js';
import { countBySeverity, type Formatter } from './formatter.js';
import { displayPath } from './paths.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Grouped by file: `line:column  severity  message  rule-id`, then one summary line. */
export const formatText: Formatter = (all, context) => {
  const findings = all.filter((finding) => !finding.suppressed);
  const colors = context.color ? context.chalk : undefined;
  const plain = (text: string) => text;
  const paint = {
    red: colors?.red ?? plain,
    yellow: colors?.yellow ?? plain,
    blue: colors?.blue ?? plain,
    green: colors?.green ?? plain,
    dim: colors?.dim ?? plain,
    underline: colors?.underline ?? plain,
    boldRed: colors?.red.bold ?? plain,
    boldYellow: colors?.yellow.bold ?? plain,
  };
  const severityStyle = { error: paint.red, warning: paint.yellow, info: paint.blue };
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const file = finding.file ?? '<input>';
    const group = byFile.get(file);
    if (group) group.push(finding);
    else byFile.set(file, [finding]);
  }
  const lines: string[] = [];
  for (const [file, group] of byFile) {
    lines.push(paint.underline(file));
    const positions = group.map((finding) => (finding.location ? `${finding.location.line}:${finding.location.column}` : ''));
    const width = Math.max(...positions.map((position) => position.length));
    group.forEach((finding, index) => {
      const position = paint.dim(positions[index]!.padEnd(width));
      const severity = severityStyle[finding.severity](finding.severity.padEnd(7));
      lines.push(`  ${position}  ${severity}  ${finding.message}  ${paint.dim(finding.ruleId)}`);
      for (const related of finding.related ?? []) {
        const position = related.location ? `${related.location.line}:${related.location.column}` : related.path;
        const where = related.file ? `${displayPath(related.file, context.cwd ?? process.cwd())}:${position}` : position;
        lines.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  ${paint.dim(`↳ ${where} ${related.message}`)}`);
      }
    });
    lines.push('');
  }
  const counts = countBySeverity(findings);
  const total = findings.length;
  const suppressedCount = all.length - findings.length;
  const suppressed = [suppressedCount ? `, ${suppressedCount} suppressed` : '', context.baselined ? `, ${context.baselined} in the baseline` : ''].join('');
  if (total === 0) {
    lines.push(paint.green(`✔ No problems in ${plural(context.files.length, 'file')}${suppressed}.`));
  } else {
    const summary = `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info) in ${plural(context.files.length, 'file')}${suppressed}`;
    lines.push(counts.error > 0 ? paint.boldRed(summary) : paint.boldYellow(summary));
  }
  return `${lines.join('\n')}\n`;
};
