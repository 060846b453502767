import type { Severity } from '../findings.js';
import type { TextSpan } from './read.js';

/** Rule ids whose findings the loader raises itself; each has a rule file with its metadata and docs. */
export type LoaderRuleId =
  | 'invalid-json'
  | 'duplicate-key'
  | 'invalid-create-options'
  | 'create-options-chunks'
  | 'manifest-shape'
  | 'schema-violation';

/** A problem met while loading, before any rule runs. The rule engine renders it as a Finding. */
export interface LoadProblem {
  ruleId: LoaderRuleId;
  messageId: string;
  data: Record<string, string | number>;
  path: string;
  innerPath?: string;
  /** Explicit place in the file (outer offsets), for problems that have no node, such as syntax errors. */
  span?: TextSpan;
  module?: string;
  severity?: Severity;
}
