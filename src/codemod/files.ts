/**
 * The pieces of file selection (`select.ts` puts them together for lint and
 * migrate): the folders skipped while walking, git's list of a work tree's
 * files, and a .gitignore matcher for trees outside git.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { READ_EXTENSIONS } from './parse.js';

/** Build output, caches and dependencies: skipped while walking a folder (a file named explicitly is still read). */
export const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', 'dist', 'build', 'out', 'coverage', '.next', '.turbo', '.git']);

function git(cwd: string, args: string[]): string | undefined {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : undefined;
}

/** The top directory of the git work tree holding `dir`, if any. */
export function gitTopLevel(dir: string): string | undefined {
  const out = git(dir, ['rev-parse', '--show-toplevel']);
  return out ? path.resolve(out.trim()) : undefined;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Every file git lists below `dir`: tracked, and untracked unless .gitignore ignores it. Undefined outside a work tree. */
export function listGitFiles(dir: string): string[] | undefined {
  const out = git(dir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.']);
  if (out === undefined) return undefined;
  const files: string[] = [];
  for (const rel of new Set(out.split('\0'))) {
    if (!rel) continue;
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

export function loadGitignore(dir: string): IgnoreRule[] {
  const p = path.join(dir, '.gitignore');
  if (!existsSync(p)) return [];
  try {
    return parseGitignore(readFileSync(p, 'utf8'), dir);
  } catch {
    return [];
  }
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
