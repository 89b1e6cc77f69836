/**
 * `gpt-image lint --changed`: the files a change can affect. A finding is
 * reported where a model id is used, not where it is defined, so a commit
 * that only edits `export const IMAGE_MODEL = 'dall-e-3'` must lint the
 * modules that import it too. This takes the changed files (from git, or as a
 * hook passes them) and adds every project file that imports one of them,
 * directly or through other modules, from the project index's import edges.
 *
 * Before parsing a file to read its imports, its text must name the module
 * (its file name, or its folder's for an index file), as every relative
 * specifier and the usual tsconfig `paths` aliases do. An alias that maps a
 * different name straight to a file (`"@model": ["src/config/models.ts"]`)
 * is missed; `gpt-image lint` over the whole project still finds it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { importsOf } from '../analysis/project.js';

function git(cwd: string, args: string[]): { ok: true; out: string } | { ok: false; error: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) return { ok: false, error: r.error.message };
  return r.status === 0 ? { ok: true, out: r.stdout } : { ok: false, error: (r.stderr || `git ${args[0]} failed`).trim() };
}

const isFile = (p: string) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/**
 * The files changed in the git work tree holding `cwd`, as absolute paths:
 * against `since` when given (commits since then, staged and unstaged
 * changes), else the uncommitted changes (staged and unstaged, against HEAD);
 * untracked files that .gitignore does not ignore count as changed. Deleted
 * files are left out.
 */
export function changedFiles(cwd: string, since?: string): { files: string[]; root: string } | { error: string } {
  const top = git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top.ok) return { error: `--changed needs a git work tree: ${top.error}` };
  const root = path.resolve(top.out.trim());
  let base = since;
  if (base === undefined) base = git(root, ['rev-parse', '--verify', '-q', 'HEAD']).ok ? 'HEAD' : undefined;
  else if (!git(root, ['rev-parse', '--verify', '-q', `${base}^{commit}`]).ok) return { error: `--since: '${since}' is not a commit of this repository` };
  // Without a first commit, everything in the index is new.
  const diff = base === undefined ? git(root, ['ls-files', '-z', '--cached']) : git(root, ['diff', '--name-only', '-z', '--no-renames', base, '--']);
  if (!diff.ok) return { error: diff.error };
  const untracked = git(root, ['ls-files', '-z', '--others', '--exclude-standard']);
  const rels = [...diff.out.split('\0'), ...(untracked.ok ? untracked.out.split('\0') : [])].filter(Boolean);
  const files = [...new Set(rels.map((r) => path.join(root, r)))].filter(isFile).sort();
  return { files, root };
}

/** The words an import of `file` spells: its name without the extension, or its folder's name for an index file. */
function spelledAs(file: string): string[] {
  const stem = path.basename(file).replace(/\.[^.]+$/, '');
  return stem === 'index' ? [path.basename(path.dirname(file))] : [stem];
}

/**
 * `changed` plus every file of `project` that imports one of them, directly
 * or through other files of `project`. A file is parsed only when its text
 * names the module it would import (cheap text check first).
 */
export function withImporters(changed: readonly string[], project: readonly string[]): string[] {
  const result = new Set(changed);
  const texts = new Map<string, string | undefined>();
  const textOf = (f: string) => {
    if (!texts.has(f)) {
      try {
        texts.set(f, readFileSync(f, 'utf8'));
      } catch {
        texts.set(f, undefined);
      }
    }
    return texts.get(f);
  };
  let frontier = [...changed];
  while (frontier.length) {
    const targets = new Set(frontier);
    const words = [...new Set(frontier.flatMap(spelledAs))];
    const next: string[] = [];
    for (const f of project) {
      if (result.has(f)) continue;
      const text = textOf(f);
      if (text === undefined || !words.some((w) => text.includes(w))) continue;
      if (importsOf(f).some((dep) => targets.has(dep))) {
        result.add(f);
        next.push(f);
      }
    }
    frontier = next;
  }
  return [...result].sort();
}
