import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits, collectEdits } from '../../src/fix/apply.js';
import { unifiedDiff } from '../../src/fix/diff.js';

const hasDiff = spawnSync('diff', ['--version']).status === 0;

describe('unifiedDiff', () => {
  const before = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n') + '\n';
  const cases: [string, string][] = [
    ['one change', before.replace('line 5\n', 'line five\n')],
    ['two distant changes', before.replace('line 2\n', 'line two\n').replace('line 30\n', 'line thirty\n')],
    ['two close changes', before.replace('line 10\n', 'x\n').replace('line 14\n', 'y\n')],
    ['a line added and one removed', before.replace('line 0\n', 'line 0\nnew\n').replace('line 39\n', '')],
  ];

  it.skipIf(!hasDiff).each(cases)('matches diff -u: %s', (_name, after) => {
    const dir = mkdtempSync(join(tmpdir(), 'iotedge-k8s-diff-'));
    writeFileSync(join(dir, 'a'), before);
    writeFileSync(join(dir, 'b'), after);
    const expected = spawnSync('diff', ['-u', join(dir, 'a'), join(dir, 'b')], { encoding: 'utf8' }).stdout;
    const body = (text: string) => text.split('\n').slice(2).join('\n');
    expect(body(unifiedDiff(before, after, 'f'))).toBe(body(expected));
  });

  it('is empty when nothing changes', () => {
    expect(unifiedDiff(before, before, 'f')).toBe('');
  });
});

describe('edits', () => {
  it('drop overlaps and apply from the end without shifting offsets', () => {
    const edits = collectEdits([
      { fix: { summary: '', edits: [{ offset: 4, length: 1, text: '__' }, { offset: 1, length: 1, text: '_' }] } },
      { fix: { summary: '', edits: [{ offset: 4, length: 2, text: 'zz' }] } },
    ] as never);
    expect(edits).toEqual([{ offset: 1, length: 1, text: '_' }, { offset: 4, length: 1, text: '__' }]);
    expect(applyEdits('a:b:c:d', edits)).toBe('a_b:__:d');
  });
});
