import { readFileSync } from 'node:fs';
import { packageFile } from '../../package-root.js';
import { RULES, findRule } from '../../rules/index.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';


export function runRulesCommand(format: 'text' | 'json' | 'markdown', io: CliIo): number {
  if (format === 'json') {
    const rules = RULES.map(({ id, severity, category, summary, docsUrl, fixable }) => ({ id, severity, category, summary, fixable: fixable === true, docsUrl }));
    io.stdout(`${JSON.stringify(rules, null, 2)}\n`);
  } else if (format === 'markdown') {
    io.stdout(rulesTable());
  } else {
    const width = Math.max(...RULES.map((rule) => rule.id.length));
    for (const rule of RULES) io.stdout(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.summary}${rule.fixable ? ' (fixable)' : ''}\n`);
  }
  return 0;
}

/** The README's rule table; a test keeps the README equal to it. */
export function rulesTable(): string {
  const rows = RULES.map((rule) => `| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.severity} | ${rule.category} | ${rule.fixable ? 'yes' : ''} | ${rule.summary} |`);
  return ['| Rule | Default severity | Category | Fixable | What it finds |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}

export function runExplain(id: string, io: CliIo): number {
  const rule = findRule(id);
  if (!rule) {
    // Suggest rules whose id contains every word of what was typed (env-colon → env-name-colon).
    const words = id.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    const close = RULES.filter((candidate) => words.length > 0 && words.every((word) => candidate.id.includes(word))).map((candidate) => candidate.id);
    throw new UsageError(`unknown rule "${id}"${close.length > 0 ? `; did you mean ${close.join(' or ')}?` : ' (run "iotedge-k8s rules" for the list)'}`);
  }
  io.stdout(readFileSync(packageFile('docs', 'rules', `${rule.id}.md`), 'utf8'));
  return 0;
}
