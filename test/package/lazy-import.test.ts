/**
 * Importing the plugin loads no parser, no TypeScript and nothing of ESLint:
 * what it needs loads on first use. A child process imports the built plugin
 * with a load hook that lists every module it loads (test/package/loaded-modules.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/eslint.js';

const ENTRY = path.join(ROOT, 'dist/plugin.js');
const HEAVY = /[\\/]node_modules[\\/](typescript|@typescript-eslint[\\/][^\\/]+|eslint|espree|eslint-scope|oxc-parser|@oxc-parser[\\/][^\\/]+|jscodeshift|@babel[\\/][^\\/]+)[\\/]/;
const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The packages (under node_modules) that importing `entry` loaded, and the time it took. */
function loaded(entry: string): { packages: string[]; ms: number } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'test/package/loaded-modules.mjs'), entry], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const { ms, modules } = JSON.parse(r.stdout) as { ms: number; modules: string[] };
  return { ms, packages: [...new Set(modules.map((m) => m.match(HEAVY)?.[1]).filter((p): p is string => !!p))].sort() };
}

describe.skipIf(!existsSync(ENTRY))('importing the plugin', () => {
  it('loads no parser, no TypeScript and no ESLint', () => {
    const { packages, ms } = loaded(ENTRY);
    expect(packages).toEqual([]);
    console.log(`importing the plugin: ${ms.toFixed(0)} ms`);
  });

  it('loads typescript-eslint and TypeScript when the preset first parses a TypeScript file, so the check above can fail', () => {
    const entry = path.join(dir, 'parse-ts.mjs');
    writeFileSync(
      entry,
      `import plugin from ${JSON.stringify(pathToFileURL(ENTRY).href)};\nplugin.configs.recommended.languageOptions.parser.parseForESLint('const a: number = 1;', { filePath: 'a.ts', range: true, loc: true });\n`,
    );
    const { packages } = loaded(entry);
    expect(packages).toContain('typescript');
    expect(packages).toContain('@typescript-eslint/parser');
  });
});
