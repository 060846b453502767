import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesTable } from '../../src/cli/commands/rules.js';
import { RULES } from '../../src/rules/index.js';
import { buildManifest, type ManifestSpec } from '../helpers/manifest-builder.js';
import { findingsOf } from '../helpers/rule-tester.js';

const NOT_RULES = new Set(['define-rule', 'run-rules', 'helpers', 'index']);
const HEADINGS = ['## Why it matters on Kubernetes', '## Incorrect', '## Correct', '## How iotedge-k8s translates it', '## When to ignore it'];
const DOCUMENT_KEYS = ['modulesContent', 'moduleContent', 'content', '$edgeAgent'];

/** A doc example: a whole manifest, a short example (see docs/rules/README.md), or raw text that is not JSON. */
function exampleManifest(example: string): string {
  // The one stand-in the pages may use, for values too large to print (docs/rules/README.md).
  const source = example.replace('(a value of more than a megabyte)', 'x'.repeat(1_100_000));
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    return source;
  }
  const keys = Object.keys(parsed as object);
  if (keys.some((key) => DOCUMENT_KEYS.includes(key))) return source;
  return buildManifest(parsed as ManifestSpec);
}

function section(page: string, heading: string): string {
  const start = page.indexOf(`${heading}\n`);
  const next = page.indexOf('\n## ', start + heading.length);
  return page.slice(start, next < 0 ? undefined : next);
}

function firstJsonBlock(text: string): string | undefined {
  return /```json\n([\s\S]*?)\n```/.exec(text)?.[1];
}

describe('the rule catalogue', () => {
  const files = readdirSync('src/rules').map((name) => name.replace(/\.ts$/, '')).filter((name) => !NOT_RULES.has(name));

  it('registers exactly the rule files, alphabetically', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids).toEqual([...files].sort());
    expect(ids).toEqual([...ids].sort());
  });

  it('has unique ids, kebab-case, with a summary that is one sentence', () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.summary).toMatch(/^[A-Za-z$].*\.$/);
      expect(rule.docsUrl.endsWith(`docs/rules/${rule.id}.md`)).toBe(true);
    }
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      const page = existsSync(`docs/rules/${rule.id}.md`) ? readFileSync(`docs/rules/${rule.id}.md`, 'utf8') : '';

      it('has a test file and a doc page with the template headings', () => {
        expect(existsSync(`test/rules/${rule.id}.test.ts`)).toBe(true);
        const lines = page.split('\n');
        expect(lines[0]).toBe(`# ${rule.id}`);
        expect(lines[2]).toBe(rule.summary);
        const positions = HEADINGS.map((heading) => page.indexOf(`\n${heading}\n`));
        expect(positions.every((position) => position > 0), `headings of ${rule.id}`).toBe(true);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(page.trimEnd().split('\n').pop()).toMatch(/^Rationale: /);
        expect(page).toContain(`Default severity: **${rule.severity}**`);
      });

      it('fires on its Incorrect example and not on its Correct one', async () => {
        const incorrect = firstJsonBlock(section(page, '## Incorrect'));
        const correct = firstJsonBlock(section(page, '## Correct'));
        expect(incorrect).toBeDefined();
        expect(correct).toBeDefined();
        expect((await findingsOf(rule.id, exampleManifest(incorrect!))).length).toBeGreaterThan(0);
        expect(await findingsOf(rule.id, exampleManifest(correct!))).toEqual([]);
      });
    });
  }

  it('matches the README rule table', () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf('| Rule |');
    const table = readme.slice(start, readme.indexOf('\n\n', start) + 1);
    expect(table).toBe(rulesTable());
  });
});
