import { resolve } from 'node:path';
import type { Finding } from '../../findings.js';
import { lintManifest } from '../../api.js';
import { writeFileAtomic } from '../../emit/files.js';
import { FORMATS, FORMATTERS, type FormatName } from '../../report/index.js';
import type { ReportContext } from '../../report/formatter.js';
import { RULES } from '../../rules/index.js';
import { UsageError } from '../errors.js';
import { useColor, type CliIo } from '../io.js';
import { exitCodeFor, parseFailOn, targetOptions, type TargetFlags } from '../options.js';
import { toolVersion } from '../main.js';
import { loadInput, resolveInputs } from './shared.js';

interface ReportTarget {
  format: FormatName;
  file?: string;
}

function parseFormats(values: readonly string[] | undefined): ReportTarget[] {
  const targets = (values ?? ['text']).map((value): ReportTarget => {
    const [name, file] = value.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!(FORMATS as readonly string[]).includes(name)) throw new UsageError(`--format: unknown format "${name}" (use ${FORMATS.join(', ')})`);
    if (file === '') throw new UsageError(`--format ${name}=: a file name must follow "="`);
    return { format: name as FormatName, ...(file !== undefined ? { file } : {}) };
  });
  if (targets.filter((target) => target.file === undefined).length > 1) {
    throw new UsageError('--format: only one report can go to standard output; name a file for the others (json=report.json)');
  }
  return targets;
}

export async function runLint(files: string[], flags: Record<string, unknown>, io: CliIo): Promise<number> {
  const formats = parseFormats(flags.format as string[] | undefined);
  const failOn = parseFailOn(String(flags.failOn));
  const maxWarnings = flags.maxWarnings === undefined ? undefined : Number(flags.maxWarnings);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError('--max-warnings: expected a whole number');
  const target = targetOptions(flags as TargetFlags);
  const inputs = resolveInputs(files, io);

  const findings: Finding[] = [];
  const names: string[] = [];
  for (const input of inputs) {
    const loaded = await loadInput(input, flags, io);
    names.push(loaded.file);
    findings.push(...lintManifest(loaded, { target }));
  }
  const shown = flags.quiet ? findings.filter((finding) => finding.severity === 'error') : findings;

  const colorFlag = flags.color as boolean | undefined;
  for (const report of formats) {
    const context: ReportContext = {
      rules: RULES,
      toolName: 'iotedge-k8s',
      toolVersion: toolVersion(),
      files: names,
      color: report.file === undefined && report.format === 'text' && useColor(colorFlag === true ? true : colorFlag === false ? false : undefined, io.stdoutIsTTY, io.env),
      failOn,
    };
    const text = FORMATTERS[report.format](shown, context);
    if (report.file === undefined) io.stdout(text);
    else await writeFileAtomic(resolve(io.cwd, report.file), text);
  }
  return exitCodeFor(findings, failOn, maxWarnings);
}
