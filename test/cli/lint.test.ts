import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/cli/io.js';
import { ROOT, realEslint } from '../support/eslint.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function tempDir(prefix = 'gpt-image-lint-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function copyExample(): string {
  const dir = tempDir();
  cpSync(path.join(ROOT, 'examples/legacy-app'), dir, { recursive: true });
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; message: string; fatal?: boolean }[];
}

async function lintJson(cwd: string, args: string[] = ['.']): Promise<{ code: number; results: JsonResult[]; stderr: string }> {
  const io = memoryIo({}, cwd);
  const code = await main(['lint', '--format', 'json', ...args], io);
  return { code, results: JSON.parse(io.stdout.join('') || '[]') as JsonResult[], stderr: io.stderr.join('\n') };
}

/** `file:line:column rule message` for every message, sorted. */
function findings(results: JsonResult[], cwd: string): string[] {
  return results
    .flatMap((r) => r.messages.map((m) => `${path.relative(cwd, r.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`))
    .sort();
}

const CALL = (model: string) => `export const f = (c: any) => c.images.generate({ model: "${model}", prompt: "p" });\n`;

describe('gpt-image lint', () => {
  it('lints a repository without any ESLint config and exits 1 on errors', async () => {
    const cwd = copyExample();
    const io = memoryIo({}, cwd);
    expect(await main(['lint', '--today', '2026-11-22', '--format', 'json', '.'], io)).toBe(1);
    const results = JSON.parse(io.stdout.join('')) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    const reported = results
      .filter((r) => r.messages.length)
      .map((r) => `${path.relative(cwd, r.filePath)}:${r.messages.map((m) => m.line).join(',')}`)
      .sort();
    expect(reported).toEqual([
      'src/avatar.ts:6',
      'src/banner.ts:20',
      'src/chat-art.ts:7',
      'src/edit-photo.mjs:6',
      'src/legacy-worker.cjs:6',
      'src/sketch.ts:6',
      'src/thumbnails.js:7',
    ]);
    // the files that only mention ids are linted and clean
    expect(results.map((r) => path.relative(cwd, r.filePath))).toEqual(expect.arrayContaining(['src/components/ModelPicker.tsx', 'src/db.ts']));
  });

  it('exits 0 on clean code and honours --max-warnings', async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'ok.ts'), `export const f = (c: any) => c.images.generate({ model: 'gpt-image-2', prompt: 'p' });\n`);
    expect(await main(['lint', 'ok.ts'], memoryIo({}, cwd))).toBe(0);
    expect(await main(['lint', '--max-warnings', 'x', 'ok.ts'], memoryIo({}, cwd))).toBe(2);
  });

  it('lints paths outside the working directory', async () => {
    const elsewhere = copyExample();
    const cwd = tempDir('gpt-image-lint-cwd-');
    const io = memoryIo({}, cwd);
    expect(await main(['lint', '--today', '2026-11-22', path.join(elsewhere, 'src/avatar.ts')], io)).toBe(1);
    expect(io.stdout.join('')).toMatch(/`dall-e-3` was shut down/);
  });

  it('reports a file that does not parse as an error', async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'broken.ts'), `client.images.generate({ model: "dall-e-3", `);
    const io = memoryIo({}, cwd);
    expect(await main(['lint', '.'], io)).toBe(1);
    expect(io.stdout.join('')).toMatch(/Parsing error/);
  });

  it('reports only its own findings, not other tools\' eslint comments, and honours its own disable comments', async () => {
    const cwd = tempDir();
    write(cwd, {
      'noise.ts': [
        '/* eslint-env node */',
        '// eslint-disable-next-line react-hooks/exhaustive-deps',
        'export const a = 1; // eslint-disable-line no-console',
        '/* eslint import/no-unresolved: off */',
        'export const f = (c: any) => c.images.generate({ model: "gpt-image-2", prompt: "p" });',
        '',
      ].join('\n'),
      'own.ts': [
        '// eslint-disable-next-line gpt-image/no-legacy-model',
        'export const f = (c: any) => c.images.generate({ model: "dall-e-3", prompt: "p" });',
        '',
      ].join('\n'),
    });
    const { code, results } = await lintJson(cwd);
    expect(findings(results, cwd)).toEqual([]);
    expect(code).toBe(0);
    // ESLint 10 stops at an eslint-env comment: the file is linted all the same
    write(cwd, { 'legacy.ts': `// eslint-disable-next-line @next/next/no-img-element\n${CALL('dall-e-3')}`, 'env.js': `/* eslint-env browser */\n${CALL('dall-e-2').replace(': any', '')}` });
    const again = await lintJson(cwd);
    expect(findings(again.results, cwd)).toEqual([
      expect.stringMatching(/^env\.js:2:\d+ gpt-image\/no-legacy-model /),
      expect.stringMatching(/^legacy\.ts:2:\d+ gpt-image\/no-legacy-model /),
    ]);
    expect(again.code).toBe(1);
  });

  it('skips what .gitignore ignores and build output, caches and dependencies', async () => {
    const cwd = tempDir();
    const skipped = ['generated/a.ts', '.next/server/a.js', 'out/a.js', 'coverage/a.js', '.turbo/a.js', 'node_modules/x/a.js', 'dist/a.js', 'build/a.js'];
    write(cwd, { '.gitignore': 'generated/\n', 'src/app.ts': CALL('dall-e-3'), ...Object.fromEntries(skipped.map((f) => [f, CALL('dall-e-3')])) });
    // without git: the .gitignore files are read
    expect(findings((await lintJson(cwd)).results, cwd).map((f) => f.split(':')[0])).toEqual(['src/app.ts']);
    // in a git work tree, with the build output committed: git answers
    expect(spawnSync('git', ['init', '-q'], { cwd }).status).toBe(0);
    spawnSync('git', ['add', '.'], { cwd });
    spawnSync('git', ['add', '-f', '.next', 'out', 'coverage', '.turbo', 'dist', 'build'], { cwd });
    expect(findings((await lintJson(cwd)).results, cwd).map((f) => f.split(':')[0])).toEqual(['src/app.ts']);
  });

  it('refuses a path that does not exist and an unknown format (exit 2)', async () => {
    const cwd = tempDir();
    write(cwd, { 'a.ts': CALL('dall-e-3') });
    const missing = memoryIo({}, cwd);
    expect(await main(['lint', 'does-not-exist/'], missing)).toBe(2);
    expect(missing.stderr.join('\n')).toMatch(/no such file or directory: does-not-exist\//);
    expect(missing.stdout).toEqual([]);
    const format = memoryIo({}, cwd);
    expect(await main(['lint', '--format', 'nope', '.'], format)).toBe(2);
    expect(format.stderr.join('\n')).toMatch(/unknown --format 'nope'; use stylish, json/);
    expect(format.stdout).toEqual([]);
  });

  it('shows progress on stderr on long runs', async () => {
    const cwd = tempDir();
    write(cwd, Object.fromEntries(Array.from({ length: 520 }, (_, i) => [`src/m${i}.ts`, i % 100 ? `export const v${i} = ${i};\n` : CALL('gpt-image-2')])));
    const { code, stderr } = await lintJson(cwd);
    expect(code).toBe(0);
    expect(stderr).toMatch(/gpt-image lint: 520 files, 6 name an image API or model/);
    expect(stderr).toMatch(/gpt-image lint: 6\/6 files/);
  });

  it('finds exactly what eslint with configs.recommended and the TypeScript parser finds', async () => {
    const cwd = tempDir();
    cpSync(path.join(ROOT, 'test/fixtures/rules'), path.join(cwd, 'rules'), { recursive: true });
    cpSync(path.join(ROOT, 'examples/legacy-app'), path.join(cwd, 'legacy-app'), { recursive: true });
    generate(path.join(cwd, 'generated'), 300, 11);
    const ours = await lintJson(cwd);
    const eslintResults = (await realEslint(cwd).lintFiles(['.'])) as unknown as JsonResult[];
    const theirs = findings(eslintResults, cwd);
    expect(theirs.length).toBeGreaterThan(20);
    expect(findings(ours.results, cwd)).toEqual(theirs);
  }, 120_000);
});
