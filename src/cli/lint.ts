/**
 * `gpt-image lint [paths...]`: zero-config linting with the `recommended`
 * config and oxc-parser built in, for repositories without an ESLint set-up
 * (and for pre-commit hooks). The rules run in the host of src/host/, not in
 * ESLint: the same messages, without ESLint's per-file pipeline.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mayContainImageCall } from '../analysis/index.js';
import { todayProblem } from '../catalog/index.js';
import { changedFiles, withImporters } from '../codemod/affected.js';
import { gitTopLevel } from '../codemod/files.js';
import { type SelectOptions, SKIP_DIRS, notReadMessage, selectFiles } from '../codemod/select.js';
import { scriptBlocksProcessor } from '../eslint/processor.js';
import { oxcParser } from '../eslint/oxc-parser.js';
import { type Format, formatResults } from '../host/format.js';
import { HostLinter, type RuleEntry } from '../host/linter.js';
import { type LintResult, lintResult, usedDeprecatedRules } from '../host/results.js';
import plugin from '../index.js';
import { parseOrUsage } from './args.js';
import type { Io } from './io.js';

export const SOURCE_FILES = '**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}';
/** Component files: their script blocks are linted (src/eslint/processor.ts). */
export const COMPONENT_FILES = '**/*.{vue,svelte,astro}';
const COMPONENT_FILE = /\.(?:vue|svelte|astro)$/i;
/** Build output, caches and dependencies, for an ESLint config of one's own (`gpt-image lint` selects its files with select.ts). */
export const IGNORED = [...SKIP_DIRS].map((d) => `**/${d}/**`);
/** The formatters ESLint ships. */
export const FORMATS = ['stylish', 'json', 'json-with-metadata', 'html'];
/** Files from which progress goes to stderr (on a terminal: from PROGRESS_FILES_TTY). */
export const PROGRESS_FILES = 500;
const PROGRESS_FILES_TTY = 50;
/** Files linted between two progress lines. */
const BATCH = 100;

