/**
 * `npm run bench`: measures, on a generated tree of realistic files,
 *  - ESLint with configs.all versus the same parsers and no rules (overhead),
 *    with per-rule times from ESLint's stats;
 *  - `gpt-image migrate --dry` versus plain jscodeshift running a no-op
 *    transform (time and peak memory);
 *  - reading every file (the floor).
 * Pairs are interleaved, each measured RUNS times; medians are reported.
 * Usage: node bench/run.mjs [--files N] [--runs N] [--out FILE]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ESLint } from 'eslint';
import { generate } from './generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { files: { type: 'string' }, runs: { type: 'string' }, out: { type: 'string' } } });
const FILES = Number(values.files ?? 5000);
const RUNS = Number(values.runs ?? 3);
const OUT = path.resolve(values.out ?? path.join(ROOT, 'bench/out/results.json'));
// Outside the repository: the repository's .gitignore (which lists bench/out) must not hide it from migrate.
const TREE = path.join(mkdtempSync(path.join(tmpdir(), 'gpt-image-bench-')), 'tree');

const { zeroConfig } = await import(path.join(ROOT, 'dist/src/cli/lint.js'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const log = (...a) => console.error(...a);

log(`generating ${FILES} files in ${TREE} ...`);
const files = generate(TREE, FILES);

function readAll() {
  const t0 = process.hrtime.bigint();
  let bytes = 0;
  for (const f of files) bytes += readFileSync(f).length;
  return { ms: ms(t0), bytes };
}

/**
 * `all`: configs.all. `none`: the same parsers, no rules (parse only). `trivial`:
 * one core rule with a single cheap listener (no-debugger), which makes ESLint
 * walk every AST and run code path analysis: the floor for any plugin.
 */
async function lint(which, stats = false) {
  const config = zeroConfig('all', '2026-11-22');
  const last = config.length - 1;
  if (which !== 'all') config[last] = { ...config[last], rules: which === 'trivial' ? { 'no-debugger': 'error' } : {} };
  const eslint = new ESLint({ cwd: TREE, overrideConfigFile: true, overrideConfig: config, stats });
  const t0 = process.hrtime.bigint();
  const results = await eslint.lintFiles(['.']);
  const elapsed = ms(t0);
  const perRule = {};
  let problems = 0;
  for (const r of results) {
    problems += r.messages.length;
    for (const pass of r.stats?.times?.passes ?? []) {
      for (const [rule, t] of Object.entries(pass.rules ?? {})) perRule[rule] = (perRule[rule] ?? 0) + t.total;
    }
  }
  return { ms: elapsed, files: results.length, problems, perRule };
}

