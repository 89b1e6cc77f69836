/**
 * Which files `gpt-image lint` and `gpt-image migrate` read: one selection for
 * both commands, so they never disagree about a file. They read JS/TS source
 * files and the script blocks of .vue, .svelte and .astro files (`isReadFile`).
 *
 * - A file named on the command line (or passed by a hook) is always read,
 *   wherever it is: the skip list and `.gitignore` apply only while walking.
 * - A directory is walked for source files. Below it, the folders of
 *   `SKIP_DIRS` (build output, caches, dependencies) are skipped, and what
 *   `.gitignore` ignores: inside a git work tree git itself answers
 *   (`git ls-files --cached --others --exclude-standard`), elsewhere the
 *   `.gitignore` files found on the way down are read.
 * - `ignorePatterns` (`--ignore-pattern`, .gitignore syntax, relative to the
 *   working directory) apply to every file, named or found.
 * - `ignore: false` (`--no-ignore`) turns off the skip list, `.gitignore`
 *   and the patterns; only `.git` itself is never walked.
 */
import { type Dirent, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SKIP_DIRS, gitTopLevel, isIgnored, listGitFiles, loadGitignore, notReadMessage, parseGitignore } from './files.js';
import { READ_EXTENSIONS, isReadFile } from './parse.js';

export interface SelectOptions {
  /** false: no skip list, no .gitignore, no ignore patterns (`--no-ignore`). Default true. */
  ignore?: boolean;
  /** .gitignore-style patterns relative to the working directory (`--ignore-pattern`). */
  ignorePatterns?: readonly string[];
  /** Extensions to read, without the dot (`--extensions`); default: every source extension. */
  extensions?: readonly string[];
}

export interface Selection {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Paths given that do not exist. */
  missing: string[];
  /** Files named that are of a type not read (`x.md`): said, never skipped silently (`notReadMessage`). */
  unsupported: string[];
}

/** Folders skipped while walking: build output, caches, dependencies. */
export { SKIP_DIRS, notReadMessage };

/** The extensions `--extensions` accepts, without the dot. */
export const SELECTABLE_EXTENSIONS: readonly string[] = READ_EXTENSIONS;

/** Splits `--extensions` values (`ts,tsx`, `.ts`, repeated flags) into extensions; throws on one the commands cannot read. */
export function parseExtensions(values: readonly string[]): string[] {
  const exts = values.flatMap((v) => v.split(',')).map((e) => e.trim().replace(/^\./, '').toLowerCase()).filter(Boolean);
  const bad = exts.filter((e) => !SELECTABLE_EXTENSIONS.includes(e));
  if (bad.length) throw new Error(`unsupported extension '${bad[0]}' (one of ${SELECTABLE_EXTENSIONS.join(', ')})`);
  if (!exts.length) throw new Error('no extension given');
  return [...new Set(exts)];
}

function hasExtension(file: string, extensions: readonly string[] | undefined): boolean {
  if (!isReadFile(file)) return false;
  return !extensions || extensions.includes(path.extname(file).slice(1).toLowerCase());
}

const skippedBelow = (rel: string) => rel.split(/[\\/]/).slice(0, -1).some((seg) => SKIP_DIRS.has(seg));

type Rules = ReturnType<typeof parseGitignore>;

/** Whether a pattern matches the file or one of its folders below `base`. */
function matchesPatterns(rules: Rules, base: string, abs: string): boolean {
  if (!rules.length) return false;
  if (isIgnored(rules, abs, false)) return true;
  for (let dir = path.dirname(abs); dir !== base && dir.startsWith(base + path.sep); dir = path.dirname(dir)) {
    if (isIgnored(rules, dir, true)) return true;
  }
  return false;
}

function walk(dir: string, rules: Rules, respectIgnores: boolean, out: string[]): void {
  const here = respectIgnores ? [...rules, ...loadGitignore(dir)] : rules;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === '.git') continue;
      if (respectIgnores && (SKIP_DIRS.has(e.name) || isIgnored(here, abs, true))) continue;
      walk(abs, here, respectIgnores, out);
    } else if (e.isFile() && !(respectIgnores && isIgnored(here, abs, false))) {
      out.push(abs);
    }
  }
}

/** The files of the directory `dir`, as the walk finds them (before the extension and pattern filters). */
function walkDirectory(dir: string, respectIgnores: boolean): string[] {
  if (respectIgnores && gitTopLevel(dir)) {
    const listed = listGitFiles(dir);
    if (listed) return listed.filter((abs) => !skippedBelow(path.relative(dir, abs)));
  }
  const out: string[] = [];
  walk(dir, [], respectIgnores, out);
  return out;
}

/** The files under `paths` (relative to `cwd`) that lint and migrate read. */
export function selectFiles(paths: readonly string[], cwd: string, options: SelectOptions = {}): Selection {
  const respectIgnores = options.ignore !== false;
  const patterns = respectIgnores && options.ignorePatterns?.length ? parseGitignore(options.ignorePatterns.join('\n'), cwd) : [];
  const files = new Set<string>();
  const missing: string[] = [];
  const unsupported: string[] = [];
  const take = (abs: string) => {
    if (hasExtension(abs, options.extensions) && !matchesPatterns(patterns, cwd, abs)) files.add(abs);
  };
  for (const p of paths.length ? paths : ['.']) {
    const abs = path.resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isFile()) {
      if (isReadFile(abs)) take(abs);
      else unsupported.push(p);
    }
    else if (st.isDirectory()) for (const f of walkDirectory(abs, respectIgnores)) take(f);
  }
  return { files: [...files].sort(), missing, unsupported };
}
