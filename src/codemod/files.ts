/**
 * Which files the codemod looks at. Directories are walked for .js .jsx .mjs
 * .cjs .ts .tsx .mts .cts files (and .vue .svelte .astro, whose script blocks
 * are read), skipping `node_modules`, `dist`, `build` and
 * `.git`, and what `.gitignore` ignores: inside a git work tree git itself
 * answers (`git ls-files --cached --others --exclude-standard`), elsewhere the
 * `.gitignore` files found on the way down are read. A file named on the
 * command line is taken as it is.
 */
import { spawnSync } from 'node:child_process';
import { type Dirent, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { READ_EXTENSIONS, isReadFile } from './parse.js';

export const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', 'dist', 'build', '.git']);

export interface Discovery {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Paths given that do not exist. */
  missing: string[];
  /** Files named that are of a type not read (`x.md`): said, never skipped silently. */
  unsupported: string[];
}

function git(cwd: string, args: string[]): string | undefined {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : undefined;
}

/** The top directory of the git work tree holding `dir`, if any. */
export function gitTopLevel(dir: string): string | undefined {
  const out = git(dir, ['rev-parse', '--show-toplevel']);
  return out ? path.resolve(out.trim()) : undefined;
}

function skippedBelow(rel: string): boolean {
  return rel.split(/[\\/]/).slice(0, -1).some((seg) => SKIP_DIRS.has(seg));
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function fromGit(dir: string): string[] | undefined {
  const out = git(dir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.']);
  if (out === undefined) return undefined;
  const files: string[] = [];
  for (const rel of new Set(out.split('\0'))) {
    if (!rel || skippedBelow(rel) || !isReadFile(rel)) continue;
    const abs = path.join(dir, rel);
    if (isFile(abs)) files.push(abs);
  }
  return files;
}

// ---------------------------------------------------------------------------
// .gitignore outside a git work tree

interface IgnoreRule {
  base: string;
  regex: RegExp;
  negate: boolean;
  dirOnly: boolean;
  /** Matched against the path relative to `base` (else against the name). */
  anchored: boolean;
}

function globToRegex(glob: string): string {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (glob.startsWith('**/', i)) {
      re += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('/**', i) && i + 3 === glob.length) {
      re += '/.*';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      re += '.*';
      i += 1;
    } else if (c === '*') {
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) {
        re += '\\[';
      } else {
        let cls = glob.slice(i + 1, close);
        if (cls[0] === '!') cls = `^${cls.slice(1)}`;
        re += `[${cls.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < glob.length) {
      re += glob[++i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else {
      re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  return re;
}

export function parseGitignore(text: string, base: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (!line || line.startsWith('#')) continue;
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
      line = line.slice(1);
    }
    let dirOnly = false;
    if (line.endsWith('/')) {
      dirOnly = true;
      line = line.slice(0, -1);
    }
    if (!line) continue;
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    rules.push({ base, regex: new RegExp(`^${globToRegex(line)}$`), negate, dirOnly, anchored });
  }
  return rules;
}

export function isIgnored(rules: readonly IgnoreRule[], abs: string, isDir: boolean): boolean {
  let ignored = false;
  for (const r of rules) {
    if (r.dirOnly && !isDir) continue;
    const rel = path.relative(r.base, abs).split(path.sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    const subject = r.anchored ? rel : path.basename(abs);
    if (r.regex.test(subject)) ignored = !r.negate;
  }
  return ignored;
}

function loadGitignore(dir: string): IgnoreRule[] {
  const p = path.join(dir, '.gitignore');
  if (!existsSync(p)) return [];
  try {
    return parseGitignore(readFileSync(p, 'utf8'), dir);
  } catch {
    return [];
  }
}

function walk(dir: string, rules: IgnoreRule[], out: string[]): void {
  const here = [...rules, ...loadGitignore(dir)];
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
      if (SKIP_DIRS.has(e.name) || isIgnored(here, abs, true)) continue;
      walk(abs, here, out);
    } else if (e.isFile() && isReadFile(e.name) && !isIgnored(here, abs, false)) {
      out.push(abs);
    }
  }
}

/** The files under `paths` (relative to `cwd`) the codemod looks at. */
export function discoverFiles(paths: readonly string[], cwd: string): Discovery {
  const files = new Set<string>();
  const missing: string[] = [];
  const unsupported: string[] = [];
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
      if (isReadFile(abs)) files.add(abs);
      else unsupported.push(p);
      continue;
    }
    if (!st.isDirectory()) continue;
    const listed = gitTopLevel(abs) ? fromGit(abs) : undefined;
    if (listed) {
      for (const f of listed) files.add(f);
    } else {
      const out: string[] = [];
      walk(abs, [], out);
      for (const f of out) files.add(f);
    }
  }
  return { files: [...files].sort(), missing, unsupported };
}

/** What to say about files named that are of a type not read: `does not read .md files (notes.md); it reads .js ...`. */
export function notReadMessage(unsupported: readonly string[]): string {
  const kinds = new Map<string, string[]>();
  for (const f of unsupported) {
    const base = path.basename(f).toLowerCase();
    const kind = /\.d\.[^.]+$|\.d\.[^.]+\.ts$/.test(base) ? 'declaration files' : path.extname(base) ? `${path.extname(base)} files` : 'files without an extension';
    kinds.set(kind, [...(kinds.get(kind) ?? []), f]);
  }
  const parts = [...kinds].map(([kind, list]) => `${kind} (${list.join(', ')})`);
  return `does not read ${parts.join(', ')}; it reads ${READ_EXTENSIONS.map((e) => `.${e}`).join(' ')}`;
}