function child(args, label) {
  const rssFile = path.join(tmpdir(), `bench-rss-${process.pid}-${label}`);
  rmSync(rssFile, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', path.join(ROOT, 'bench/maxrss.cjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const elapsed = ms(t0);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${label} exited ${r.status}: ${String(r.stderr).slice(-2000)}`);
  return { ms: elapsed, maxRssMiB: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

const migrateDry = () => child([path.join(ROOT, 'dist/src/cli/main.js'), 'migrate', '--dry', '--force', TREE], 'migrate');
const jscodeshiftNoop = () =>
  child(
    [
      path.join(ROOT, 'node_modules/jscodeshift/bin/jscodeshift.js'),
      '-t',
      path.join(ROOT, 'bench/noop-transform.cjs'),
      '--parser=tsx',
      '--extensions=js,jsx,mjs,cjs,ts,tsx,mts,cts',
      '--run-in-band',
      '--dry',
      '--silent',
      TREE,
    ],
    'jscodeshift',
  );

const samples = { read: [], lintAll: [], lintNone: [], lintTrivial: [], migrate: [], jscodeshift: [] };
// Warm-up (untimed): JIT, module loading, file cache; and the per-rule times,
// from ESLint's stats, in a run of their own so that the instrumentation does
// not slow the timed runs.
log('warm-up and per-rule stats');
readAll();
await lint('none');
await lint('trivial');
const statsRun = await lint('all', true);
const perRule = statsRun.perRule;
const lintInfo = { files: statsRun.files, problems: statsRun.problems };
for (let run = 0; run < RUNS; run++) {
  log(`run ${run + 1}/${RUNS}`);
  samples.read.push(readAll().ms);
  // Interleave each pair, alternating which goes first.
  const order = run % 2 ? ['none', 'trivial', 'all'] : ['all', 'trivial', 'none'];
  for (const which of order) {
    const r = await lint(which);
    samples[{ all: 'lintAll', none: 'lintNone', trivial: 'lintTrivial' }[which]].push(r.ms);
  }
  for (const which of run % 2 ? ['jscodeshift', 'migrate'] : ['migrate', 'jscodeshift']) {
    samples[which].push(which === 'migrate' ? migrateDry() : jscodeshiftNoop());
  }
}

const med = {
  readMs: median(samples.read),
  lintAllMs: median(samples.lintAll),
  lintParseOnlyMs: median(samples.lintNone),
  lintOneTrivialRuleMs: median(samples.lintTrivial),
  migrateDryMs: median(samples.migrate.map((s) => s.ms)),
  migrateDryMaxRssMiB: median(samples.migrate.map((s) => s.maxRssMiB)),
  jscodeshiftNoopMs: median(samples.jscodeshift.map((s) => s.ms)),
  jscodeshiftNoopMaxRssMiB: median(samples.jscodeshift.map((s) => s.maxRssMiB)),
};
const results = {
  date: new Date().toISOString(),
  node: process.version,
  files: FILES,
  runs: RUNS,
  lint: lintInfo,
  medians: med,
  ratios: {
    lintOverhead: med.lintAllMs / med.lintParseOnlyMs - 1,
    eslintTraversalOverhead: med.lintOneTrivialRuleMs / med.lintParseOnlyMs - 1,
    pluginOverheadOverTraversal: med.lintAllMs / med.lintOneTrivialRuleMs - 1,
    migrateVsJscodeshiftTime: med.migrateDryMs / med.jscodeshiftNoopMs,
    migrateVsJscodeshiftMemory: med.migrateDryMaxRssMiB / med.jscodeshiftNoopMaxRssMiB,
    lintOverReadFloor: med.lintAllMs / med.readMs,
  },
  perRuleMs: perRule,
  targets: { lintOverheadAtMost: 0.03, migrateFasterThanJscodeshift: true },
  samples,
};
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);

const pct = (x) => `${(x * 100).toFixed(1)}%`;
console.log(`files: ${FILES}, runs: ${RUNS} (medians)`);
console.log(`read every file (floor):      ${med.readMs.toFixed(0)} ms`);
console.log(`eslint, parse only:           ${med.lintParseOnlyMs.toFixed(0)} ms`);
console.log(`eslint, one trivial rule:     ${med.lintOneTrivialRuleMs.toFixed(0)} ms   ESLint's own walk for any rule: ${pct(results.ratios.eslintTraversalOverhead)}`);
console.log(`eslint, configs.all:          ${med.lintAllMs.toFixed(0)} ms   overhead ${pct(results.ratios.lintOverhead)} over parse only (target <= 3%), ${pct(results.ratios.pluginOverheadOverTraversal)} over one trivial rule`);
for (const [rule, t] of Object.entries(results.perRuleMs)) console.log(`  ${rule.padEnd(40)} ${t.toFixed(1)} ms`);
console.log(`jscodeshift no-op:            ${med.jscodeshiftNoopMs.toFixed(0)} ms, peak ${med.jscodeshiftNoopMaxRssMiB.toFixed(0)} MiB`);
console.log(`gpt-image migrate --dry:      ${med.migrateDryMs.toFixed(0)} ms, peak ${med.migrateDryMaxRssMiB.toFixed(0)} MiB`);
console.log(`migrate / jscodeshift: time ${results.ratios.migrateVsJscodeshiftTime.toFixed(3)}, memory ${results.ratios.migrateVsJscodeshiftMemory.toFixed(3)}`);
console.log(`results: ${path.relative(ROOT, OUT)}`);
rmSync(path.dirname(TREE), { recursive: true, force: true });
