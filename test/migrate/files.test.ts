/** Which files `gpt-image migrate` looks at, and the .gitignore matcher used outside git work trees. */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isIgnored, notReadMessage, parseGitignore } from '../../src/codemod/files.js';
import { selectFiles } from '../../src/codemod/select.js';
import { isSourceFile, parserFor } from '../../src/codemod/parse.js';
import { cleanup, tempDir, writeFiles } from './support.js';

afterEach(cleanup);

describe('.gitignore patterns', () => {
  const base = '/repo';
  const rules = parseGitignore(
    ['# comment', '', '*.log', '/out', 'tmp/', 'docs/**/gen-*.ts', '!keep.log', 'a?c.ts', '[bc]at.ts', '\\#hash.ts', 'deep/**'].join('\n'),
    base,
  );
  const ignored = (rel: string, dir = false) => isIgnored(rules, path.join(base, rel), dir);

  it('matches names at any depth when the pattern has no slash', () => {
    expect(ignored('x.log')).toBe(true);
    expect(ignored('src/y/x.log')).toBe(true);
    expect(ignored('keep.log')).toBe(false);
    expect(ignored('src/abc.ts')).toBe(true);
    expect(ignored('src/cat.ts')).toBe(true);
    expect(ignored('src/rat.ts')).toBe(false);
    expect(ignored('#hash.ts')).toBe(true);
  });
  it('anchors patterns with a slash to the .gitignore directory', () => {
    expect(ignored('out', true)).toBe(true);
    expect(ignored('src/out', true)).toBe(false);
    expect(ignored('docs/gen-a.ts')).toBe(true);
    expect(ignored('docs/x/y/gen-a.ts')).toBe(true);
    expect(ignored('src/docs/gen-a.ts')).toBe(false);
    expect(ignored('deep/a/b.ts')).toBe(true);
  });
  it('applies trailing-slash patterns to directories only', () => {
    expect(ignored('src/tmp', true)).toBe(true);
    expect(ignored('src/tmp', false)).toBe(false);
  });
});

describe('selectFiles', () => {
  it('finds the eight extensions and component files, skips node_modules, dist, build, out, coverage, .next, .turbo, .git and declaration files while walking, and reports missing paths and named files it does not read', () => {
    const dir = tempDir();
    const files: Record<string, string> = {};
    for (const ext of ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts', 'json', 'md', 'vue', 'svelte', 'astro', 'html']) files[`src/a.${ext}`] = 'x';
    Object.assign(files, { 'src/a.d.ts': 'x', 'src/b.d.mts': 'x', 'node_modules/p/i.js': 'x', 'dist/i.js': 'x', 'build/i.js': 'x', 'src/build/i.js': 'x', 'src/out/i.ts': 'x', 'coverage/i.js': 'x', '.next/i.js': 'x', '.turbo/i.js': 'x', '.git/hooks/h.js': 'x' });
    writeFiles(dir, files);
    const found = selectFiles(['.', 'nope', 'src/a.md', 'src/a.d.ts', 'src/a.vue'], dir);
    expect(found.missing).toEqual(['nope']);
    expect(found.unsupported).toEqual(['src/a.md', 'src/a.d.ts']);
    expect(found.files.map((f) => path.relative(dir, f))).toEqual(
      ['cjs', 'js', 'jsx', 'mjs', 'mts', 'ts', 'tsx', 'cts', 'vue', 'svelte', 'astro'].map((e) => `src/a.${e}`).sort(),
    );
    expect(notReadMessage(found.unsupported)).toBe('does not read .md files (src/a.md), declaration files (src/a.d.ts); it reads .js .jsx .mjs .cjs .ts .tsx .mts .cts .vue .svelte .astro');
  });
});

describe('parser choice', () => {
  it('reads .ts/.mts/.cts as TypeScript, .tsx as TSX and JavaScript with JSX', () => {
    expect(['a.ts', 'a.mts', 'a.cts', 'A.TS'].map(parserFor)).toEqual(['ts', 'ts', 'ts', 'ts']);
    expect(['a.js', 'a.jsx', 'a.mjs', 'a.cjs', 'a.tsx'].map(parserFor)).toEqual(['jsx', 'jsx', 'jsx', 'jsx', 'tsx']);
    expect(isSourceFile('x.d.ts')).toBe(false);
    expect(isSourceFile('x.d.css.ts')).toBe(false);
    expect(isSourceFile('x.json')).toBe(false);
  });
});
