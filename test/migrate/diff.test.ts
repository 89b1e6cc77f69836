/** The --dry diff is a real unified diff: `git apply` turns the old text into the new one. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/codemod/diff.js';
import { cleanup, tempDir } from './support.js';

afterEach(cleanup);

function applyWithGit(oldText: string, newText: string): string {
  const dir = tempDir('gpt-image-diff-');
  writeFileSync(path.join(dir, 'f.txt'), oldText);
  const patch = unifiedDiff(oldText, newText, 'a/f.txt', 'b/f.txt');
  writeFileSync(path.join(dir, 'p.patch'), patch);
  execFileSync('git', ['apply', '--whitespace=nowarn', 'p.patch'], { cwd: dir });
  return readFileSync(path.join(dir, 'f.txt'), 'utf8');
}

/** A deterministic pseudo-random sequence, so a failure can be reproduced. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'a/x', 'b/x')).toBe('');
  });

  it('writes hunks with three lines of context and merges nearby changes', () => {
    const old = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const changed = old.replace('line 5\n', 'line five\n').replace('line 9\n', 'line nine\n').replace('line 25\n', '');
    const d = unifiedDiff(old, changed, 'a/f', 'b/f');
    expect(d.split('\n').filter((l) => l.startsWith('@@'))).toEqual(['@@ -2,11 +2,11 @@', '@@ -22,7 +22,6 @@']);
    expect(d.startsWith('--- a/f\n+++ b/f\n')).toBe(true);
  });

  it('marks a missing final newline', () => {
    const d = unifiedDiff('a\nb', 'a\nc', 'a/f', 'b/f');
    expect(d).toBe('--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
  });

  it.each([
    ['an insertion at the top', 'b\nc\n', 'a\nb\nc\n'],
    ['a deletion at the end', 'a\nb\nc\n', 'a\nb\n'],
    ['an empty old file', '', 'a\nb\n'],
    ['an emptied file', 'a\nb\n', ''],
    ['a final newline added', 'a\nb', 'a\nb\n'],
    ['a final newline removed', 'a\nb\n', 'a\nb'],
    ['CRLF lines', 'a\r\nb\r\nc\r\n', 'a\r\nB\r\n// x\r\nc\r\n'],
  ])('applies with git apply: %s', (_what, oldText, newText) => {
    expect(applyWithGit(oldText, newText)).toBe(newText);
  });

  it('applies with git apply for many random edits', () => {
    const next = rng(42);
    const words = ['model', "'dall-e-3'", 'prompt', '}', '{', '', '  // TODO(gpt-image)', 'return x;'];
    let patches = 0;
    for (let round = 0; round < 40; round++) {
      const lines = Array.from({ length: 5 + Math.floor(next() * 40) }, () => words[Math.floor(next() * words.length)]);
      const changed = [...lines];
      for (let k = 0; k < 1 + Math.floor(next() * 5); k++) {
        const at = Math.floor(next() * (changed.length + 1));
        const op = next();
        if (op < 0.33) changed.splice(at, 1);
        else if (op < 0.66) changed.splice(at, 0, `new ${k}`);
        else changed[at] = `changed ${k}`;
      }
      const oldText = `${lines.join('\n')}\n`;
      const newText = `${changed.filter((l) => l !== undefined).join('\n')}\n`;
      if (oldText === newText) continue;
      patches++;
      expect(applyWithGit(oldText, newText)).toBe(newText);
    }
    expect(patches).toBeGreaterThan(30);
  });
});
