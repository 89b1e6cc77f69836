/**
 * The dirty-tree check: `gpt-image migrate` writes only over a clean git tree
 * (or with --force), so its changes can be reviewed as one diff and reverted.
 * What counts is the files the run may write: a source file it would look at
 * that has uncommitted changes, or is untracked, makes the tree dirty; other
 * changes (a README, an untracked build output) do not. Files outside every
 * git work tree are listed too: nothing could undo edits to them.
 */
import { spawnSync } from 'node:child_process';
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export interface GitEntry {
  /** The two status letters of `git status --porcelain` (`??` for untracked). */
  status: string;
  /** Absolute path. */
  file: string;
}

export interface GitState {
  /** Some of the paths are inside a git work tree. */
  inRepo: boolean;
  /** Changed or untracked files under the paths. */
  entries: GitEntry[];
  /** The top directories of the git work trees the paths are in. */
  roots: string[];
}

function git(cwd: string, args: string[]): string | undefined {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : undefined;
}

export function gitState(paths: readonly string[], cwd: string): GitState {
  let inRepo = false;
  const entries = new Map<string, GitEntry>();
  const roots = new Set<string>();
  for (const p of paths.length ? paths : ['.']) {
    const abs = path.resolve(cwd, p);
    let dir: string;
    try {
      dir = statSync(abs).isDirectory() ? abs : path.dirname(abs);
    } catch {
      continue;
    }
    const top = git(dir, ['rev-parse', '--show-toplevel']);
    if (top === undefined) continue;
    const out = git(dir, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', abs]);
    if (out === undefined) continue;
    inRepo = true;
    roots.add(top.trim());
    const parts = out.split('\0');
    for (let i = 0; i < parts.length; i++) {
      const item = parts[i];
      if (item.length < 4) continue;
      const status = item.slice(0, 2);
      const file = path.resolve(top.trim(), item.slice(3));
      entries.set(file, { status, file });
      // A rename or copy is followed by its source path.
      if (status[0] === 'R' || status[0] === 'C') i++;
    }
  }
  return { inRepo, entries: [...entries.values()].sort((a, b) => (a.file < b.file ? -1 : 1)), roots: [...roots] };
}

/** The files that are in none of the git work trees of `state`. */
export function outsideGit(state: GitState, files: readonly string[]): string[] {
  return files.filter((file) => {
    let real = file;
    try {
      real = realpathSync(file);
    } catch {
      /* keep the path as given */
    }
    return !state.roots.some((root) => real === root || real.startsWith(root + path.sep) || file.startsWith(root + path.sep));
  });
}

/** The entries for files the run may write. */
export function dirtyAmong(state: GitState, files: readonly string[]): GitEntry[] {
  const set = new Set(files);
  return state.entries.filter((e) => set.has(e.file));
}
