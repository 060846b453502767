import { countBySeverity, type Formatter } from './formatter.js';

/** Version of the JSON report's structure; bumped only on incompatible changes. */
export const JSON_REPORT_VERSION = 1;

/** A stable document: the tool, every input with its finding count, every finding with all its fields. */
export const formatJson: Formatter = (findings, context) => {
  const active = findings.filter((finding) => !finding.suppressed);
  const counts = countBySeverity(active);
  const report = {
    version: JSON_REPORT_VERSION,
    tool: { name: context.toolName, version: context.toolVersion },
    files: context.files.map((file) => ({ file, findings: active.filter((finding) => finding.file === file).length })),
    summary: {
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      suppressed: findings.length - active.length,
      baselined: context.baselined ?? 0,
    },
    findings,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};
