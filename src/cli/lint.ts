/**
 * `gpt-image lint [paths...]`: zero-config linting with the `recommended`
 * config and the TypeScript parser built in, for repositories without an
 * ESLint set-up (and for pre-commit hooks).
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../index.js';
import { parseOrUsage } from './args.js';
import type { Io } from './io.js';

export const SOURCE_FILES = '**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}';
export const TS_FILES = '**/*.{ts,tsx,mts,cts}';
export const JS_FILES = '**/*.{js,jsx,mjs,cjs}';
export const IGNORED = ['**/node_modules/**', '**/dist/**', '**/build/**'];

const HELP = `Usage: gpt-image lint [paths...] [options]

Lints JavaScript and TypeScript files with eslint-plugin-gpt-image's recommended
config, the TypeScript parser for .ts/.tsx/.mts/.cts and ESLint's own parser
(with JSX) for .js/.jsx/.mjs/.cjs. No ESLint config needed.

Options:
  --config NAME        recommended (default), strict or all
  --format NAME        an ESLint formatter: stylish (default), json, ...
  --max-warnings N     exit 1 when there are more than N warnings
  --today YYYY-MM-DD   evaluate deprecations for this date (default: today)
  --fix                apply autofixes
  -h, --help

Exit codes: 0 no errors (and warnings within --max-warnings); 1 lint errors or
too many warnings; 2 usage error or a file that could not be linted.`;

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
    // TypeScript files get the TypeScript parser; JavaScript keeps ESLint's own
    // parser (espree, with JSX), which is much faster on large bundles.
    { files: [TS_FILES], languageOptions: { parser: tsParser } },
    { files: [JS_FILES], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
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
  const targets = positionals.length ? positionals : ['.'];
  const eslint = new ESLint({
    // ESLint ignores files outside its cwd: lint from a directory that holds every target.
    cwd: commonAncestor([io.cwd, ...targets.map((t) => path.resolve(io.cwd, t))]),
    overrideConfigFile: true,
    overrideConfig: zeroConfig(preset, today) as never,
    fix: !!values.fix,
    errorOnUnmatchedPattern: false,
  });
  let results;
  try {
    results = await eslint.lintFiles(targets.map((t) => path.resolve(io.cwd, t)));
  } catch (e) {
    io.err(`gpt-image lint: ${(e as Error).message}`);
    return 2;
  }
  if (values.fix) await ESLint.outputFixes(results);
  const formatter = await eslint.loadFormatter((values.format as string | undefined) ?? 'stylish');
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
