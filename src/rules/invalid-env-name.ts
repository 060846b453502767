import { isClassicEnvName, isRelaxedEnvName, relaxedEnvNameSupport, renameColons } from '../mapping/env-names.js';
import { formatKubernetesVersion } from '../mapping/kubernetes-version.js';
import { defineRule } from './define-rule.js';
import { envEntries, translatedModules } from './helpers.js';

export default defineRule({
  id: 'invalid-env-name',
  severity: 'error',
  category: 'compatibility',
  summary: 'An environment variable name is invalid on the target Kubernetes version for a reason other than ":".',
  messages: {
    invalid:
      'Env name "{{name}}" is not valid on Kubernetes {{version}} ({{rule}}); translate leaves the variable out.',
  },
  check(context) {
    const { kubernetesVersion, envColonReplacement } = context.options;
    const relaxed = relaxedEnvNameSupport(kubernetesVersion) === 'accepted';
    const version = formatKubernetesVersion(kubernetesVersion);
    for (const module of translatedModules(context.manifest)) {
      for (const entry of envEntries(module, context.createOptionsOf(module))) {
        // Colons alone are env-name-colon's concern: translate renames them.
        const name = relaxed ? entry.name : renameColons(entry.name, envColonReplacement);
        if (relaxed ? isRelaxedEnvName(name) : isClassicEnvName(name)) continue;
        context.report({
          messageId: 'invalid',
          at: entry.at,
          ...(entry.inner !== undefined ? { inner: entry.inner } : {}),
          module: module.name,
          data: {
            name: entry.name,
            version,
            rule: relaxed ? 'printable ASCII except "="' : 'letters, digits, "_", "-" and ".", not starting with a digit',
          },
        });
      }
    }
  },
});
