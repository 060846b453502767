import { compareFindings, type Finding, type RelatedLocation, type Severity } from '../findings.js';
import type { LoadedManifest } from '../manifest/load.js';
import type { EdgeModule } from '../manifest/model.js';
import type { LoadProblem } from '../manifest/problems.js';
import type { TextSpan } from '../manifest/read.js';
import { readCreateOptions, type CreateOptionsView } from '../mapping/create-options.js';
import { DEFAULT_TARGET_OPTIONS, type TargetOptions } from '../options.js';
import type { Rule, RuleContext, RuleReport } from './define-rule.js';
import { RULES } from './index.js';
import { allStrings, type StringSite } from './helpers.js';

export type SeveritySetting = Severity | 'off';

export interface RunRulesOptions {
  target?: Partial<TargetOptions>;
  /** Per-rule severity overrides; `off` drops the rule's findings. */
  severities?: Readonly<Record<string, SeveritySetting>>;
  /** The catalogue to run (default: every rule). */
  rules?: readonly Rule[];
}

export function renderMessage(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}

interface Placed {
  path: string;
  innerPath?: string;
  span?: TextSpan;
}

/** Object-form createOptions (templates) are plain JSON in the file: fold the inner pointer into the path. */
function place(loaded: LoadedManifest, at: string, inner: string | undefined, span?: TextSpan): Placed {
  if (inner === undefined) return { path: at, ...(span ? { span } : {}) };
  if (loaded.isEmbedded(at)) return { path: at, innerPath: inner, ...(span ? { span } : {}) };
  return { path: at + inner, ...(span ? { span } : {}) };
}

class Engine {
  readonly findings: Finding[] = [];
  private readonly views = new Map<EdgeModule, CreateOptionsView | undefined>();

  constructor(
    private readonly loaded: LoadedManifest,
    private readonly severities: Readonly<Record<string, SeveritySetting>>,
  ) {}

  createOptionsOf(module: EdgeModule): CreateOptionsView | undefined {
    if (!this.views.has(module)) {
      this.views.set(module, module.createOptions ? readCreateOptions(module.createOptions.value) : undefined);
    }
    return this.views.get(module);
  }

  isOff(ruleId: string): boolean {
    return this.severities[ruleId] === 'off';
  }

  emit(rule: Rule, report: RuleReport<string>, span?: TextSpan): void {
    const configured = this.severities[rule.id];
    if (configured === 'off') return;
    if (report.fix?.edits && !rule.fixable) {
      throw new Error(`Rule ${rule.id} attached edits but is not declared fixable`);
    }
    const template = rule.messages[report.messageId];
    if (template === undefined) throw new Error(`Rule ${rule.id} has no message ${report.messageId}`);
    const data = report.data ?? {};
    const placed = place(this.loaded, report.at, report.inner, span);
    const file = this.loaded.fileOf(report.at);
    const finding: Finding = {
      ruleId: rule.id,
      severity: configured ?? report.severity ?? rule.severity,
      message: renderMessage(template, data),
      messageId: report.messageId,
      data,
      file,
      path: this.loaded.localPath(placed.path),
      ...(placed.innerPath !== undefined ? { innerPath: placed.innerPath } : {}),
      ...(report.module !== undefined ? { module: report.module } : {}),
      docsUrl: rule.docsUrl,
    };
    const location = placed.span ? this.loaded.rangeOf(placed.span, report.at) : this.loaded.locate(report.at, report.inner);
    if (location) finding.location = location;
    if (report.related) {
      finding.related = report.related.map((related): RelatedLocation => {
        if ('file' in related) return { message: related.message, file: related.file, path: '', location: related.location };
        const where = place(this.loaded, related.at, related.inner);
        const relatedLocation = this.loaded.locate(related.at, related.inner);
        const relatedFile = this.loaded.fileOf(related.at);
        return {
          message: related.message,
          ...(relatedFile !== file ? { file: relatedFile } : {}),
          path: this.loaded.localPath(where.path),
          ...(where.innerPath !== undefined ? { innerPath: where.innerPath } : {}),
          ...(relatedLocation ? { location: relatedLocation } : {}),
        };
      });
    }
    if (report.fix) finding.fix = report.fix;
    this.findings.push(finding);
  }
}

/** Runs the catalogue over a loaded manifest: load problems first become findings, then every rule checks. */
export function runRules(loaded: LoadedManifest, options: RunRulesOptions = {}): Finding[] {
  const rules = options.rules ?? RULES;
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const target: TargetOptions = { ...DEFAULT_TARGET_OPTIONS, ...options.target };
  const engine = new Engine(loaded, options.severities ?? {});

  for (const problem of loaded.problems) {
    const rule = byId.get(problem.ruleId);
    if (rule) engine.emit(rule, toReport(problem), problem.span);
  }

  const manifest = loaded.manifest;
  if (manifest) {
    let strings: StringSite[] | undefined;
    for (const rule of rules) {
      if (!rule.check || engine.isOff(rule.id)) continue;
      const context: RuleContext<string> = {
        manifest,
        loaded,
        options: target,
        createOptionsOf: (module) => engine.createOptionsOf(module),
        strings: () => (strings ??= allStrings(loaded, manifest)),
        report: (report) => engine.emit(rule, report, report.span),
      };
      rule.check(context);
    }
  }
  return engine.findings.sort(compareFindings);
}

function toReport(problem: LoadProblem): RuleReport<string> {
  return {
    messageId: problem.messageId,
    data: problem.data,
    at: problem.path,
    ...(problem.innerPath !== undefined ? { inner: problem.innerPath } : {}),
    ...(problem.module !== undefined ? { module: problem.module } : {}),
    ...(problem.severity !== undefined ? { severity: problem.severity } : {}),
  };
}
