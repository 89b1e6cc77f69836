/**
 * `gpt-image lint [paths...]`: zero-config linting with the `recommended`
 * config and the TypeScript parser built in, for repositories without an
 * ESLint set-up (and for pre-commit hooks).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { mayContainImageCall } from '../analysis/index.js';
import { discoverFiles, notReadMessage } from '../codemod/files.js';
import { scriptBlocksProcessor } from '../eslint/processor.js';
import plugin from '../index.js';
import { parseOrUsage } from './args.js';
import type { Io } from './io.js';

export const SOURCE_FILES = '**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}';
/** Component files: their script blocks are linted (src/eslint/processor.ts). */
export const COMPONENT_FILES = '**/*.{vue,svelte,astro}';
export const TS_FILES = '**/*.{ts,tsx,mts,cts}';
export const JS_FILES = '**/*.{js,jsx,mjs,cjs}';
/** Build output, caches and dependencies: never linted (nor what .gitignore ignores). */
export const SKIPPED_DIRS = ['node_modules', 'dist', 'build', '.next', 'out', 'coverage', '.turbo'];
export const IGNORED = SKIPPED_DIRS.map((d) => `**/${d}/**`);
/** The formatters ESLint ships. */
export const FORMATS = ['stylish', 'json', 'json-with-metadata', 'html'];
/** Files from which progress goes to stderr (on a terminal: from PROGRESS_FILES_TTY). */
export const PROGRESS_FILES = 500;
const PROGRESS_FILES_TTY = 50;
/** Files handed to ESLint at a time, so that progress can be shown between batches. */
const BATCH = 100;
const RULE_PREFIX = 'gpt-image/';

const HELP = `Usage: gpt-image lint [paths...] [options]

Lints JavaScript and TypeScript files with eslint-plugin-gpt-image's recommended
config, the TypeScript parser for .ts/.tsx/.mts/.cts and ESLint's own parser
(with JSX) for .js/.jsx/.mjs/.cjs. No ESLint config needed. In .vue, .svelte
and .astro files it lints the <script> blocks (lang="ts" included) and Astro's
frontmatter, and reports at the file's own lines.

Directories are walked for source files, skipping what .gitignore ignores and
node_modules, dist, build, .next, out, coverage and .turbo. A file is parsed
only when its text could hold a finding (it names an image API or an image
model). Only this plugin's findings and parse errors are reported; other
tools' eslint-disable comments are left alone, and eslint-disable comments
naming gpt-image rules are honoured.

Options:
  --config NAME        recommended (default), strict or all
  --format NAME        stylish (default), json, json-with-metadata or html
  --max-warnings N     exit 1 when there are more than N warnings
  --today YYYY-MM-DD   evaluate deprecations for this date (default: today)
  --fix                apply autofixes
  -h, --help

A file named of a type it does not read (x.md) is said on stderr.

Exit codes: 0 no errors (and warnings within --max-warnings); 1 lint errors or
too many warnings; 2 usage error, only files of types it does not read, or a
file that could not be linted.`;

/** The deepest directory that contains every path. */
export function commonAncestor(paths: string[]): string {
  let common = paths[0];
  for (const p of paths.slice(1)) {
    while (common !== path.dirname(common) && path.relative(common, p).startsWith('..')) common = path.dirname(common);
  }
  return common;
}

