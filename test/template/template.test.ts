import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../helpers/files.js';
import { generateDeployment } from '../../src/manifest/generate.js';
import { loadManifest } from '../../src/manifest/load.js';
import { expandVariables, parseDotenv } from '../../src/manifest/solution.js';
import { isTemplate } from '../../src/manifest/template.js';
import { runRules } from '../../src/rules/run-rules.js';
import { CORPUS_DIR, HAS_CORPUS, corpusFiles } from '../helpers/shared.js';

const solution = (files: Record<string, string>) => writeTree(files);

const moduleJson = (repository: string, platforms: string[]) =>
  JSON.stringify({ image: { repository, tag: { version: '0.0.1', platforms: Object.fromEntries(platforms.map((p) => [p, `./Dockerfile.${p}`])) } }, language: 'csharp' });

function template(modules: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    '$schema-template': '4.0.0',
    modulesContent: {
      $edgeAgent: { 'properties.desired': { schemaVersion: '1.1', runtime: { type: 'docker', settings: {} }, systemModules: {}, modules } },
      $edgeHub: { 'properties.desired': { schemaVersion: '1.1', routes: { r: 'FROM /messages/* WHERE $connectionModuleId = "a" INTO $upstream' } } },
      ...extra,
    },
  }, null, 2);
}

const imageOf = async (path: string, name: string, options = {}) => {
  const loaded = await loadManifest(path, options);
  return loaded.manifest!.modules.find((module) => module.name === name)!.image!.value;
};

describe('template resolution', () => {
  const root = solution({
    '.env': 'CONTAINER_REGISTRY_SERVER=contoso.azurecr.io\nCONTAINER_TAG=\nSECRET="from dotenv" # comment\nexport EXPORTED=yes\n',
    'modules/Filter/module.json': moduleJson('${CONTAINER_REGISTRY_SERVER}/Filter', ['amd64', 'amd64.debug', 'arm32v7']),
    'tools/Sidecar/module.json': moduleJson('contoso.azurecr.io/sidecar', ['amd64']),
    'deployment.template.json': template({
      a: { type: 'docker', settings: { image: '${MODULES.Filter}' }, env: { S: { value: '${SECRET}' }, E: { value: '$EXPORTED' }, U: { value: '$UNKNOWN' }, H: { value: '$edgeHub' } } },
      b: { type: 'docker', settings: { image: '${MODULES.Filter.debug}' } },
      c: { type: 'docker', settings: { image: '${MODULES.Filter.arm32v7}' } },
      d: { type: 'docker', settings: { image: '${MODULEDIR<tools/Sidecar>}' } },
      e: { type: 'docker', settings: { image: '${MODULES.Missing}' } },
    }),
  });
  const path = join(root, 'deployment.template.json');

  it('builds module images from module.json: repository lowercased, version, platform', async () => {
    expect(await imageOf(path, 'a')).toBe('contoso.azurecr.io/filter:0.0.1-amd64');
    expect(await imageOf(path, 'b')).toBe('contoso.azurecr.io/filter:0.0.1-amd64.debug');
    expect(await imageOf(path, 'c')).toBe('contoso.azurecr.io/filter:0.0.1-arm32v7');
    expect(await imageOf(path, 'd')).toBe('contoso.azurecr.io/sidecar:0.0.1-amd64');
    expect(await imageOf(path, 'a', { platform: 'arm32v7' })).toBe('contoso.azurecr.io/filter:0.0.1-arm32v7');
    expect(await imageOf(path, 'a', { env: { CONTAINER_TAG: 'ci42' } })).toBe('contoso.azurecr.io/filter:0.0.1-ci42-amd64');
  });

  it('expands variables from .env and the environment (which wins), never the system names', async () => {
    const loaded = await loadManifest(path, { env: { EXPORTED: 'from env' } });
    const env = Object.fromEntries(loaded.manifest!.modules.find((m) => m.name === 'a')!.env.map((v) => [v.name, v.value]));
    expect(env).toEqual({ S: 'from dotenv', E: 'from env', U: '$UNKNOWN', H: '$edgeHub' });
    expect(loaded.manifest!.routes[0]!.text).toContain('$connectionModuleId');
  });

  it('reports what stays unresolved, at the placeholder, saying why', async () => {
    const loaded = await loadManifest(path);
    const findings = runRules(loaded).filter((f) => f.ruleId === 'unresolved-placeholder');
    expect(findings.map((f) => [f.data.placeholder, f.data.reason])).toEqual([
      ['$UNKNOWN', expect.stringMatching(/^no variable UNKNOWN in .*\.env or the environment$/)],
      ['${MODULES.Missing}', 'no folder "Missing" with a module.json in the solution'],
    ]);
    const lines = loaded.text.split('\n');
    for (const finding of findings) expect(lines[finding.location!.line - 1]!.slice(finding.location!.column - 1)).toMatch(/^\$(UNKNOWN|\{MODULES\.Missing\})/);
  });

  it('leaves deployments alone: only *.template.json or $schema-template files are resolved', async () => {
    const copy = join(root, 'deployment.json');
    cpSync(path, copy);
    writeFileSync(copy, template({ a: { type: 'docker', settings: { image: '${MODULES.Filter}' } } }).replace('"$schema-template": "4.0.0",', ''));
    expect(isTemplate(copy, {})).toBe(false);
    expect(await imageOf(copy, 'a')).toBe('${MODULES.Filter}');
  });

  it('parses .env files as dotenv does', () => {
    expect(parseDotenv('A=1\n# c\nB="two words"\nC=three # trailing\nexport D=4\nbad line\n')).toEqual({ A: '1', B: 'two words', C: 'three', D: '4' });
    expect(expandVariables('${A}-$A-$B-${NOPE}', { A: 'x', B: 'y' })).toBe('x-x-y-${NOPE}');
  });
});

describe('resolve output', () => {
  it('stringifies createOptions and splits it into 512-character chunks, as the tooling does', () => {
    const long = { Env: Array.from({ length: 60 }, (_, i) => `VARIABLE_${i}=value-${i}`) };
    const out = generateDeployment({ '$schema-template': '4.0.0', moduleContent: { x: { settings: { image: 'i', createOptions: long } } } }) as any;
    expect(out['$schema-template']).toBeUndefined();
    const settings = out.modulesContent.x.settings;
    const keys = Object.keys(settings).filter((key) => key.startsWith('createOptions'));
    expect(keys[0]).toBe('createOptions');
    expect(keys[1]).toBe('createOptions01');
    expect(keys.every((key) => settings[key].length <= 512)).toBe(true);
    expect(JSON.parse(keys.map((key) => settings[key]).join(''))).toEqual(long);
  });
});

describe.skipIf(!HAS_CORPUS)('corpus templates', () => {
  it('load with every placeholder resolved or reported at its characters', async () => {
    let checked = 0;
    for (const file of corpusFiles()) {
      const loaded = await loadManifest(`${CORPUS_DIR}${file}`);
      if (!loaded.manifest || !isTemplate(file, loaded.written.value) && !loaded.text.includes('${')) continue;
      const lines = loaded.text.split('\n');
      for (const finding of runRules(loaded).filter((f) => f.ruleId === 'unresolved-placeholder')) {
        checked++;
        const at = lines[finding.location!.line - 1]!.slice(finding.location!.column - 1);
        const placeholder = String(finding.data.placeholder);
        // Inside createOptions strings quotes are escaped in the file; compare without backslashes.
        expect(at.replace(/\\\\/g, '').startsWith(placeholder.replace(/\\\\/g, '')), `${file}: ${placeholder} at ${at.slice(0, 40)}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
