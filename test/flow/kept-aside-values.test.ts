/**
 * The kept-aside set for values through branches, declared types and modules
 * (issue 17, items 3, 4 and 7): one folder per case under
 * `test/fixtures/kept-aside/values-*`, real-code shapes with an
 * `expect.json` listing the findings a user should get (`[]` for a shape that
 * must stay quiet). Linted with the recommended preset in a real ESLint run;
 * the set must find at least 98% of the expected findings with no false
 * positive.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { FIXTURES } from '../support/eslint.js';

const SET = path.join(FIXTURES, 'kept-aside');
const today = '2026-11-22';

interface Expected {
  file: string;
  line: number;
  ruleId: string;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.(m|c)?[jt]sx?$/.test(name) ? [full] : [];
  });
}

function eslintFor(cwd: string): ESLint {
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
      { files: ['**/*.{js,jsx,mjs}'], languageOptions: { sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } },
      { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
      plugin.configs.recommended,
      { rules: { 'gpt-image/no-legacy-model': ['error', { today }] } },
    ] as Linter.Config[],
  });
}

const CASES = readdirSync(SET)
  .filter((name) => name.startsWith('values-'))
  .sort();

const key = (f: Expected) => `${f.file}:${f.line} ${f.ruleId}`;

async function lintCase(name: string): Promise<{ expected: string[]; actual: string[] }> {
  const dir = path.join(SET, name);
  const expected = (JSON.parse(readFileSync(path.join(dir, 'expect.json'), 'utf8')) as Expected[]).map(key);
  const results = await eslintFor(dir).lintFiles(sources(dir));
  const actual = results.flatMap((r) =>
    r.messages.map((m) => key({ file: path.relative(dir, r.filePath).split(path.sep).join('/'), line: m.line, ruleId: m.ruleId ?? `error: ${m.message}` })),
  );
  return { expected, actual };
}

/** Matches findings one for one (a line may hold the same rule twice). */
function score(expected: string[], actual: string[]): { found: number; falsePositives: string[] } {
  const left = [...expected];
  const falsePositives: string[] = [];
  let found = 0;
  for (const a of actual) {
    const i = left.indexOf(a);
    if (i >= 0) {
      left.splice(i, 1);
      found++;
    } else falsePositives.push(a);
  }
  return { found, falsePositives };
}

describe('kept-aside set: values through branches, declared types and modules', () => {
  it('covers let and branches, declared unions, CommonJS and env config modules, imported clients and a Responses call with an imported id, with negative cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
    for (const part of ['let', 'declared', 'jsdoc', 'cjs', 'env-zod', 'env-t3', 'gateway', 'responses-imported', 'neg-']) {
      expect(CASES.some((c) => c.includes(part)), part).toBe(true);
    }
  });

  it('finds at least 98% of the expected findings with no false positive', async () => {
    let expectedTotal = 0;
    let foundTotal = 0;
    const falsePositives: string[] = [];
    const missed: string[] = [];
    for (const name of CASES) {
      const { expected, actual } = await lintCase(name);
      const s = score(expected, actual);
      expectedTotal += expected.length;
      foundTotal += s.found;
      falsePositives.push(...s.falsePositives.map((f) => `${name}/${f}`));
      const left = [...expected];
      for (const a of actual) {
        const i = left.indexOf(a);
        if (i >= 0) left.splice(i, 1);
      }
      missed.push(...left.map((f) => `${name}/${f}`));
    }
    console.log(`kept-aside values set: ${foundTotal}/${expectedTotal} found, ${falsePositives.length} false positives, ${CASES.length} cases`);
    expect(falsePositives).toEqual([]);
    expect(expectedTotal).toBeGreaterThanOrEqual(20);
    expect(foundTotal / expectedTotal, missed.join('\n')).toBeGreaterThanOrEqual(0.98);
  }, 120_000);
});