export function zeroConfig(preset: 'recommended' | 'strict' | 'all', today?: string) {
  const config = plugin.configs[preset];
  const rules: Record<string, unknown> = { ...config.rules };
  // --today reaches every rule that takes a `today` option.
  if (today) {
    for (const [id, level] of Object.entries(config.rules)) {
      const rule = plugin.rules[id.replace(/^gpt-image\//, '') as keyof typeof plugin.rules] as { meta?: { schema?: unknown } } | undefined;
      const schema = rule?.meta?.schema;
      const first = Array.isArray(schema) ? (schema[0] as { properties?: Record<string, unknown> } | undefined) : undefined;
      if (first?.properties && 'today' in first.properties) rules[id] = [level, { today }];
    }
  }
  return [
    { ignores: IGNORED },
    // Other tools' comments are not this run's business (see `ownFindings`).
    { linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' } },
    // TypeScript files get the TypeScript parser; JavaScript keeps ESLint's own
    // parser (espree, with JSX), which is much faster on large bundles.
    { files: [TS_FILES], languageOptions: { parser: tsParser } },
    { files: [JS_FILES], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    // Each script block is linted as `App.vue/0.ts` (or `.js`), so the lines above pick its parser.
    { files: [COMPONENT_FILES], processor: scriptBlocksProcessor },
    { ...config, files: [SOURCE_FILES], rules },
  ];
}

export async function run(argv: string[], io: Io): Promise<number> {
  const parsed = parseOrUsage(
    'lint',
    argv,
    {
        config: { type: 'string' },
        format: { type: 'string' },
        'max-warnings': { type: 'string' },
        today: { type: 'string' },
        fix: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    },
    io,
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  const preset = (values.config ?? 'recommended') as string;
  if (preset !== 'recommended' && preset !== 'strict' && preset !== 'all') {
    io.err(`gpt-image lint: --config must be recommended, strict or all, got '${preset}'`);
    return 2;
  }
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings)) {
    io.err(`gpt-image lint: --max-warnings must be an integer`);
    return 2;
  }
  const today = values.today as string | undefined;
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    io.err(`gpt-image lint: --today must be YYYY-MM-DD, got '${today}'`);
    return 2;
  }
  const format = (values.format as string | undefined) ?? 'stylish';
  if (!FORMATS.includes(format)) {
    io.err(`gpt-image lint: unknown --format '${format}'; use ${FORMATS.join(', ')}`);
    return 2;
  }
  const targets = positionals.length ? positionals : ['.'];
  const { files, missing, unsupported } = discoverFiles(targets, io.cwd);
  if (missing.length) {
    io.err(`gpt-image lint: no such file or directory: ${missing.join(', ')}`);
    return 2;
  }
  if (unsupported.length) {
    io.err(`gpt-image lint: ${notReadMessage(unsupported)}`);
    if (!files.length) return 2;
  }
  const cwd = commonAncestor([io.cwd, ...targets.map((t) => path.resolve(io.cwd, t))]);
  // The text of each file that names an image API or model, read once.
  const texts = new Map<string, string | undefined>();
  for (const f of files) {
    if (skipped(path.relative(cwd, f))) continue;
    const text = readText(f);
    if (text === undefined || mayContainImageCall(text)) texts.set(f, text);
  }
  const toLint = [...texts.keys()];
  const eslint = new ESLint({
    // ESLint ignores files outside its cwd: lint from a directory that holds every target.
    cwd,
    overrideConfigFile: true,
    overrideConfig: zeroConfig(preset, today) as never,
    fix: !!values.fix,
    errorOnUnmatchedPattern: false,
  });
  const formatter = await eslint.loadFormatter(format);
  const showProgress = files.length >= PROGRESS_FILES || (io.isTTY && files.length >= PROGRESS_FILES_TTY);
  if (showProgress) io.err(`gpt-image lint: ${files.length} files, ${toLint.length} name an image API or model`);
  const results: ESLint.LintResult[] = [];
  try {
    for (let i = 0; i < toLint.length; i += BATCH) {
      const batch = await lintBatch(eslint, toLint.slice(i, i + BATCH), texts);
      if (values.fix) await ESLint.outputFixes(batch);
      results.push(...batch.map(ownFindings));
      if (showProgress) io.err(`gpt-image lint: ${Math.min(i + BATCH, toLint.length)}/${toLint.length} files`);
    }
  } catch (e) {
    io.err(`gpt-image lint: ${(e as Error).message}`);
    return 2;
  }
  const text = await formatter.format(results);
  if (text) io.out(text);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.err(`gpt-image lint: ${warnings} warnings (max ${maxWarnings})`);
    return 1;
  }
  return 0;
}

function skipped(rel: string): boolean {
  return rel.split(/[\\/]/).slice(0, -1).some((seg) => SKIPPED_DIRS.includes(seg));
}

/** A file's text; undefined when it cannot be read (ESLint then reports it). */
function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * ESLint 10 stops at an `eslint-env` comment (a fatal problem, no rule runs).
 * Such files are linted with the comment's keyword spelled with a look-alike
 * hyphen of the same length, so that positions stay, and that spelling is
 * undone in fixed output.
 */
const ENV_COMMENT = /(?<=\/[*/]\s*eslint)-(?=env\b)/g;
const ENV_STANDIN = '\u2010';

async function lintBatch(eslint: ESLint, files: string[], texts: ReadonlyMap<string, string | undefined>): Promise<ESLint.LintResult[]> {
  const withEnv = new Set(files.filter((f) => texts.get(f)?.match(ENV_COMMENT)));
  const plain = files.filter((f) => !withEnv.has(f));
  const byFile = new Map<string, ESLint.LintResult>();
  for (const r of plain.length ? await eslint.lintFiles(plain) : []) byFile.set(r.filePath, r);
  for (const f of withEnv) {
    const original = texts.get(f)!;
    const [r] = await eslint.lintText(original.replace(ENV_COMMENT, ENV_STANDIN), { filePath: f });
    byFile.set(f, { ...r, source: r.source === undefined ? undefined : original, output: r.output?.split(`eslint${ENV_STANDIN}env`).join('eslint-env') });
  }
  return files.map((f) => byFile.get(f)).filter((r): r is ESLint.LintResult => !!r);
}

/**
 * This plugin's findings and parse errors only: not other plugins' unknown
 * rules named in eslint-disable comments, nor `eslint-env` comments.
 */
export function ownFindings(result: ESLint.LintResult): ESLint.LintResult {
  const messages = result.messages.filter((m) => m.fatal || m.ruleId?.startsWith(RULE_PREFIX));
  if (messages.length === result.messages.length) return result;
  const count = (severity: number, fixable = false) => messages.filter((m) => m.severity === severity && (!fixable || m.fix)).length;
  return {
    ...result,
    messages,
    errorCount: count(2),
    warningCount: count(1),
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
  };
}
