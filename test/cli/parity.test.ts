/**
 * `gpt-image lint` (oxc-parser) finds what ESLint with the same rules finds
 * (typescript-eslint's parser for TypeScript, espree for JavaScript), file by
 * file, line, column, rule and message: on the fixture corpus, the rule
 * fixtures, the example app, the robustness corpus and, when `npm run bench`
 * has cached it, the bench corpus.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDir } from '../../bench/corpus.mjs';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/cli/io.js';
import plugin from '../../src/index.js';
import { writeCorpus } from '../robustness/corpus.js';
import { FIXTURES, ROOT } from '../support/eslint.js';

const TODAY = '2026-11-22';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; message: string; fatal?: boolean }[];
}

/** `file:line:column rule message` of every finding in files that both parsers read; and the files each could not parse. */
function split(results: JsonResult[], cwd: string) {
  const fatal = results.filter((r) => r.messages.some((m) => m.fatal)).map((r) => path.relative(cwd, r.filePath));
  const findings = results
    .flatMap((r) => r.messages.filter((m) => !m.fatal).map((m) => `${path.relative(cwd, r.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`))
    .sort();
  return { fatal: fatal.sort(), findings, files: results.map((r) => path.relative(cwd, r.filePath)) };
}

async function cli(cwd: string) {
  const io = memoryIo({}, cwd);
  const code = await main(['lint', '--config', 'all', '--today', TODAY, '--format', 'json', '.'], io);
  expect(code, io.stderr.join('\n')).toBeLessThan(2);
  return JSON.parse(io.stdout.join('') || '[]') as JsonResult[];
}

async function eslint(cwd: string) {
  const all = plugin.configs.all;
  const rules = Object.fromEntries(Object.entries(all.rules).map(([id, level]) => [id, /no-legacy-model|no-preview-feature|require-model/.test(id) ? [level, { today: TODAY }] : level]));
  const instance = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { ignores: ['**/node_modules/**', '**/dist/**', '**/build/**'] },
      { linterOptions: { reportUnusedDisableDirectives: 'off' } },
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
      { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      { files: all.files, plugins: all.plugins, rules },
    ] as Linter.Config[],
  });
  const results = (await instance.lintFiles(['.'])) as unknown as JsonResult[];
  // Only the plugin's findings and parse errors, as `gpt-image lint` reports.
  return results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.fatal || m.ruleId?.startsWith('gpt-image/')) })).filter((r) => r.messages.length);
}

function tree(fill: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-parity-'));
  dirs.push(dir);
  fill(dir);
  return dir;
}

async function expectParity(cwd: string, { minFindings = 1, parsesMore = [] as string[] } = {}) {
  const ours = split(await cli(cwd), cwd);
  const theirs = split(await eslint(cwd), cwd);
  expect(theirs.findings.length).toBeGreaterThanOrEqual(minFindings);
  // Files ESLint's parsers cannot read but oxc can (named) are left out of the comparison; so are
  // those the CLI's gate turned away unparsed (their text names no image API or model).
  expect(theirs.fatal.filter((f) => !ours.fatal.includes(f) && ours.files.includes(f))).toEqual(parsesMore);
  expect(ours.fatal.filter((f) => !theirs.fatal.includes(f))).toEqual([]);
  expect(ours.findings.filter((f) => !parsesMore.some((p) => f.startsWith(`${p}:`)))).toEqual(theirs.findings);
  return ours.findings.length;
}

describe('gpt-image lint and ESLint find the same', () => {
  it('on the fixture corpus, the rule fixtures and the example app', async () => {
    const cwd = tree((dir) => {
      cpSync(path.join(FIXTURES, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
      cpSync(path.join(FIXTURES, 'project'), path.join(dir, 'project'), { recursive: true });
      cpSync(path.join(FIXTURES, 'rules'), path.join(dir, 'rules'), { recursive: true });
      cpSync(path.join(ROOT, 'examples/legacy-app'), path.join(dir, 'legacy-app'), { recursive: true });
    });
    await expectParity(cwd, { minFindings: 50 });
  }, 300_000);

  it('on the robustness corpus (CRLF, BOM, CJK, emoji, minified bundles, files that do not parse)', async () => {
    const cwd = tree((dir) => writeCorpus(dir));
    // 10,000 nested parentheses: espree gives up, oxc reads them. (binary.js never passes the CLI's gate.)
    await expectParity(cwd, { minFindings: 5, parsesMore: ['deep.js'] });
  }, 600_000);

  const bench = (existsSync(cacheDir()) ? readdirSync(cacheDir(), { withFileTypes: true }) : []).find((e) => e.name.startsWith('tree-') && existsSync(path.join(cacheDir(), e.name, '.complete')));
  it.skipIf(!bench)('on the bench corpus, when `npm run bench` has downloaded it', async () => {
    await expectParity(path.join(cacheDir(), bench!.name), { minFindings: 0 });
  }, 900_000);
});
