import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { SourceRange } from '../findings.js';
import type { EdgeModule } from '../manifest/model.js';
import { dockerfiles, readPackageJson } from '../manifest/solution.js';
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

interface FileEvidence {
  text: string;
  file: string;
  location: SourceRange;
}

/** Where `needle` first occurs in a file's text, as a range; the whole first line when it does not. */
function locateIn(text: string, needle: RegExp): SourceRange {
  const match = needle.exec(text);
  const index = match?.index ?? 0;
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  return { line, column, endLine: line, endColumn: column + (match?.[0].length ?? 0) };
}

/** Evidence from the module's folder in the solution: module.json, package.json, Dockerfiles. */
function solutionEvidence(module: EdgeModule, context: RuleContext<string>): FileEvidence[] {
  const folder = context.loaded.solutionModuleOf(module);
  if (!folder) return [];
  const evidence: FileEvidence[] = [];
  const language = folder.moduleJson?.language;
  if (typeof language === 'string' && /^(javascript|typescript|node(js)?)$/i.test(language)) {
    const text = readFileSync(folder.moduleJsonPath, 'utf8');
    evidence.push({ text: `module.json language "${language}"`, file: folder.moduleJsonPath, location: locateIn(text, /"language"/) });
  }
  const packageJson = readPackageJson(folder);
  const dependencies = { ...(packageJson?.dependencies as object | undefined), ...(packageJson?.devDependencies as object | undefined) };
  const sdk = Object.keys(dependencies).find((name) => /^azure-iot-device(-|$)/.test(name));
  if (sdk) {
    const path = join(folder.dir, 'package.json');
    evidence.push({ text: `package.json depends on ${sdk}`, file: path, location: locateIn(readFileSync(path, 'utf8'), new RegExp(`"${sdk}"`)) });
  }
  for (const dockerfile of dockerfiles(folder)) {
    const text = readFileSync(dockerfile, 'utf8');
    const from = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S*node\S*)/im.exec(text);
    if (from) {
      evidence.push({ text: `${basename(dockerfile)} is FROM ${from[1]}`, file: dockerfile, location: locateIn(text, /^\s*FROM\s.*$/im) });
      break;
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
      const files = solutionEvidence(module, context);
      if (evidence.length === 0 && files.length === 0) continue;
      // Anything from the module's own sources is strong evidence; the image name alone is not.
      const strong = files.length > 0 || evidence.some((item) => item.strong);
      const primary = evidence.find((item) => item.strong) ?? evidence[0] ?? { at: module.image?.at ?? module.at };
      context.report({
        messageId: 'nodejs',
        at: primary.at,
        ...('inner' in primary && primary.inner !== undefined ? { inner: primary.inner } : {}),
        module: module.name,
        severity: strong ? 'warning' : 'info',
        data: { module: module.name, evidence: [...new Set([...evidence.map((item) => item.text), ...files.map((item) => item.text)])].join('; ') },
        ...(files.length > 0 ? { related: files.map((item) => ({ message: item.text, file: item.file, location: item.location })) } : {}),
      });
    }
  },
});
