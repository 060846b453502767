import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/load.js';
import { CORPUS_DIR, HAS_CORPUS, corpusFiles } from '../helpers/shared.js';

describe.skipIf(!HAS_CORPUS)('every corpus manifest loads into a model or a precise finding', () => {
  for (const file of corpusFiles()) {
    it(file, async () => {
      const loaded = await loadManifest(`${CORPUS_DIR}${file}`);
      if (file.startsWith('26-')) {
        // Invalid JSON on purpose: unquoted __TOKEN__ placeholders where objects belong.
        expect(loaded.manifest).toBeUndefined();
        const problems = loaded.problems.map((problem) => ({ ...problem, range: loaded.rangeOf(problem.span!) }));
        expect(problems).toMatchObject([
          { ruleId: 'invalid-json', range: { line: 33, column: 20 }, data: { detail: expect.stringContaining('__ASA_ENV__') } },
          { ruleId: 'invalid-json', range: { line: 46, column: 31 }, data: { detail: expect.stringContaining('__ASA_DESIRED_PROPERTIES__') } },
        ]);
        return;
      }
      const manifest = loaded.manifest!;
      expect(manifest).toBeDefined();
      expect(manifest.shape).not.toBe('unknown');
      // Every module knows where it is, and that place is in the file.
      for (const module of manifest.modules) {
        expect(loaded.locate(module.at)?.line).toBeGreaterThan(1);
        expect(typeof module.image?.value).toBe('string');
        if (module.createOptions) expect(module.createOptions.ok).toBe(true);
      }
      if (!manifest.layered) expect(manifest.modules.map((module) => module.identity).slice(0, 2)).toEqual(['$edgeAgent', '$edgeHub']);
      else expect(manifest.modules.length).toBeGreaterThan(0);
    });
  }

  it('knows the shapes the index describes', async () => {
    const shapeOf = async (prefix: string) => (await loadManifest(`${CORPUS_DIR}${corpusFiles().find((file) => file.startsWith(prefix))!}`)).manifest?.shape;
    expect(await shapeOf('02-')).toBe('content');
    expect(await shapeOf('07-')).toBe('moduleContent');
    expect(await shapeOf('14-')).toBe('moduleContent');
    expect(await shapeOf('31-')).toBe('bare');
  });

  it('joins the eight chunks of corpus 07', async () => {
    const loaded = await loadManifest(`${CORPUS_DIR}07-iotedgehubdev-chunked-createoptions.json`);
    const chunked = loaded.manifest!.modules.filter((module) => module.createOptions?.form === 'chunked');
    expect(chunked.map((module) => module.createOptions!.chunks.length)).toEqual([2, 8]);
    expect(loaded.problems.filter((problem) => problem.ruleId.includes('create-options'))).toEqual([]);
  });
});
