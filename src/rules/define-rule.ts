import type { Finding, Fix, Severity, SourceRange } from '../findings.js';
import type { LoadedManifest } from '../manifest/load.js';
import type { EdgeModule, Manifest } from '../manifest/model.js';
import type { CreateOptionsView } from '../mapping/create-options.js';
import type { TargetOptions } from '../options.js';
import type { TextSpan } from '../manifest/read.js';
import type { StringSite } from './helpers.js';

export type RuleCategory = 'input' | 'compatibility' | 'networking' | 'storage' | 'security' | 'identity' | 'messaging' | 'lifecycle' | 'observability';

export const DOCS_BASE_URL = 'https://github.com/iotedge-k8s/iotedge-k8s/blob/main/docs/rules/';

export interface RuleReport<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** Pointer in the file. */
  at: string;
  /** Pointer inside the createOptions found at `at`. */
  inner?: string;
  /** A narrower place in the file than the node at `at` (outer offsets), such as a word in a route. */
  span?: TextSpan;
  module?: string;
  /** Overrides the rule's default severity for this finding (a configured severity still wins). */
  severity?: Severity;
  fix?: Fix;
  /** Other places: in the same file by pointer, or in another file with its own location. */
  related?: readonly ({ message: string; at: string; inner?: string } | { message: string; file: string; location: SourceRange })[];
}

export interface RuleContext<M extends string> {
  readonly manifest: Manifest;
  readonly loaded: LoadedManifest;
  readonly options: TargetOptions;
  /** The module's createOptions read as the agent reads them (cached). */
  createOptionsOf(module: EdgeModule): CreateOptionsView | undefined;
  /** Every string key and value of the manifest, createOptions contents included (walked once per run). */
  strings(): readonly StringSite[];
  report(report: RuleReport<M>): void;
}

export interface RuleDefinition<M extends string> {
  /** Stable, kebab-case, equal to the file name. */
  id: string;
  /** Default severity. */
  severity: Severity;
  category: RuleCategory;
  /** One sentence: the README table, `rules`, SARIF shortDescription and the doc's first line. */
  summary: string;
  messages: Readonly<Record<M, string>>;
  /** True only when the rule attaches machine-applicable edits; the engine enforces it. */
  fixable?: boolean;
  /** Absent for rules whose findings the loader raises (invalid JSON, schema errors…). */
  check?: (context: RuleContext<M>) => void;
}

export interface Rule<M extends string = string> extends RuleDefinition<M> {
  docsUrl: string;
}

/** Identity helper that types message ids and derives the docs URL from the id. */
export function defineRule<M extends string>(definition: RuleDefinition<M>): Rule<M> {
  return { ...definition, docsUrl: `${DOCS_BASE_URL}${definition.id}.md` };
}

export type { Finding };
