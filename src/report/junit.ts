import { atOrAbove, type Finding } from '../findings.js';
import type { Formatter } from './formatter.js';
import { displayPath } from './paths.js';

function xml(text: string): string {
  // XML 1.0 forbids most control characters even escaped; drop them.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function describe(finding: Finding): string {
  const where = finding.location ? `${finding.location.line}:${finding.location.column}` : finding.path;
  return `${where} ${finding.severity} ${finding.message}`;
}

/** One test suite per file and one test case per rule; findings at or above --fail-on are failures. */
export const formatJunit: Formatter = (findings, context) => {
  const cwd = context.cwd ?? process.cwd();
  const suites = context.files.map((file) => {
    const fileFindings = findings.filter((finding) => finding.file === file && !finding.suppressed);
    const cases = context.rules.map((rule) => {
      const ruleFindings = fileFindings.filter((finding) => finding.ruleId === rule.id);
      const failing = ruleFindings.filter((finding) => context.failOn !== 'none' && atOrAbove(finding.severity, context.failOn));
      const other = ruleFindings.filter((finding) => !failing.includes(finding));
      const body = [
        ...failing.map((finding) => `      <failure type="${finding.severity}" message="${xml(finding.message)}">${xml(describe(finding))}</failure>\n`),
        ...(other.length > 0 ? [`      <system-out>${xml(other.map(describe).join('\n'))}</system-out>\n`] : []),
      ].join('');
      const name = `    <testcase classname="${xml(displayPath(file, cwd))}" name="${xml(rule.id)}"`;
      return body === '' ? `${name}/>\n` : `${name}>\n${body}    </testcase>\n`;
    });
    const failures = cases.filter((testCase) => testCase.includes('<failure')).length;
    return `  <testsuite name="${xml(displayPath(file, cwd))}" tests="${context.rules.length}" failures="${failures}" errors="0">\n${cases.join('')}  </testsuite>\n`;
  });
  const failures = suites.reduce((sum, suite) => sum + Number(/failures="(\d+)"/.exec(suite)![1]), 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(context.toolName)}" tests="${context.files.length * context.rules.length}" failures="${failures}">\n${suites.join('')}</testsuites>\n`;
};
