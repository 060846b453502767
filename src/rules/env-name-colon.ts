import type { TextEdit } from '../findings.js';
import { relaxedEnvNameSupport, renameColons } from '../mapping/env-names.js';
import { formatKubernetesVersion } from '../mapping/kubernetes-version.js';
import { defineRule } from './define-rule.js';
import { envEntries, translatedModules } from './helpers.js';

export default defineRule({
  id: 'env-name-colon',
  severity: 'error',
  category: 'compatibility',
  summary: 'An environment variable name contains ":", which Kubernetes before 1.34 rejects.',
  fixable: true,
  messages: {
    rejected:
      'Env name "{{name}}" contains ":", which Kubernetes {{version}} rejects (accepted from 1.34, KEP-4369); translate renames it to "{{renamed}}". .NET configuration reads "__" as ":", so a replacement of "__" keeps the meaning for .NET modules.',
    beta:
      'Env name "{{name}}" contains ":"; Kubernetes {{version}} accepts it only while the RelaxedEnvironmentVariableValidation gate (beta) is on, so translate renames it to "{{renamed}}". .NET configuration reads "__" as ":".',
    accepted: 'Env name "{{name}}" contains ":"; Kubernetes {{version}} accepts it (KEP-4369, GA in 1.34), so translate keeps it.',
  },
  check(context) {
    const { kubernetesVersion, envColonReplacement } = context.options;
    const support = relaxedEnvNameSupport(kubernetesVersion);
    const version = formatKubernetesVersion(kubernetesVersion);
    for (const module of translatedModules(context.manifest)) {
      for (const entry of envEntries(module, context.createOptionsOf(module))) {
        if (!entry.name.includes(':')) continue;
        const renamed = renameColons(entry.name, envColonReplacement);
        const data = { name: entry.name, renamed, version };
        const base = { at: entry.at, module: module.name, data, ...(entry.inner !== undefined ? { inner: entry.inner } : {}) };
        if (support === 'accepted') {
          context.report({ ...base, messageId: 'accepted', severity: 'info' });
          continue;
        }
        const edits = colonEdits(context.loaded.stringAt(entry.at, entry.inner, entry.source === 'env' ? 'key' : 'value'), entry.name.length, envColonReplacement);
        context.report({
          ...base,
          messageId: support === 'beta' ? 'beta' : 'rejected',
          severity: support === 'beta' ? 'warning' : 'error',
          fix: { summary: `Rename "${entry.name}" to "${renamed}" (and read it under that name in the module).`, ...(edits ? { edits } : {}) },
        });
      }
    }
  },
});

/** One edit per `:` in the name, leaving every other character of the file alone. */
function colonEdits(decoded: { text: string; offsets: Int32Array } | undefined, nameLength: number, replacement: string): TextEdit[] | undefined {
  if (!decoded) return undefined;
  const edits: TextEdit[] = [];
  for (let i = 0; i < nameLength && i < decoded.text.length; i++) {
    if (decoded.text[i] !== ':') continue;
    const offset = decoded.offsets[i]!;
    edits.push({ offset, length: decoded.offsets[i + 1]! - offset, text: replacement });
  }
  return edits;
}
