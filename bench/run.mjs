/**
 * `npm run bench`: what the plugin costs, measured side by side on
 *  - the real corpus: TypeScript sources downloaded from the npm registry at
 *    pinned versions (bench/corpus.mjs), cached outside the repository;
 *  - a generated tree of realistic files (about 1% with image calls).
 * For each corpus:
 *  - rules' own cost: the plugin's rules in ESLint's stats (what TIMING=all
 *    shows), over a run with one trivial core rule (ESLint's own parse and
 *    traversal, which any rule pays, are not counted against the plugin);
 *  - marginal cost to a user: typescript-eslint's recommended config plus
 *    `configs.recommended`, over typescript-eslint's recommended alone;
 *  - `gpt-image lint` against `eslint` with `configs.recommended` and the
 *    TypeScript parser (both as CLIs), and whether their findings are identical;
 *  - `gpt-image migrate --dry` against jscodeshift running a no-op transform
 *    (and the peak memory of both);
 *  - oxlint with the plugin in `jsPlugins` against oxlint with a no-op JS
 *    plugin (the floor), and whether oxlint's findings are ESLint's: with the
 *    plugin's run cache off (a first run, or CI), and with its cache filled by
 *    an earlier run on the same tree (a second run, pre-commit).
 * And once: the time to import the plugin (in a fresh process), and whether
 * that loaded TypeScript.
 * The machine may be shared: each pair is interleaved (the order alternates),
 * and both CPU time (user + system, steadier under load) and wall time are
 * recorded; ratios are medians over the runs, with min and max.
 * Usage: node bench/run.mjs [--runs N] [--files N] [--corpus real|generated|both] [--out FILE]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import tsParser from '@typescript-eslint/parser';
import { corpusName, PACKAGES, realCorpus } from './corpus.mjs';
import { generate } from './generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { files: { type: 'string' }, runs: { type: 'string' }, corpus: { type: 'string' }, out: { type: 'string' } },
});
const FILES = Number(values.files ?? 2000);
const RUNS = Number(values.runs ?? 3);
const WHICH = values.corpus ?? 'both';
const OUT = path.resolve(values.out ?? path.join(ROOT, 'bench/out/results.json'));
const TMP = mkdtempSync(path.join(tmpdir(), 'gpt-image-bench-'));
const log = (...a) => console.error(...a);

const plugin = (await import(pathToFileURL(path.join(ROOT, 'dist/plugin.js')).href)).default;
const TODAY = '2026-11-22';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stat = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

const TS_FILES = '**/*.{ts,tsx,mts,cts}';
const JS_FILES = '**/*.{js,jsx,mjs,cjs}';
const parsers = [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/build/**'] },
  { files: [TS_FILES], languageOptions: { parser: tsParser } },
  { files: [JS_FILES], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
];
const gptRecommended = { ...plugin.configs.recommended, files: [TS_FILES, JS_FILES] };
const withToday = (config) => ({
  ...config,
  rules: Object.fromEntries(Object.entries(config.rules).map(([id, level]) => [id, /no-legacy-model|no-preview-feature|require-model/.test(id) ? [level, { today: TODAY }] : level])),
});
const CONFIGS = {
  trivial: [...parsers, { files: [TS_FILES, JS_FILES], rules: { 'no-debugger': 'error' } }],
  plugin: [...parsers, { files: [TS_FILES, JS_FILES], rules: { 'no-debugger': 'error' } }, withToday(gptRecommended)],
  tseslint: [...parsers, ...tseslint.configs.recommended.map((c) => ({ ...c, files: c.files ?? [TS_FILES, JS_FILES] }))],
  tseslintPlusPlugin: [...parsers, ...tseslint.configs.recommended.map((c) => ({ ...c, files: c.files ?? [TS_FILES, JS_FILES] })), withToday(gptRecommended)],
};

/** One in-process ESLint run: CPU and wall time, and the plugin rules' time from ESLint's stats. */
async function lintInProcess(tree, which, stats = false) {
  const eslint = new ESLint({ cwd: tree, overrideConfigFile: true, overrideConfig: CONFIGS[which], stats });
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const results = await eslint.lintFiles(['.']);
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  let pluginRulesMs = 0;
  let problems = 0;
  for (const r of results) {
    problems += r.messages.filter((m) => m.ruleId?.startsWith('gpt-image/')).length;
    for (const pass of r.stats?.times?.passes ?? []) {
      for (const [rule, t] of Object.entries(pass.rules ?? {})) if (rule.startsWith('gpt-image/')) pluginRulesMs += t.total;
    }
  }
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, pluginRulesMs, files: results.length, problems };
}

