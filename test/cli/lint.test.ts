import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/cli/io.js';
import { ROOT } from '../support/eslint.js';

function copyExample(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-lint-'));
  cpSync(path.join(ROOT, 'examples/legacy-app'), dir, { recursive: true });
  return dir;
}

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
    const cwd = mkdtempSync(path.join(tmpdir(), 'gpt-image-lint-'));
    writeFileSync(path.join(cwd, 'ok.ts'), `export const f = (c: any) => c.images.generate({ model: 'gpt-image-2', prompt: 'p' });\n`);
    expect(await main(['lint', 'ok.ts'], memoryIo({}, cwd))).toBe(0);
    expect(await main(['lint', '--max-warnings', 'x', 'ok.ts'], memoryIo({}, cwd))).toBe(2);
  });

  it('lints paths outside the working directory', async () => {
    const elsewhere = copyExample();
    const cwd = mkdtempSync(path.join(tmpdir(), 'gpt-image-lint-cwd-'));
    const io = memoryIo({}, cwd);
    expect(await main(['lint', '--today', '2026-11-22', path.join(elsewhere, 'src/avatar.ts')], io)).toBe(1);
    expect(io.stdout.join('')).toMatch(/`dall-e-3` was shut down/);
  });

  it('reports a file that does not parse as an error', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'gpt-image-lint-'));
    writeFileSync(path.join(cwd, 'broken.ts'), `client.images.generate({ model: "dall-e-3", `);
    const io = memoryIo({}, cwd);
    expect(await main(['lint', '.'], io)).toBe(1);
    expect(io.stdout.join('')).toMatch(/Parsing error/);
  });
});
