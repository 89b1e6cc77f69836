/**
 * The kept-aside set (issue 17): real-code shapes in which a request is built
 * in one place and sent somewhere else. Each folder of
 * `test/fixtures/kept-aside/` is one case: its source files and an
 * `expect.json` listing the findings a lint must report
 * (`[{ "file", "line", "ruleId" }]`, `[]` for a case that must stay quiet).
 * Over the whole set the lint finds at least 98% of the expected findings and
 * reports nothing else.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

const CASES = readdirSync(SET, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

async function lintCase(name: string): Promise<Expected[]> {
  const cwd = path.join(SET, name);
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
      { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      plugin.configs.recommended,
      { rules: { 'gpt-image/no-legacy-model': ['error', { today }], 'gpt-image/no-preview-feature': ['error', { today }], 'gpt-image/require-model': ['error', { today }] } },
    ] as Linter.Config[],
  });
  const results = await eslint.lintFiles(['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}']);
  return results.flatMap((r) => r.messages.map((m) => ({ file: path.relative(cwd, r.filePath).split(path.sep).join('/'), line: m.line, ruleId: m.ruleId ?? `fatal: ${m.message}` })));
}

const key = (f: Expected) => `${f.file}:${f.line} ${f.ruleId}`;

describe('the kept-aside set of real-code shapes', () => {
  it('has cases, each with an expect.json', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(10);
    for (const c of CASES) expect(existsSync(path.join(SET, c, 'expect.json')), c).toBe(true);
  });

  it('finds at least 98% of the expected findings with no false positive', async () => {
    let expected = 0;
    let found = 0;
    const falsePositives: string[] = [];
    const missed: string[] = [];
    for (const c of CASES) {
      const want = (JSON.parse(readFileSync(path.join(SET, c, 'expect.json'), 'utf8')) as Expected[]).map(key);
      const got = [...new Set((await lintCase(c)).map(key))];
      expected += want.length;
      for (const w of want) if (got.includes(w)) found++;
      else missed.push(`${c}/${w}`);
      for (const g of got) if (!want.includes(g)) falsePositives.push(`${c}/${g}`);
    }
    expect(falsePositives).toEqual([]);
    expect(expected).toBeGreaterThan(0);
    expect({ ratio: found / expected >= 0.98, missed }).toEqual({ ratio: true, missed: expect.any(Array) });
  }, 120_000);
});
