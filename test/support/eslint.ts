/** Helpers to run rules in RuleTester and in a real ESLint instance. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import plugin from '../../src/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures');

/** A RuleTester that parses TypeScript (and JS, and TSX with `filename: 'x.tsx'`). */
export function ruleTester(): RuleTester {
  return new RuleTester({ languageOptions: { parser: tsParser } });
}

/** A real ESLint instance with the plugin's preset (or the given rules) over files under `cwd`. */
export function realEslint(cwd: string, rules?: Linter.RulesRecord): ESLint {
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
      { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      rules ? { plugins: { 'gpt-image': plugin }, rules } : plugin.configs.recommended,
    ] as Linter.Config[],
  });
}

/**
 * The findings a fixture file expects, as `line gpt-image/rule`: from
 * `// expect: rule`, and with `typed`, also `// expect-typed: rule` (where only
 * the type checker knows the value).
 */
export function expectations(text: string, typed = false): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const m = (typed ? /expect(?:-typed)?: ([a-z- ]+?)\s*$/ : /expect: ([a-z- ]+?)\s*$/).exec(line);
    if (m) for (const rule of m[1].trim().split(/\s+/)) out.push(`${i + 1} gpt-image/${rule}`);
  });
  return out.sort();
}

/** The files under `dir` whose names match `pattern`. */
export function sourceFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full, pattern) : pattern.test(name) ? [full] : [];
  });
}