const HELP = `Usage: gpt-image lint [paths...] [options]

Lints JavaScript and TypeScript files with eslint-plugin-gpt-image's recommended
config, parsed by oxc-parser (.ts/.tsx/.mts/.cts as TypeScript, .js/.jsx/.mjs/.cjs
with JSX), and reports what ESLint would with the same rules. No ESLint config
and no TypeScript installation needed. In .vue,
.svelte and .astro files it lints the <script> blocks (lang="ts" included) and
Astro's frontmatter, and reports at the file's own lines.

Directories are walked for source files, skipping what .gitignore ignores and
node_modules, dist, build, out, coverage, .next, .turbo and .git; a file named
on the command line (or passed by a hook) is always read. A file is parsed
only when its text could hold a finding (it names an image API or an image
model). Only this plugin's findings and parse errors are reported; other
tools' eslint-disable comments are left alone, and eslint-disable,
eslint-enable, eslint-disable-line and eslint-disable-next-line comments
naming gpt-image rules (or no rule) are honoured.

Options:
  --config NAME        recommended (default), strict or all
  --format NAME        stylish (default), json, json-with-metadata or html
  -o, --output-file F  write the report to F instead of stdout
  --quiet              report errors only, not warnings
  --max-warnings N     exit 1 when there are more than N warnings
  --changed            lint the changed files and every project file that
                       imports them (directly or not): the named files (as a
                       hook passes them), else git's uncommitted changes
  --since REV          with --changed: the changes since the commit REV
  --stdin              lint the text on standard input
  --stdin-filename F   the file name that text is linted as (default a .ts file)
  --no-ignore          also read what the skip list and .gitignore leave out
  --ignore-pattern PAT skip files matching PAT (.gitignore syntax, relative to
                       the working directory; repeatable)
  --today YYYY-MM-DD   evaluate deprecations for this date (default: today)
  --fix                apply autofixes (up to 10 passes; a file is written only
                       when the fixed text parses)
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

/** The rules of a preset, with `--today` given to every rule that takes a `today` option. */
export function presetRules(preset: 'recommended' | 'strict' | 'all', today?: string): Record<string, RuleEntry> {
  const config = plugin.configs[preset];
  const rules = { ...config.rules } as Record<string, RuleEntry>;
  if (today) {
    for (const [id, level] of Object.entries(config.rules)) {
      const rule = plugin.rules[id.replace(/^gpt-image\//, '') as keyof typeof plugin.rules] as { meta?: { schema?: unknown } } | undefined;
      const schema = rule?.meta?.schema;
      const first = Array.isArray(schema) ? (schema[0] as { properties?: Record<string, unknown> } | undefined) : undefined;
      if (first?.properties && 'today' in first.properties) rules[id] = [level as 'error', { today }];
    }
  }
  return rules;
}

/**
 * The flat config `gpt-image lint` stands for, for running the same lint in
 * ESLint (the tests compare the two): its own host (src/host/) runs these
 * rules, parser and processor without ESLint.
 */
export function zeroConfig(preset: 'recommended' | 'strict' | 'all', today?: string) {
  const config = plugin.configs[preset];
  const rules = presetRules(preset, today);
  return [
    { ignores: IGNORED },
    // Other tools' comments are not this run's business.
    { linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' } },
    // Each script block is linted as `App.vue/0_0.ts` (or `.js`): the parser picks its language by that name.
    // (The plugin here too: a formatter's rule metadata for a component file comes from this block.)
    { files: [COMPONENT_FILES], plugins: config.plugins, processor: scriptBlocksProcessor },
    // Every file goes through oxc-parser (TypeScript, TSX, JavaScript with JSX): no TypeScript needed.
    { files: [SOURCE_FILES], languageOptions: { parser: oxcParser } },
    // The preset's own parser (typescript-eslint's) would override oxc-parser: only its plugin and rules.
    { name: config.name, plugins: config.plugins, files: [SOURCE_FILES], rules },
  ];
}

/** What `lint` reads besides `Io`: standard input (`--stdin`); tests pass their own. */
export interface LintIo extends Io {
  readStdin?: () => Promise<string>;
}

function readProcessStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function run(argv: string[], io: LintIo): Promise<number> {
  const parsed = parseOrUsage(
    'lint',
    argv,
    {
        config: { type: 'string' },
        format: { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        'output-file': { type: 'string', short: 'o' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        'no-ignore': { type: 'boolean' },
        'ignore-pattern': { type: 'string', multiple: true },
        changed: { type: 'boolean' },
        since: { type: 'string' },
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
  const usage = (msg: string) => {
    io.err(`gpt-image lint: ${msg}`);
    return 2;
  };
  const preset = (values.config ?? 'recommended') as string;
  if (preset !== 'recommended' && preset !== 'strict' && preset !== 'all') return usage(`--config must be recommended, strict or all, got '${preset}'`);
  const rawMax = values['max-warnings'] as string | undefined;
  const maxWarnings = rawMax === undefined ? -1 : /^\d+$/.test(rawMax) ? Number(rawMax) : NaN;
  if (Number.isNaN(maxWarnings)) return usage(`--max-warnings must be a whole number, got '${rawMax}'`);
  const today = values.today as string | undefined;
  if (today !== undefined && todayProblem(today)) return usage(`--today: ${todayProblem(today)}`);
  const format = (values.format as string | undefined) ?? 'stylish';
  if (!FORMATS.includes(format)) return usage(`unknown --format '${format}'; use ${FORMATS.join(', ')}`);
  const stdin = !!values.stdin;
  const stdinFilename = values['stdin-filename'] as string | undefined;
  if (stdinFilename !== undefined && !stdin) return usage('--stdin-filename needs --stdin');
  if (stdin && (positionals.length || values.changed)) return usage('--stdin reads one text from standard input: give no paths and no --changed');
  if (stdin && values.fix) return usage('--fix cannot write to standard input; drop --fix (or --stdin)');
  if (values.since !== undefined && !values.changed) return usage('--since needs --changed');
  if (values.since !== undefined && positionals.length) return usage('--since picks the changed files from git: give no paths with it');
  const selection: SelectOptions = { ignore: !values['no-ignore'], ignorePatterns: (values['ignore-pattern'] as string[] | undefined) ?? [] };

  let files: string[];
  let cwd = io.cwd;
  // The text of each file that names an image API or model, read once.
  const texts = new Map<string, string | undefined>();
  if (stdin) {
    const file = path.resolve(io.cwd, stdinFilename ?? '<text>.ts');
    texts.set(file, await (io.readStdin ?? readProcessStdin)());
    files = [file];
    cwd = commonAncestor([io.cwd, file]);
  } else {
    const targets = positionals.length ? positionals : ['.'];
    if (values.changed) {
      const affected = changedSelection(positionals, values.since as string | undefined, io.cwd, selection);
      if ('error' in affected) return usage(affected.error);
      files = affected.files;
      if (files.length) cwd = commonAncestor([io.cwd, ...files]);
    } else {
      const found = selectFiles(targets, io.cwd, selection);
      if (found.missing.length) return usage(`no such file or directory: ${found.missing.join(', ')}`);
      if (found.unsupported.length) {
        io.err(`gpt-image lint: ${notReadMessage(found.unsupported)}`);
        if (!found.files.length) return 2;
      }
      files = found.files;
      cwd = commonAncestor([io.cwd, ...targets.map((t) => path.resolve(io.cwd, t))]);
    }
    for (const f of files) {
      const text = readText(f);
      if (text === undefined || mayContainImageCall(text, f)) texts.set(f, text);
    }
  }
  const toLint = [...texts.keys()];
  const fix = !!values.fix;
  const linter = new HostLinter({
    plugins: plugin.configs[preset].plugins,
    rules: presetRules(preset, today),
    processor: { files: (f) => COMPONENT_FILE.test(f), processor: scriptBlocksProcessor as never },
    cwd,
  });
  const deprecated = usedDeprecatedRules(linter);
  const showProgress = files.length >= PROGRESS_FILES || (io.isTTY && files.length >= PROGRESS_FILES_TTY);
  if (showProgress) io.err(`gpt-image lint: ${plural(files.length, 'file')}, ${toLint.length} name an image API or model`);
  const results: LintResult[] = [];
  try {
    for (let i = 0; i < toLint.length; i++) {
      const file = toLint[i];
      const text = texts.get(file);
      if (text === undefined) return usage(`could not read ${path.relative(io.cwd, file) || file}`);
      const result = lintResult(linter, text, file, fix, deprecated);
      if (result.output !== undefined && result.output !== text) writeFileSync(file, result.output);
      results.push(result);
      if (showProgress && ((i + 1) % BATCH === 0 || i + 1 === toLint.length)) io.err(`gpt-image lint: ${i + 1}/${plural(toLint.length, 'file')}`);
    }
  } catch (e) {
    return usage((e as Error).message);
  }
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  // As ESLint's --quiet: warnings are neither shown nor counted.
  const warnings = values.quiet ? 0 : results.reduce((n, r) => n + r.warningCount, 0);
  const shown = values.quiet ? results.map(errorsOnly) : results;
  let text = '';
  try {
    // (stylish prints nothing when there is no problem: its module is not even loaded)
    if (format !== 'stylish' || shown.some((r) => r.messages.length)) text = await formatResults(format as Format, shown, cwd, (id) => linter.rule(id)?.meta);
  } catch (e) {
    return usage((e as Error).message);
  }
  if (values['output-file'] !== undefined) {
    const dest = path.resolve(io.cwd, values['output-file'] as string);
    try {
      mkdirSync(path.dirname(dest), { recursive: true });
      writeFileSync(dest, text);
    } catch (e) {
      return usage(`could not write --output-file ${values['output-file'] as string}: ${(e as Error).message}`);
    }
  } else if (text) io.out(text);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.err(`gpt-image lint: ${plural(warnings, 'warning')} (max ${maxWarnings})`);
    return 1;
  }
  return 0;
}

/**
 * The files `--changed` lints: the changed ones (named by a hook, else asked
 * of git) plus the project files that import them, transitively.
 */
function changedSelection(
  named: readonly string[],
  since: string | undefined,
  cwd: string,
  selection: SelectOptions,
): { files: string[] } | { error: string } {
  let changed: string[];
  let root: string;
  if (named.length) {
    const found = selectFiles(named, cwd, selection);
    // A hook names files that may since have been deleted: nothing to lint there.
    changed = found.files;
    root = gitTopLevel(cwd) ?? cwd;
  } else {
    const fromGit = changedFiles(cwd, since);
    if ('error' in fromGit) return fromGit;
    root = fromGit.root;
    // (no paths would mean "the current directory" to selectFiles)
    changed = fromGit.files.length ? selectFiles(fromGit.files, cwd, selection).files : [];
  }
  if (!changed.length) return { files: [] };
  const project = selectFiles([root], cwd, selection).files;
  return { files: withImporters(changed, project) };
}

/** A result with its warnings left out (`--quiet`). */
function errorsOnly(result: LintResult): LintResult {
  if (!result.warningCount) return result;
  return { ...result, messages: result.messages.filter((m) => m.severity === 2), warningCount: 0, fixableWarningCount: 0 };
}

/** A file's text; undefined when it cannot be read. */
function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
