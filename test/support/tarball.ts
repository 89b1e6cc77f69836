/**
 * The package as users install it: `npm pack` of this repository (dist/ is
 * built by `npm test` first), unpacked into `node_modules` of a fresh project
 * outside the repository. The project's other packages are links to this
 * repository's installed ones, so nothing is downloaded; everything of the
 * plugin itself (files, `exports`, `bin`, types) comes from the tarball.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './eslint.js';

const NAME = 'eslint-plugin-gpt-image';

/** Packs this repository into `dir` (without running `prepare`) and returns the tarball's path. */
export function pack(dir: string): string {
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [info] = JSON.parse(out) as { filename: string }[];
  return path.join(dir, info.filename);
}

export interface ProjectOptions {
  /** Which installed ESLint is the project's `eslint`: `eslint` (10) or `eslint-v9`. */
  eslint: 'eslint' | 'eslint-v9';
  /** package.json `type`. */
  type: 'module' | 'commonjs';
  /** Installed packages (top-level names under node_modules) the project does not get. */
  without?: string[];
}

/** A fresh project in `dir` with the tarball installed as `eslint-plugin-gpt-image`. */
export function freshProject(dir: string, tarball: string, opts: ProjectOptions): string {
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules, { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'fresh-project', version: '1.0.0', private: true, type: opts.type, devDependencies: { [NAME]: `file:${path.basename(tarball)}` } }, null, 2),
  );
  for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry.startsWith('.') || entry === NAME || entry === 'eslint' || entry === 'eslint-v9' || opts.without?.includes(entry)) continue;
    symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(modules, entry));
  }
  symlinkSync(path.join(ROOT, 'node_modules', opts.eslint), path.join(modules, 'eslint'));
  const plugin = path.join(modules, NAME);
  mkdirSync(plugin);
  execFileSync('tar', ['-xzf', tarball, '-C', plugin, '--strip-components=1']);
  // What npm does for a package's `bin` on install.
  const bin = path.join(plugin, 'dist/src/cli/main.js');
  chmodSync(bin, 0o755);
  mkdirSync(path.join(modules, '.bin'));
  symlinkSync(path.relative(path.join(modules, '.bin'), bin), path.join(modules, '.bin/gpt-image'));
  return dir;
}
