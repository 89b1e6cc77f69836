/**
 * The "done" check: `gpt-image migrate` on a copy of
 * examples/legacy-app leaves an app that the plugin's `recommended` config
 * reports nothing on but the TODOs the summary listed; a second run changes
 * nothing.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterEach, expect, it } from 'vitest';
import { zeroConfig } from '../../src/cli/lint.js';
import type { MigrateReport } from '../../src/codemod/run.js';
import { ROOT } from '../support/eslint.js';
import { cleanup, git, migrate, snapshot, tempDir } from './support.js';

afterEach(cleanup);

const EXAMPLE = path.join(ROOT, 'examples/legacy-app');

async function lint(dir: string) {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: zeroConfig('recommended') as never });
  const results = await eslint.lintFiles(['.']);
  return results.flatMap((r) =>
    r.messages.map((m) => ({ file: path.relative(dir, r.filePath).split(path.sep).join('/'), line: m.line, rule: m.ruleId, message: m.message })),
  );
}

/** A TODO covers a message on its own line or in the statement right below it (no blank line between). */
function coveredBy(dir: string, todos: MigrateReport['todos'], msg: { file: string; line: number }): boolean {
  const lines = readFileSync(path.join(dir, msg.file), 'utf8').split(/\r?\n/);
  const mine = new Set(todos.filter((t) => t.file === msg.file).map((t) => t.line));
  for (let l = msg.line; l >= 1 && (l === msg.line || lines[l - 1].trim() !== ''); l--) if (mine.has(l)) return true;
  return false;
}

it.skipIf(!existsSync(EXAMPLE))('migrates examples/legacy-app so that it lints clean apart from the TODOs it lists', async () => {
  const work = tempDir();
  const dir = path.join(work, 'legacy-app');
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules`) });
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'legacy');

  const before = await lint(dir);
  expect(before.length).toBeGreaterThan(3); // the example has legacy calls, so the check below can fail

  const reportFile = path.join(work, 'report.json');
  const first = await migrate(dir, ['--json', reportFile]);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as MigrateReport;
  expect(report.summary.failed).toBe(0);
  expect(report.summary.changed).toBeGreaterThan(0);
  for (const t of report.todos) expect(first.stdout).toContain(`${t.file}:${t.line}  ${t.text}`);

  const after = await lint(dir);
  const uncovered = after.filter((m) => !coveredBy(dir, report.todos, m));
  expect(uncovered).toEqual([]);

  // Files that only mention model ids were not written.
  for (const f of ['src/db.ts', 'src/components/ModelPicker.tsx']) {
    if (existsSync(path.join(EXAMPLE, f))) expect(readFileSync(path.join(dir, f), 'utf8')).toBe(readFileSync(path.join(EXAMPLE, f), 'utf8'));
  }

  git(dir, 'commit', '-qam', 'migrate');
  const snap = snapshot(dir);
  const second = await migrate(dir, []);
  expect(second.code).toBe(0);
  expect(second.stdout).toMatch(/ 0 changed, /);
  expect(snapshot(dir)).toEqual(snap);
});
