/**
 * Recall and precision on a corpus of real-world-shaped files
 * (test/fixtures/corpus, and the cross-module fixture project), linted as a
 * user would: the `recommended` preset in a real ESLint instance. Every line
 * that must be reported ends with `// expect: <rule> [<rule> ...]` (the
 * expectations); any other report is a false positive.
 *
 * Prints the numbers: `corpus: recall 100.0% (n/n), 0 false positives`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { FIXTURES } from '../support/eslint.js';

const today = '2026-11-22';

function expectations(file: string): string[] {
  const out: string[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /expect: ([a-z- ]+?)\s*$/.exec(line);
      if (m) for (const rule of m[1].trim().split(/\s+/)) out.push(`${i + 1} gpt-image/${rule}`);
    });
  return out;
}

it('finds at least 98% of the marked problems with no false positive under recommended', async () => {
  const eslint = new ESLint({
    cwd: FIXTURES,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
      plugin.configs.recommended,
      // Statuses as of a fixed date, so the numbers do not move with the calendar.
      { rules: { 'gpt-image/no-legacy-model': ['error', { today }], 'gpt-image/require-model': ['error', { today }] } },
    ] as Linter.Config[],
  });
  const results = await eslint.lintFiles(['corpus/**/*.{ts,tsx,js,mjs,cjs}', 'project/src/**/*.ts']);
  expect(results.length).toBeGreaterThanOrEqual(20);
  let expected = 0;
  let found = 0;
  const missed: string[] = [];
  const falsePositives: string[] = [];
  for (const r of results) {
    const rel = path.relative(FIXTURES, r.filePath);
    expect(r.messages.filter((m) => m.fatal), rel).toEqual([]);
    const want = expectations(r.filePath);
    const got = r.messages.map((m) => `${m.line} ${m.ruleId}`);
    expected += want.length;
    for (const w of want) {
      if (got.includes(w)) found++;
      else missed.push(`${rel}:${w}`);
    }
    for (const m of r.messages) if (!want.includes(`${m.line} ${m.ruleId}`)) falsePositives.push(`${rel}:${m.line} ${m.ruleId}: ${m.message}`);
  }
  const recall = found / expected;
  console.log(`corpus: ${results.length} files, recall ${(recall * 100).toFixed(1)}% (${found}/${expected}), ${falsePositives.length} false positives`);
  if (missed.length) console.log(`missed:\n  ${missed.join('\n  ')}`);
  expect(expected).toBeGreaterThanOrEqual(40);
  expect(falsePositives).toEqual([]);
  expect(recall).toBeGreaterThanOrEqual(0.98);
});
