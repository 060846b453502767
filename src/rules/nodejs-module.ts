import type { EdgeModule } from '../manifest/model.js';
import { parsePortKey, type CreateOptionsView } from '../mapping/create-options.js';
import { defineRule, type RuleContext } from './define-rule.js';
import { envEntries } from './helpers.js';

interface Evidence {
  text: string;
  strong: boolean;
  at: string;
  inner?: string;
}

const NODE_COMMAND = /^(.*\/)?(node|nodejs|npm|npx|yarn|pnpm)$/i;
const NODE_IMAGE = /(^|[/_.-])(node|nodejs|node-red|nodered)([/_.:-]|$)|nodemodule/i;

function commandEvidence(view: CreateOptionsView, at: string): Evidence[] {
  const evidence: Evidence[] = [];
  for (const field of [view.entrypoint, view.cmd]) {
    if (!field) continue;
    const words = Array.isArray(field.value) ? field.value : typeof field.value === 'string' ? field.value.split(/\s+/) : [];
    const first = words.find((word): word is string => typeof word === 'string' && word.trim() !== '');
    if (first && NODE_COMMAND.test(first.trim())) evidence.push({ text: `${field.key} runs "${first.trim()}"`, strong: true, at, inner: field.pointer });
  }
  for (const field of [view.exposedPorts, view.portBindings]) {
    if (!field || typeof field.value !== 'object' || field.value === null) continue;
    for (const key of Object.keys(field.value)) {
      if (parsePortKey(key)?.port === 9229) {
        evidence.push({ text: 'port 9229 (the Node.js inspector)', strong: true, at, inner: `${field.pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` });
      }
    }
  }
  return evidence;
}

function moduleEvidence(module: EdgeModule, context: RuleContext<string>): Evidence[] {
  const evidence: Evidence[] = [];
  const view = context.createOptionsOf(module);
  if (view && module.createOptions) evidence.push(...commandEvidence(view, module.createOptions.at));
  for (const entry of envEntries(module, view)) {
    if (/^NODE_(ENV|OPTIONS|PATH|EXTRA_CA_CERTS|TLS_REJECT_UNAUTHORIZED)$/.test(entry.name)) {
      evidence.push({ text: `env ${entry.name}`, strong: false, at: entry.at, ...(entry.inner !== undefined ? { inner: entry.inner } : {}) });
    }
  }
  const image = module.image;
  if (image && typeof image.value === 'string' && NODE_IMAGE.test(image.value.replace(/:[^/]*$/, ''))) {
    evidence.push({ text: `image name "${image.value}"`, strong: false, at: image.at });
  }
  return evidence;
}

export default defineRule({
  id: 'nodejs-module',
  severity: 'warning',
  category: 'identity',
  summary: 'A module looks built on the Node.js IoT SDK, which cannot get its credentials on Kubernetes.',
  messages: {
    nodejs:
      'Module "{{module}}" looks like a Node.js module ({{evidence}}); Node.js SDK modules cannot retrieve credentials from iotedged on Kubernetes and do not start.',
  },
  check(context) {
    for (const module of context.manifest.modules) {
      if (module.system) continue;
      const evidence = moduleEvidence(module, context);
      if (evidence.length === 0) continue;
      const strong = evidence.some((item) => item.strong);
      const primary = evidence.find((item) => item.strong) ?? evidence[0]!;
      context.report({
        messageId: 'nodejs',
        at: primary.at,
        ...(primary.inner !== undefined ? { inner: primary.inner } : {}),
        module: module.name,
        severity: strong ? 'warning' : 'info',
        data: { module: module.name, evidence: evidence.map((item) => item.text).join('; ') },
      });
    }
  },
});
