/**
 * One file selection for `gpt-image lint` and `gpt-image migrate`: the skip
 * list and .gitignore apply while walking folders; a file named on the command
 * line (or passed by a hook) is always read; --no-ignore and --ignore-pattern
 * change the walk for both commands alike.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/cli/io.js';
import type { MigrateReport } from '../../src/codemod/run.js';
import { cleanup, gitProject, tempDir, writeFiles } from '../migrate/support.js';

afterEach(cleanup);

const LEGACY = (n: number) => `export const f${n} = (c: any) => c.images.generate({ model: 'dall-e-3', prompt: 'p' });\n`;

/** A tree with a legacy call in every file, in folders that are and are not skipped. */
const TREE: Record<string, string> = {
  'src/app.ts': LEGACY(1),
  'src/build/legacy.ts': LEGACY(2),
  'src/out/page.tsx': LEGACY(3),
  'src/coverage/c.js': LEGACY(4),
  'dist/bundle.mjs': LEGACY(5),
  '.next/server.js': LEGACY(6),
  '.turbo/x.cts': LEGACY(7),
  'node_modules/pkg/index.js': LEGACY(8),
  'generated/api.ts': LEGACY(9),
  'lib/worker.mts': LEGACY(10),
  'vendor/old.js': LEGACY(11),
  '.gitignore': 'vendor/\n',
};

async function lintFiles(cwd: string, args: string[]): Promise<string[]> {
  const io = memoryIo({}, cwd);
  const code = await main(['lint', '--today', '2026-11-22', '--format', 'json', ...args], io);
  expect(code, io.stderr.join('\n')).toBeLessThanOrEqual(1);
  const results = JSON.parse(io.stdout.join('') || '[]') as { filePath: string }[];
  return results.map((r) => path.relative(cwd, r.filePath).split(path.sep).join('/')).sort();
}

async function migrateFiles(cwd: string, args: string[]): Promise<string[]> {
  const io = memoryIo({}, cwd);
  const code = await main(['migrate', '--dry', '--json', '-', ...args], io);
  expect(code, io.stderr.join('\n')).toBe(0);
  const report = JSON.parse(io.stdout.join('')) as MigrateReport;
  return report.files.map((f) => f.file).sort();
}

describe.each([
  ['a git work tree', () => gitProject(TREE)],
  ['a folder outside git', () => {
    const dir = tempDir();
    writeFiles(dir, TREE);
    return dir;
  }],
])('file selection in %s', (_name, make) => {
  it('lint and migrate read the same files: skipped folders only while walking', async () => {
    const dir = make();
    const walked = await lintFiles(dir, ['.']);
    expect(walked).toEqual(['generated/api.ts', 'lib/worker.mts', 'src/app.ts']);
    expect(await migrateFiles(dir, ['.'])).toEqual(walked);
  });

  it('a file named on the command line is read wherever it is', async () => {
    const dir = make();
    const named = ['src/build/legacy.ts', 'src/out/page.tsx', 'dist/bundle.mjs', 'node_modules/pkg/index.js', 'vendor/old.js', '.next/server.js'];
    expect(await lintFiles(dir, named)).toEqual([...named].sort());
    expect(await migrateFiles(dir, named)).toEqual([...named].sort());
  });

  it('--no-ignore walks every folder but .git; --ignore-pattern leaves out what it matches, named or found', async () => {
    const dir = make();
    const all = Object.keys(TREE).filter((f) => f !== '.gitignore').sort();
    expect(await lintFiles(dir, ['--no-ignore', '.'])).toEqual(all);
    expect(await migrateFiles(dir, ['--no-ignore', '.'])).toEqual(all);
    const patterns = ['--ignore-pattern', 'generated/', '--ignore-pattern', '*.mts'];
    expect(await lintFiles(dir, [...patterns, '.'])).toEqual(['src/app.ts']);
    expect(await migrateFiles(dir, [...patterns, '.'])).toEqual(['src/app.ts']);
    expect(await lintFiles(dir, [...patterns, 'generated/api.ts', 'src/app.ts'])).toEqual(['src/app.ts']);
  });
});

describe('gpt-image lint src/build/legacy.ts', () => {
  it('reports the legacy model in a file under build/', async () => {
    const dir = gitProject(TREE);
    const io = memoryIo({}, dir);
    expect(await main(['lint', '--today', '2026-11-22', 'src/build/legacy.ts'], io)).toBe(1);
    expect(io.stdout.join('\n')).toMatch(/src\/build\/legacy\.ts\n\s+1:\d+\s+error\s+`dall-e-3` was shut down on 2026-05-12/);
  });
});

describe('migrate --extensions', () => {
  it('reads only the extensions given, and refuses one it cannot read', async () => {
    const dir = gitProject(TREE);
    expect(await migrateFiles(dir, ['--extensions', 'mts,.ts', '.'])).toEqual(['generated/api.ts', 'lib/worker.mts', 'src/app.ts']);
    expect(await migrateFiles(dir, ['--extensions', 'mts', '.'])).toEqual(['lib/worker.mts']);
    const io = memoryIo({}, dir);
    expect(await main(['migrate', '--extensions', 'py', '.'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/--extensions: unsupported extension 'py'/);
  });
});