/** A child process: wall time, CPU time and peak memory (from bench/maxrss.cjs), and its stdout. */
function child(args, label, cwd = ROOT, env = {}) {
  const statFile = path.join(TMP, `stat-${label}`);
  rmSync(statFile, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', path.join(ROOT, 'bench/maxrss.cjs'), ...args], {
    cwd,
    env: { ...process.env, BENCH_STAT_FILE: statFile, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8',
  });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${label} exited ${r.status}: ${String(r.stderr).slice(-2000)}`);
  const s = JSON.parse(readFileSync(statFile, 'utf8'));
  return { wallMs, cpuMs: s.cpuMs, maxRssMiB: s.maxRssKiB / 1024, stdout: r.stdout };
}

/** `.oxlintrc.json` files outside the repository: the plugin with the recommended rules, and the no-op plugin. */
function oxlintConfigs() {
  const withPlugin = path.join(TMP, 'oxlint-plugin.json');
  const noop = path.join(TMP, 'oxlint-noop.json');
  const rules = withToday(plugin.configs.recommended).rules;
  // Only the JS plugin's rules: oxlint's own default rules are off in both runs.
  writeFileSync(withPlugin, JSON.stringify({ categories: { correctness: 'off' }, jsPlugins: [path.join(ROOT, 'dist/plugin.js')], rules }, null, 2));
  writeFileSync(noop, JSON.stringify({ categories: { correctness: 'off' }, jsPlugins: [path.join(ROOT, 'bench/noop-oxlint-plugin.mjs')], rules: { 'noop/noop': 'error' } }, null, 2));
  return { withPlugin, noop };
}

/** `file:line:column rule` of every plugin finding in oxlint's JSON output (`code` is `gpt-image(rule)`). */
function oxlintFindingsOf(json, tree) {
  return JSON.parse(json)
    .diagnostics.filter((d) => d.code?.startsWith('gpt-image('))
    .map((d) => `${path.resolve(tree, d.filename)}:${d.labels[0].span.line}:${d.labels[0].span.column} ${d.code.replace(/^gpt-image\((.*)\)$/, 'gpt-image/$1')}`)
    .sort();
}

/** The time to import the plugin in a fresh process (ms), and whether it loaded TypeScript. */
function importTime() {
  const code = `const t0 = process.hrtime.bigint();
await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/plugin.js')).href)});
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const { createRequire } = await import('node:module');
const typescript = Object.keys(createRequire(import.meta.url).cache).some((k) => /[\\/]node_modules[\\/]typescript[\\/]/.test(k));
console.log(JSON.stringify({ ms, typescript }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`importing the plugin failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** An eslint.config.mjs outside the repository, as a user would write it: the TypeScript parser and configs.recommended. */
function eslintConfigFile() {
  const file = path.join(TMP, 'eslint.config.mjs');
  const url = (p) => JSON.stringify(pathToFileURL(p).href);
  writeFileSync(
    file,
    `import tsParser from ${url(path.join(ROOT, 'node_modules/@typescript-eslint/parser/dist/index.js'))};
import gptImage from ${url(path.join(ROOT, 'dist/plugin.js'))};
export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/build/**'] },
  { files: ['${TS_FILES}'], languageOptions: { parser: tsParser } },
  { files: ['${JS_FILES}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  { ...gptImage.configs.recommended, files: ['${TS_FILES}', '${JS_FILES}'] },
];
`,
  );
  return file;
}

/** `file:line:column rule` of every plugin finding in ESLint JSON output. */
function findingsOf(json) {
  return JSON.parse(json)
    .flatMap((r) => r.messages.filter((m) => m.ruleId?.startsWith('gpt-image/')).map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId}`))
    .sort();
}

async function measure(label, tree, fileCount) {
  log(`\n${label}: ${fileCount} files in ${tree}`);
  const config = eslintConfigFile();
  const gptLint = () => child([path.join(ROOT, 'dist/src/cli/main.js'), 'lint', '--format', 'json', '.'], 'gpt-image-lint', tree);
  const eslintCli = () =>
    child([path.join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--no-config-lookup', '-c', config, '--format', 'json', '--no-warn-ignored', '.'], 'eslint', tree);
  const oxlintConfig = oxlintConfigs();
  // Cold: the plugin's run cache off. Warm: its cache in a folder of its own, filled by a run before the first measured one.
  const oxCache = path.join(TMP, `oxlint-cache-${label.replace(/\W+/g, '-')}`);
  const oxlint = (config, label, warm = false) =>
    child([path.join(ROOT, 'node_modules/oxlint/bin/oxlint'), '-c', config, '-f', 'json', '.'], label, tree, warm ? { GPT_IMAGE_CACHE_DIR: oxCache } : { GPT_IMAGE_CACHE: 'off' });
  const migrateDry = () => child([path.join(ROOT, 'dist/src/cli/main.js'), 'migrate', '--dry', '--force', tree], 'migrate');
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
        tree,
      ],
      'jscodeshift',
    );

  const s = { trivial: [], plugin: [], pluginRules: [], tseslint: [], tseslintPlusPlugin: [], gptLint: [], eslintCli: [], migrate: [], jscodeshift: [], oxlintPlugin: [], oxlintWarm: [], oxlintNoop: [] };
  let identical;
  let oxlintIdentical;
  let oxlintFindings = 0;
  let oxlintError;
  let findings = 0;
  log('warm-up');
  await lintInProcess(tree, 'trivial');
  for (let run = 0; run < RUNS; run++) {
    const flip = run % 2 === 1;
    log(`run ${run + 1}/${RUNS}: rules' own cost`);
    for (const which of flip ? ['plugin', 'trivial'] : ['trivial', 'plugin']) {
      const r = await lintInProcess(tree, which, true);
      s[which].push(r);
      if (which === 'plugin') s.pluginRules.push(r.pluginRulesMs);
    }
    log(`run ${run + 1}/${RUNS}: typescript-eslint recommended, with and without configs.recommended`);
    for (const which of flip ? ['tseslintPlusPlugin', 'tseslint'] : ['tseslint', 'tseslintPlusPlugin']) s[which].push(await lintInProcess(tree, which));
    log(`run ${run + 1}/${RUNS}: gpt-image lint and eslint`);
    for (const which of flip ? ['eslintCli', 'gptLint'] : ['gptLint', 'eslintCli']) s[which].push(which === 'gptLint' ? gptLint() : eslintCli());
    const ours = findingsOf(s.gptLint.at(-1).stdout);
    const theirs = findingsOf(s.eslintCli.at(-1).stdout);
    identical = (identical ?? true) && JSON.stringify(ours) === JSON.stringify(theirs);
    findings = theirs.length;
    if (!oxlintError) {
      log(`run ${run + 1}/${RUNS}: oxlint with the plugin and with a no-op JS plugin`);
      try {
        if (run === 0) oxlint(oxlintConfig.withPlugin, 'oxlintFill', true);
        for (const which of flip ? ['oxlintNoop', 'oxlintWarm', 'oxlintPlugin'] : ['oxlintPlugin', 'oxlintWarm', 'oxlintNoop']) {
          s[which].push(oxlint(which === 'oxlintNoop' ? oxlintConfig.noop : oxlintConfig.withPlugin, which, which === 'oxlintWarm'));
        }
        const ox = oxlintFindingsOf(s.oxlintPlugin.at(-1).stdout, tree);
        oxlintFindings = ox.length;
        const warm = oxlintFindingsOf(s.oxlintWarm.at(-1).stdout, tree);
        oxlintIdentical = (oxlintIdentical ?? true) && JSON.stringify(ox) === JSON.stringify(theirs) && JSON.stringify(warm) === JSON.stringify(theirs);
      } catch (e) {
        oxlintError = e.message.split('\n')[0];
        log(`oxlint: ${oxlintError}`);
      }
    }
    log(`run ${run + 1}/${RUNS}: migrate --dry and jscodeshift`);
    for (const which of flip ? ['jscodeshift', 'migrate'] : ['migrate', 'jscodeshift']) s[which].push(which === 'migrate' ? migrateDry() : jscodeshiftNoop());
  }
  for (const k of ['gptLint', 'eslintCli', 'oxlintPlugin', 'oxlintWarm', 'oxlintNoop']) for (const r of s[k]) delete r.stdout;
  if (oxlintError) s.oxlintPlugin = s.oxlintWarm = s.oxlintNoop = [];
  const ratios = (a, b, key) => stat(s[a].map((x, i) => x[key] / s[b][i][key]));
  return {
    corpus: label,
    files: fileCount,
    runs: RUNS,
    findings,
    identicalFindings: identical,
    oxlint: oxlintError ? { error: oxlintError } : { findings: oxlintFindings, identicalFindings: oxlintIdentical },
    ratios: {
      lintVsEslintCpu: ratios('gptLint', 'eslintCli', 'cpuMs'),
      lintVsEslintWall: ratios('gptLint', 'eslintCli', 'wallMs'),
      ...(oxlintError
        ? {}
        : {
            oxlintVsNoopCpu: ratios('oxlintPlugin', 'oxlintNoop', 'cpuMs'),
            oxlintVsNoopWall: ratios('oxlintPlugin', 'oxlintNoop', 'wallMs'),
            oxlintWarmVsNoopCpu: ratios('oxlintWarm', 'oxlintNoop', 'cpuMs'),
            oxlintWarmVsNoopWall: ratios('oxlintWarm', 'oxlintNoop', 'wallMs'),
          }),
      rulesOwnCost: stat(s.pluginRules.map((ms, i) => ms / s.trivial[i].wallMs)),
      marginalCostCpu: stat(s.tseslintPlusPlugin.map((x, i) => x.cpuMs / s.tseslint[i].cpuMs - 1)),
      marginalCostWall: stat(s.tseslintPlusPlugin.map((x, i) => x.wallMs / s.tseslint[i].wallMs - 1)),
      lintSpeedupCpu: ratios('eslintCli', 'gptLint', 'cpuMs'),
      lintSpeedupWall: ratios('eslintCli', 'gptLint', 'wallMs'),
      migrateVsJscodeshiftCpu: ratios('migrate', 'jscodeshift', 'cpuMs'),
      migrateVsJscodeshiftWall: ratios('migrate', 'jscodeshift', 'wallMs'),
      migrateVsJscodeshiftMemory: ratios('migrate', 'jscodeshift', 'maxRssMiB'),
    },
    medians: Object.fromEntries(
      Object.entries(s).filter(([, xs]) => xs.length).map(([k, xs]) => [k, typeof xs[0] === 'number' ? stat(xs) : { wallMs: stat(xs.map((x) => x.wallMs)), cpuMs: stat(xs.map((x) => x.cpuMs)), ...(xs[0].maxRssMiB ? { maxRssMiB: stat(xs.map((x) => x.maxRssMiB)) } : {}) }]),
    ),
  };
}

log('importing the plugin');
const imports = Array.from({ length: RUNS }, importTime);
const importMs = stat(imports.map((i) => i.ms));
const importLoadsTypescript = imports.some((i) => i.typescript);

const tables = [];
if (WHICH === 'real' || WHICH === 'both') {
  const real = realCorpus(log);
  if (real.tree) tables.push(await measure(`real: ${corpusName()}`, real.tree, real.files.length));
  else log(`real corpus skipped: ${real.reason}`);
}
if (WHICH === 'generated' || WHICH === 'both') {
  const tree = path.join(TMP, 'tree');
  log(`generating ${FILES} files ...`);
  const files = generate(tree, FILES);
  tables.push(await measure(`generated (bench/generate.mjs, seed 1)`, tree, files.length));
}

const results = { date: new Date().toISOString(), node: process.version, packages: PACKAGES, import: { ms: importMs, loadsTypescript: importLoadsTypescript }, tables };
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const x = (v) => `${v.toFixed(2)}x`;
const range = (st, f) => `${f(st.median)} (min ${f(st.min)}, max ${f(st.max)})`;
for (const t of tables) {
  const m = t.medians;
  console.log(`\n== ${t.corpus}`);
  console.log(`files: ${t.files}, runs: ${t.runs} (medians, min and max over the runs)`);
  console.log(`eslint, one trivial rule:        ${m.trivial.wallMs.median.toFixed(0)} ms (cpu ${m.trivial.cpuMs.median.toFixed(0)} ms)`);
  console.log(`rules' own cost (stats):         ${m.pluginRules.median.toFixed(0)} ms = ${range(t.ratios.rulesOwnCost, pct)} of that run (target <= 2%)`);
  console.log(`typescript-eslint recommended:   ${m.tseslint.wallMs.median.toFixed(0)} ms (cpu ${m.tseslint.cpuMs.median.toFixed(0)} ms)`);
  console.log(`  + configs.recommended:         ${m.tseslintPlusPlugin.wallMs.median.toFixed(0)} ms (cpu ${m.tseslintPlusPlugin.cpuMs.median.toFixed(0)} ms)`);
  console.log(`  marginal cost:                 cpu ${range(t.ratios.marginalCostCpu, pct)}, wall ${range(t.ratios.marginalCostWall, pct)} (target <= 2%)`);
  console.log(`eslint + configs.recommended:    ${m.eslintCli.wallMs.median.toFixed(0)} ms (cpu ${m.eslintCli.cpuMs.median.toFixed(0)} ms)`);
  console.log(`gpt-image lint:                  ${m.gptLint.wallMs.median.toFixed(0)} ms (cpu ${m.gptLint.cpuMs.median.toFixed(0)} ms)`);
  console.log(`  gpt-image lint / eslint:       cpu ${range(t.ratios.lintVsEslintCpu, x)}, wall ${range(t.ratios.lintVsEslintWall, x)} (target <= 0.10x); findings: ${t.findings}, identical: ${t.identicalFindings ? 'yes' : 'NO'}`);
  console.log(`  speed-up:                      cpu ${range(t.ratios.lintSpeedupCpu, x)}, wall ${range(t.ratios.lintSpeedupWall, x)}`);
  if (t.oxlint.error) console.log(`oxlint:                          failed: ${t.oxlint.error}`);
  else {
    console.log(`oxlint, no-op JS plugin:         ${m.oxlintNoop.wallMs.median.toFixed(0)} ms (cpu ${m.oxlintNoop.cpuMs.median.toFixed(0)} ms)`);
    console.log(`oxlint + this plugin (no cache): ${m.oxlintPlugin.wallMs.median.toFixed(0)} ms (cpu ${m.oxlintPlugin.cpuMs.median.toFixed(0)} ms)`);
    console.log(`  plugin / no-op:                cpu ${range(t.ratios.oxlintVsNoopCpu, x)}, wall ${range(t.ratios.oxlintVsNoopWall, x)} (target <= 1.5x); findings: ${t.oxlint.findings}, same as eslint: ${t.oxlint.identicalFindings ? 'yes' : 'NO'}`);
    console.log(`oxlint + this plugin, run cache: ${m.oxlintWarm.wallMs.median.toFixed(0)} ms (cpu ${m.oxlintWarm.cpuMs.median.toFixed(0)} ms), nothing changed since the last run`);
    console.log(`  plugin / no-op:                cpu ${range(t.ratios.oxlintWarmVsNoopCpu, x)}, wall ${range(t.ratios.oxlintWarmVsNoopWall, x)} (target <= 1.5x)`);
  }
  console.log(`jscodeshift no-op:               ${m.jscodeshift.wallMs.median.toFixed(0)} ms (cpu ${m.jscodeshift.cpuMs.median.toFixed(0)} ms), peak ${m.jscodeshift.maxRssMiB.median.toFixed(0)} MiB`);
  console.log(`gpt-image migrate --dry:         ${m.migrate.wallMs.median.toFixed(0)} ms (cpu ${m.migrate.cpuMs.median.toFixed(0)} ms), peak ${m.migrate.maxRssMiB.median.toFixed(0)} MiB`);
  console.log(`  migrate / jscodeshift:         cpu ${range(t.ratios.migrateVsJscodeshiftCpu, x)}, wall ${range(t.ratios.migrateVsJscodeshiftWall, x)} (target <= 1.0), memory ${range(t.ratios.migrateVsJscodeshiftMemory, x)}`);
}
console.log(`\nimporting the plugin:            ${range(importMs, (v) => `${v.toFixed(0)} ms`)} (target <= 150 ms); loads TypeScript: ${importLoadsTypescript ? 'YES' : 'no'}`);
console.log(`\nresults: ${path.relative(ROOT, OUT)}`);
rmSync(TMP, { recursive: true, force: true });
