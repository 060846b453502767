import { chmod, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Finding } from '../../findings.js';
import { createBaseline, readBaseline, subtractBaseline } from '../../baseline/baseline.js';
import { applyIgnores } from '../../config/config.js';
import { writeFileAtomic } from '../../emit/atomic.js';
import { applyEdits, collectEdits } from '../../fix/apply.js';
import { unifiedDiff } from '../../fix/diff.js';
import { loadManifestText, type LoadedManifest } from '../../manifest/load.js';
import { FORMATS, FORMATTERS, type FormatName } from '../../report/index.js';
import type { ReportContext } from '../../report/formatter.js';
import { RULES } from '../../rules/index.js';
import { runRules } from '../../rules/run-rules.js';
import { UsageError } from '../errors.js';
import { loadChalk, useColor, type CliIo } from '../io.js';
import { exitCodeFor, type FailOn } from '../options.js';
import { toolVersion } from '../main.js';
import { ConfigResolver, effective, loadWithLayers, printableConfig, resolveInputs } from './shared.js';

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

interface Linted {
  loaded: LoadedManifest;
  findings: Finding[];
}

export async function runLint(files: string[], flags: Record<string, unknown>, io: CliIo): Promise<number> {
  const formats = parseFormats(flags.format as string[] | undefined);
  const maxWarnings = flags.maxWarnings === undefined ? undefined : Number(flags.maxWarnings);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError('--max-warnings: expected a whole number');
  if (flags.updateBaseline && typeof flags.baseline !== 'string') throw new UsageError('--update-baseline needs --baseline FILE');
  if (flags.fix && flags.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be combined');
  const inputs = resolveInputs(files, io);
  const layered = Array.isArray(flags.layer) && flags.layer.length > 0;
  if (layered && inputs.length !== 1) throw new UsageError('--layer applies to one base deployment; name exactly one file');
  if (layered && (flags.fix || flags.fixDryRun)) throw new UsageError('--fix works on one file at a time; run it without --layer on each file');
  const configs = new ConfigResolver(flags, io);

  if (flags.printConfig) {
    io.stdout(printableConfig(effective(await configs.for(inputs[0]!), flags)));
    return 0;
  }

  const resolveFile = (file: string) => resolve(io.cwd, file);
  let failOn: FailOn = 'error';
  const linted: Linted[] = [];
  for (const input of inputs) {
    const settings = effective(await configs.for(input), flags);
    failOn = settings.failOn;
    const lint = (loaded: LoadedManifest): Finding[] =>
      applyIgnores(runRules(loaded, { target: settings.options, severities: settings.severities }), settings.config, resolveFile);
    let loaded = await loadWithLayers(input, flags, io);
    let findings = lint(loaded);
    if (flags.fix || flags.fixDryRun) {
      const fixed = applyEdits(loaded.text, collectEdits(findings));
      if (flags.fixDryRun) {
        io.stdout(redactPasswords(unifiedDiff(loaded.text, fixed, loaded.file), loaded));
      } else if (fixed !== loaded.text) {
        if (input === '-') io.stdout(fixed);
        else await writeInPlace(resolveFile(input), fixed);
        loaded = await loadManifestText(fixed, loaded.file);
        findings = lint(loaded);
      } else if (input === '-') {
        io.stdout(fixed);
      }
    }
    linted.push({ loaded, findings });
  }

  let findings = linted.flatMap((entry) => entry.findings);
  let baselined = 0;
  if (typeof flags.baseline === 'string') {
    const baselinePath = resolve(io.cwd, flags.baseline);
    if (flags.updateBaseline) {
      await writeFileAtomic(baselinePath, createBaseline(findings, baselinePath, resolveFile));
      io.stderr(`Wrote ${findings.filter((finding) => !finding.suppressed).length} findings to the baseline ${flags.baseline}\n`);
    }
    const result = subtractBaseline(findings, readBaseline(baselinePath), baselinePath, resolveFile);
    findings = result.findings;
    baselined = result.matched;
  }
  const shown = flags.quiet ? findings.filter((finding) => finding.severity === 'error' || finding.suppressed) : findings;

  // With --fix on standard input or --fix-dry-run, standard output carries the document or the diff.
  const stdoutTaken = Boolean(flags.fixDryRun) || (Boolean(flags.fix) && inputs.includes('-'));
  for (const report of formats) {
    const toStdout = report.file === undefined;
    const colorFlag = flags.color as boolean | undefined;
    const color = toStdout && report.format === 'text' && useColor(colorFlag, stdoutTaken ? io.stderrIsTTY : io.stdoutIsTTY, io.env);
    const chalk = await loadChalk(color);
    const context: ReportContext = {
      rules: RULES,
      toolName: 'iotedge-k8s',
      toolVersion: toolVersion(),
      files: linted.flatMap((entry) => entry.loaded.files),
      color,
      ...(chalk ? { chalk } : {}),
      failOn,
      baselined,
      cwd: io.cwd,
    };
    const text = FORMATTERS[report.format](shown, context);
    if (!toStdout) await writeFileAtomic(resolve(io.cwd, report.file!), text);
    else if (stdoutTaken) io.stderr(text);
    else io.stdout(text);
  }
  return exitCodeFor(findings.filter((finding) => !finding.suppressed), failOn, maxWarnings);
}

/** Diff context lines may show a registry credential; passwords never leave the Secret objects. */
function redactPasswords(text: string, loaded: LoadedManifest): string {
  let out = text;
  for (const credential of loaded.manifest?.registryCredentials ?? []) {
    const password = credential.password?.value;
    if (typeof password === 'string' && password.length > 0) out = out.split(password).join('********');
  }
  return out;
}

/** Atomic, and keeps the file's permissions. */
async function writeInPlace(path: string, text: string): Promise<void> {
  const { mode } = await stat(path);
  await writeFileAtomic(path, text);
  await chmod(path, mode & 0o7777);
}
