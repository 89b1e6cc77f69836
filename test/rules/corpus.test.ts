/**
 * Recall and precision on a corpus of real-world-shaped files
 * (test/fixtures/corpus, and the cross-module fixture project), linted as a
 * user would: the `recommended` preset in a real ESLint instance. Every line
 * that must be reported ends with `// expect: <rule> [<rule> ...]` (the
 * expectations); any other report is a false positive.
 *
 * Prints the numbers: `corpus: recall 100.0% (n/n), 0 false positives`.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { expect, it } from 'vitest';
import { migrateFiles } from '../../src/codemod/run.js';
import { defaultOptions } from '../../src/codemod/transforms.js';
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


/** ESLint with the recommended preset, statuses as of a fixed date so the numbers do not move with the calendar. */
function corpusLinter(cwd: string): ESLint {
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
      plugin.configs.recommended,
      { rules: { 'gpt-image/no-legacy-model': ['error', { today }], 'gpt-image/require-model': ['error', { today }] } },
    ] as Linter.Config[],
  });
}

it('finds at least 98% of the marked problems with no false positive under recommended', async () => {
  const eslint = corpusLinter(FIXTURES);
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

// Fixes on calls already on a current model (issue 10, item 12) and unknown ids are not migrate's yet: those rules are left out here.
const MIGRATED_RULES = ['gpt-image/no-legacy-model', 'gpt-image/require-model', 'gpt-image/no-image-model-in-responses', 'gpt-image/no-url-response'];

it('after gpt-image migrate, every remaining legacy, missing-model, Responses or url report on the corpus has a TODO(gpt-image) within three lines above it', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-corpus-'));
  cpSync(path.join(FIXTURES, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  cpSync(path.join(FIXTURES, 'project'), path.join(dir, 'project'), { recursive: true });
  const files = readdirSync(path.join(dir, 'corpus'))
    .filter((f) => /\.(ts|js|mjs)$/.test(f))
    .map((f) => path.join(dir, 'corpus', f));
  const projectFiles = ['covers.ts', 'avatars.ts', 'http.ts', 'config/models.ts'].map((f) => path.join(dir, 'project/src', f));
  const report = migrateFiles([...files, ...projectFiles], { options: defaultOptions({ today }), cwd: dir, dry: false });
  expect(report.summary.failed).toBe(0);
  const eslint = corpusLinter(dir);
  const results = await eslint.lintFiles(['corpus/**/*.{ts,js,mjs}', 'project/src/**/*.ts']);
  const unexplained: string[] = [];
  for (const r of results) {
    expect(r.messages.filter((m) => m.fatal), r.filePath).toEqual([]);
    const lines = readFileSync(r.filePath, 'utf8').split('\n');
    for (const m of r.messages.filter((x) => MIGRATED_RULES.includes(x.ruleId ?? ''))) {
      const above = lines.slice(Math.max(0, m.line - 4), m.line).join('\n');
      if (!above.includes('TODO(gpt-image)')) unexplained.push(`${path.relative(dir, r.filePath)}:${m.line} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(unexplained).toEqual([]);
  // The shapes of this issue were migrated, not left: defaults, class fields, helpers, conditional spreads.
  const read = (f: string) => readFileSync(path.join(dir, 'corpus', f), 'utf8');
  // A parameter default is a fallback a caller may override: on OpenAI the model and the quality default move (no live model takes
  // `standard`), and the quality a caller may pass gets a TODO (issue 18).
  expect(read('defaults.ts')).toMatch(/model = 'gpt-image-2', quality = 'medium'\) \{\n\s+const res = await openai\.images\.generate\(\{ model, prompt, \/\* TODO\(gpt-image\): `quality` came from `quality`/);
  expect(read('class-field.ts')).not.toContain("'dall-e-2'");
  expect(read('helper-params.ts')).not.toMatch(/gpt-image-1'|dall-e-3|\.\.\.\(style && \{ style \}\),\n  \}\);\n  return res.data\?\.\[0\]\?\.b64_json;\n\}\s*$/);
});
