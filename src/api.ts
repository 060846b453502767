import type { Finding } from './findings.js';
import type { LoadedManifest } from './manifest/load.js';
import { runRules, type RunRulesOptions } from './rules/run-rules.js';
import type { KubernetesObject } from './translate/order.js';
import type { TranslateOptions } from './translate/options.js';
import { translateModel } from './translate/translate.js';

export type LintOptions = RunRulesOptions;

/** Every finding for a loaded manifest, sorted by position. */
export function lintManifest(loaded: LoadedManifest, options: LintOptions = {}): Finding[] {
  return runRules(loaded, options);
}

export interface TranslateResult {
  objects: KubernetesObject[];
  /** The same findings lint gives for these options: everything lost or changed in translation. */
  findings: Finding[];
}

/** Kubernetes objects for a loaded manifest, with the findings that explain what did not carry over. */
export function translateManifest(
  loaded: LoadedManifest,
  options: Partial<TranslateOptions> = {},
  lintOptions: Omit<LintOptions, 'target'> = {},
): TranslateResult {
  const findings = runRules(loaded, { ...lintOptions, target: options });
  const objects = loaded.manifest ? translateModel(loaded.manifest, options) : [];
  return { objects, findings };
}
