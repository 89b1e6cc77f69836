/**
 * `npm run bench` works: the script runs end to end on a small generated tree
 * and writes its ratios. (Timings are its output, never asserted here.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './support/eslint.js';

it.skipIf(!existsSync(path.join(ROOT, 'dist/src/cli/main.js')))('the benchmark script runs and writes its ratios', () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'gpt-image-bench-')), 'results.json');
  const r = spawnSync(process.execPath, ['bench/run.mjs', '--files', '60', '--runs', '1', '--out', out], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/overhead -?\d+\.\d%/);
  expect(r.stdout).toMatch(/migrate \/ jscodeshift: time \d+\.\d+, memory \d+\.\d+/);
  const results = JSON.parse(readFileSync(out, 'utf8')) as { files: number; lint: { files: number; problems: number }; ratios: Record<string, number> };
  expect(results.files).toBe(60);
  expect(results.lint.files).toBe(60);
  // the generated tree has image calls in about 1% of files, at least one here
  expect(results.lint.problems).toBeGreaterThan(0);
  for (const k of ['lintOverhead', 'migrateVsJscodeshiftTime', 'migrateVsJscodeshiftMemory']) expect(Number.isFinite(results.ratios[k])).toBe(true);
}, 180_000);
