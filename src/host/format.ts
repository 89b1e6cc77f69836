/**
 * Reports in ESLint's formats, byte-identical to ESLint's own formatters:
 * `json` and `json-with-metadata` are written here (JSON of the results,
 * sorted by file path as ESLint's `loadFormatter` sorts them); `stylish` and
 * `html` are ESLint's own formatter modules, loaded from the installed
 * `eslint` package only when that format is asked for (`stylish` reads
 * `node:util` and a table helper, not the rest of ESLint).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LintResult } from './results.js';

export type Format = 'stylish' | 'json' | 'json-with-metadata' | 'html';

type Formatter = (results: LintResult[], data: { cwd: string; rulesMeta: Record<string, unknown> }) => string | Promise<string>;

const require = createRequire(import.meta.url);

function byFilePath(a: LintResult, b: LintResult): number {
  return a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0;
}

/** The `meta` of each rule named in the results (ESLint's `getRulesMetaForResults`). */
export function rulesMeta(results: readonly LintResult[], ruleMeta: (ruleId: string) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of results) {
    for (const { ruleId } of [...r.messages, ...r.suppressedMessages]) {
      if (!ruleId || ruleId in out) continue;
      const meta = ruleMeta(ruleId);
      if (meta !== undefined) out[ruleId] = meta;
    }
  }
  return out;
}

/** ESLint's built-in formatter `name`, from the `eslint` package this one runs beside. */
function eslintFormatter(name: string): Formatter {
  let api: string;
  try {
    api = require.resolve('eslint');
  } catch {
    throw new Error(`--format ${name} uses ESLint's formatter, and the eslint package is not installed; use --format json, or install eslint`);
  }
  return require(path.join(path.dirname(api), 'cli-engine', 'formatters', `${name}.js`)) as Formatter;
}

/**
 * The report of `results` in `format`. `cwd` and `ruleMeta` are what ESLint's
 * formatters receive beside the results (json-with-metadata prints them,
 * html links each rule's docs).
 */
export async function formatResults(format: Format, results: LintResult[], cwd: string, ruleMeta: (ruleId: string) => unknown): Promise<string> {
  results.sort(byFilePath);
  if (format === 'json') return JSON.stringify(results);
  const data = { cwd, rulesMeta: rulesMeta(results, ruleMeta) };
  if (format === 'json-with-metadata') return JSON.stringify({ results, metadata: data });
  return await eslintFormatter(format)(results, data);
}

