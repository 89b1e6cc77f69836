/**
 * The dirty-tree check: `gpt-image migrate` writes only over a clean git tree
 * (or with --force), so its changes can be reviewed as one diff and reverted.
 * Uncommitted changes and untracked files under the paths being migrated
 * count; paths outside a git work tree are not checked.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

export interface GitState {
  /** Some of the paths are inside a git work tree. */
  inRepo: boolean;
  /** `git status --porcelain` lines for the paths (relative to each repo's top). */
  dirty: string[];
}

export function gitState(paths: readonly string[], cwd: string): GitState {
  let inRepo = false;
  const dirty = new Set<string>();
  for (const p of paths.length ? paths : ['.']) {
    const abs = path.resolve(cwd, p);
    let dir: string;
    try {
      dir = statSync(abs).isDirectory() ? abs : path.dirname(abs);
    } catch {
      continue;
    }
    const r = spawnSync('git', ['status', '--porcelain=v1', '--untracked-files=all', '--', abs], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) continue;
    inRepo = true;
    for (const line of r.stdout.split('\n')) if (line.trim()) dirty.add(line);
  }
  return { inRepo, dirty: [...dirty].sort() };
}
