import type { Severity } from '../findings.js';
import type { Formatter } from './formatter.js';
import { displayPath } from './paths.js';

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

// GitHub's workflow command syntax: data escapes %, CR and LF; property values also escape : and ,
// (actions/toolkit, packages/core/src/command.ts).
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error file=…,line=…::message` workflow annotation per finding. */
export const formatGithub: Formatter = (findings, context) =>
  findings
    .filter((finding) => !finding.suppressed)
    .map((finding) => {
      const properties = [`file=${escapeProperty(displayPath(finding.file ?? '<input>', context.cwd ?? process.cwd()))}`];
      if (finding.location) {
        const { line, column, endLine, endColumn } = finding.location;
        properties.push(`line=${line}`, `endLine=${endLine}`, `col=${column}`);
        if (endLine === line) properties.push(`endColumn=${endColumn}`);
      }
      properties.push(`title=${escapeProperty(finding.ruleId)}`);
      return `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(`${finding.message} (${finding.docsUrl})`)}\n`;
    })
    .join('');
