/**
 * `npm run bench` works: the script runs end to end on a small generated tree
 * (no network: the real corpus is left out) and writes its ratios. Timings
 * are its output, never asserted here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './support/eslint.js';

it.skipIf(!existsSync(path.join(ROOT, 'dist/src/cli/main.js')))('the benchmark script runs and writes its ratios', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-bench-'));
  try {
    const out = path.join(dir, 'results.json');
    const r = spawnSync(process.execPath, ['bench/run.mjs', '--corpus', 'generated', '--files', '60', '--runs', '1', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/rules' own cost \(stats\): +\d+ ms = -?\d+\.\d% \(min/);
    expect(r.stdout).toMatch(/marginal cost: +cpu -?\d+\.\d%/);
    expect(r.stdout).toMatch(/gpt-image lint \/ eslint: +cpu \d+\.\d+x .*target <= 0\.10x\); findings: \d+, identical: yes/);
    expect(r.stdout).toMatch(/plugin \/ no-op: +cpu \d+\.\d+x .*target <= 1\.5x\); findings: \d+, same as eslint: yes/);
    expect(r.stdout).toMatch(/oxlint \+ this plugin, run cache: +\d+ ms .*\n +plugin \/ no-op: +cpu \d+\.\d+x .*target <= 1\.5x\)/);
    expect(r.stdout).toMatch(/importing the plugin: +\d+ ms .*target <= 150 ms\); loads TypeScript: no/);
    expect(r.stdout).toMatch(/migrate \/ jscodeshift: +cpu \d+\.\d+x .*memory \d+\.\d+x/);
    const results = JSON.parse(readFileSync(out, 'utf8')) as {
      import: { ms: { median: number }; loadsTypescript: boolean };
      tables: { files: number; findings: number; identicalFindings: boolean; oxlint: { findings: number; identicalFindings: boolean }; ratios: Record<string, { median: number }> }[];
    };
    expect(results.import.loadsTypescript).toBe(false);
    expect(results.tables).toHaveLength(1);
    const [t] = results.tables;
    expect(t.files).toBe(60);
    // the generated tree has image calls in about 1% of files, at least one here
    expect(t.findings).toBeGreaterThan(0);
    expect(t.identicalFindings).toBe(true);
    expect(t.oxlint).toEqual({ findings: t.findings, identicalFindings: true });
    for (const k of ['rulesOwnCost', 'marginalCostCpu', 'lintVsEslintCpu', 'lintSpeedupCpu', 'oxlintVsNoopCpu', 'oxlintWarmVsNoopCpu', 'migrateVsJscodeshiftCpu', 'migrateVsJscodeshiftMemory']) expect(Number.isFinite(t.ratios[k].median)).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);
