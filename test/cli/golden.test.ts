import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { kubernetesProblems } from '../helpers/k8s-validate.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * Each fixtures/<scenario>/ holds deployment.json, optional args (one per line) and expected/:
 * k8s.yaml (stdout of translate) and findings.txt (its stderr, then the exit code). Set
 * UPDATE_GOLDEN=1 (npm run test:update) to rewrite them, then review the diff before committing.
 */
const update = process.env.UPDATE_GOLDEN === '1';
const scenarios = readdirSync('fixtures').filter((name) => existsSync(`fixtures/${name}/deployment.json`)).sort();
/** Solution folders: each template is translated and resolved (expected/<template>.k8s.yaml, …). */
const solutions = readdirSync('fixtures').filter((name) => readdirSync(`fixtures/${name}`).some((file) => file.endsWith('.template.json'))).sort();

function golden(path: string, actual: string): void {
  if (update) {
    mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `${path} is missing; run npm run test:update and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden solution folders', () => {
  for (const scenario of solutions) {
    const dir = `fixtures/${scenario}`;
    for (const template of readdirSync(dir).filter((file) => file.endsWith('.template.json')).sort()) {
      it(`${scenario}/${template}`, async () => {
        const name = template.replace(/\.json$/, '');
        const translated = await runCli(['translate', `${dir}/${template}`, '--no-config']);
        golden(`${dir}/expected/${name}.k8s.yaml`, translated.stdout);
        expect(kubernetesProblems(parseAllDocuments(translated.stdout).map((document) => document.toJS()).filter(Boolean))).toEqual([]);
        golden(`${dir}/expected/${name}.findings.txt`, `${translated.stderr}exit code: ${translated.code}\n`);
        const resolved = await runCli(['resolve', `${dir}/${template}`]);
        expect(resolved.code).toBe(0);
        golden(`${dir}/expected/${name}.resolved.json`, resolved.stdout);
      });
    }
  }
});

describe('golden translate scenarios', () => {
  it('has scenarios', () => expect(scenarios.length).toBeGreaterThan(5));
  for (const scenario of scenarios) {
    it(scenario, async () => {
      const dir = `fixtures/${scenario}`;
      const args = existsSync(`${dir}/args`) ? readFileSync(`${dir}/args`, 'utf8').split('\n').filter(Boolean) : [];
      const result = await runCli(['translate', `${dir}/deployment.json`, ...args]);
      golden(`${dir}/expected/k8s.yaml`, result.stdout);
      expect(kubernetesProblems(parseAllDocuments(result.stdout).map((document) => document.toJS()).filter(Boolean))).toEqual([]);
      golden(`${dir}/expected/findings.txt`, `${result.stderr}exit code: ${result.code}\n`);
    });
  }
});
