/**
 * The real corpus of `npm run bench`: TypeScript sources that packages ship
 * on the npm registry, at pinned versions. Downloaded once with `npm pack`
 * into a cache outside the repository ($GPT_IMAGE_BENCH_CACHE, else
 * $XDG_CACHE_HOME or ~/.cache, under eslint-plugin-gpt-image-bench) and
 * reused from there.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/** Image-heavy on purpose: an AI SDK provider, the AI SDK core, the OpenAI client. Each ships its `src/` as .ts files. */
export const PACKAGES = [
  { name: '@ai-sdk/openai', version: '4.0.118', dir: 'src' },
  { name: 'ai', version: '7.0.173', dir: 'src' },
  { name: 'openai', version: '7.57.0', dir: 'src' },
];

export const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

export function cacheDir() {
  if (process.env.GPT_IMAGE_BENCH_CACHE) return process.env.GPT_IMAGE_BENCH_CACHE;
  return path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'eslint-plugin-gpt-image-bench');
}

export function corpusName() {
  return PACKAGES.map((p) => `${p.name}@${p.version}/${p.dir}`).join(', ');
}

export function listSources(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) listSources(p, out);
    else if (SOURCE.test(e.name) && !/\.d\.[cm]?ts$/.test(e.name)) out.push(p);
  }
  return out;
}

/**
 * The corpus tree (one directory per package, holding its sources), built on
 * first use. Returns undefined, with the reason, when the registry cannot be
 * reached.
 */
export function realCorpus(log = () => {}) {
  const cache = cacheDir();
  const tree = path.join(cache, `tree-${PACKAGES.map((p) => `${p.name.replace('/', '+')}@${p.version}`).join('_')}`);
  if (existsSync(path.join(tree, '.complete'))) return { tree, files: listSources(tree) };
  mkdirSync(cache, { recursive: true });
  rmSync(tree, { recursive: true, force: true });
  for (const p of PACKAGES) {
    const spec = `${p.name}@${p.version}`;
    const tarball = path.join(cache, `${p.name.replace('@', '').replace('/', '-')}-${p.version}.tgz`);
    if (!existsSync(tarball)) {
      log(`downloading ${spec} ...`);
      const r = spawnSync('npm', ['pack', spec, '--pack-destination', cache, '--silent'], { encoding: 'utf8' });
      if (r.status !== 0 || !existsSync(tarball)) return { reason: `npm pack ${spec} failed: ${(r.stderr || '').trim().split('\n').pop()}` };
    }
    const unpacked = path.join(cache, `unpacked-${path.basename(tarball, '.tgz')}`);
    if (!existsSync(unpacked)) {
      mkdirSync(unpacked, { recursive: true });
      const r = spawnSync('tar', ['xzf', tarball, '-C', unpacked]);
      if (r.status !== 0) return { reason: `could not unpack ${tarball}` };
    }
    cpSync(path.join(unpacked, 'package', p.dir), path.join(tree, p.name.replace('/', '+')), { recursive: true });
  }
  writeFileSync(path.join(tree, '.complete'), `${corpusName()}\n`);
  return { tree, files: listSources(tree) };
}
