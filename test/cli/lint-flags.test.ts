/**
 * ESLint's flags on `gpt-image lint` (--quiet, --max-warnings, --output-file,
 * --stdin, --stdin-filename) and --changed, which lints what a change can
 * affect: the changed files and every project file that imports them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { type LintIo } from '../../src/cli/lint.js';
import { memoryIo } from '../../src/cli/io.js';
import { cleanup, git, gitProject, tempDir, writeFiles } from '../migrate/support.js';
import { ROOT } from '../support/eslint.js';

afterEach(cleanup);

const TODAY = '2026-11-22';
const SHUT_DOWN = `export const f = (c: any) => c.images.generate({ model: 'dall-e-3', prompt: 'p' });\n`;
/** A preview value: a warning in `recommended`. */
const PREVIEW = `export const g = (c: any) => c.images.generate({ model: 'gpt-image-2', prompt: 'p', size: '3840x2160' });\n`;

async function lint(cwd: string, args: string[], stdin?: string) {
  const io: LintIo & { stdout: string[]; stderr: string[] } = memoryIo({}, cwd);
  if (stdin !== undefined) io.readStdin = async () => stdin;
  const code = await main(['lint', '--today', TODAY, ...args], io);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

describe('gpt-image lint: ESLint flags', () => {
  it('--quiet shows errors only and does not count warnings; --max-warnings counts them', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'warn.ts': PREVIEW, 'err.ts': SHUT_DOWN });
    const all = await lint(dir, ['.']);
    expect(all.stdout).toMatch(/warn\.ts[\s\S]*warning/);
    const quiet = await lint(dir, ['--quiet', '.']);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toMatch(/err\.ts/);
    expect(quiet.stdout).not.toMatch(/warn\.ts/);

    const warnOnly = tempDir();
    writeFiles(warnOnly, { 'warn.ts': PREVIEW });
    expect((await lint(warnOnly, ['.'])).code).toBe(0);
    const over = await lint(warnOnly, ['--max-warnings', '0', '.']);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/gpt-image lint: 1 warning \(max 0\)/);
    expect(over.stderr).not.toMatch(/1 warnings/);
    expect((await lint(warnOnly, ['--max-warnings', '1', '.'])).code).toBe(0);
    expect((await lint(warnOnly, ['--quiet', '--max-warnings', '0', '.'])).code).toBe(0);
  });

  it('--output-file writes the report to a file, not stdout', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'err.ts': SHUT_DOWN });
    const r = await lint(dir, ['--format', 'json', '--output-file', 'reports/lint.json', '.']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const report = JSON.parse(readFileSync(path.join(dir, 'reports/lint.json'), 'utf8')) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(report.map((x) => [path.basename(x.filePath), x.messages.map((m) => m.ruleId)])).toEqual([['err.ts', ['gpt-image/no-legacy-model']]]);
  });

  it('--stdin lints standard input as --stdin-filename (TypeScript parser for .ts)', async () => {
    const dir = tempDir();
    const r = await lint(dir, ['--stdin', '--stdin-filename', 'src/poster.ts'], `const x: string = 'p';\n${SHUT_DOWN}`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/src\/poster\.ts\n\s+2:\d+\s+error\s+`dall-e-3` was shut down on 2026-05-12/);
    expect((await lint(dir, ['--stdin'], `export const ok = 1;\n`)).code).toBe(0);
    expect((await lint(dir, ['--stdin', 'a.ts'], '')).code).toBe(2);
    expect((await lint(dir, ['--stdin-filename', 'a.ts'], '')).code).toBe(2);
  });
});

describe('gpt-image lint --changed', () => {
  const CONSTANTS = `export const IMAGE_MODEL = 'gpt-image-2';\n`;
  const PROJECT = {
    'src/config/models.ts': CONSTANTS,
    'src/config/index.ts': `export * from './models';\n`,
    'src/poster.ts': `import OpenAI from 'openai';\nimport { IMAGE_MODEL } from './config';\nconst openai = new OpenAI();\nexport const poster = (prompt: string) => openai.images.generate({ model: IMAGE_MODEL, prompt });\n`,
    'src/unrelated.ts': `import OpenAI from 'openai';\nexport const u = (c: OpenAI) => c.images.generate({ model: 'gpt-image-2', prompt: 'p' });\n`,
  };

  it('lints the files importing a changed constants module (through a re-export), from git or as a hook names them', async () => {
    const dir = gitProject(PROJECT);
    expect((await lint(dir, ['--changed'])).code).toBe(0);
    writeFiles(dir, { 'src/config/models.ts': `export const IMAGE_MODEL = 'dall-e-3';\n` });
    // A plain lint of the changed file finds nothing: the id is used elsewhere.
    expect((await lint(dir, ['src/config/models.ts'])).code).toBe(0);
    for (const args of [['--changed'], ['--changed', 'src/config/models.ts']]) {
      const r = await lint(dir, ['--format', 'json', ...args]);
      expect(r.code).toBe(1);
      const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
      expect(results.filter((x) => x.messages.length).map((x) => [path.relative(dir, x.filePath), x.messages.map((m) => `${m.line} ${m.ruleId}`)])).toEqual([
        ['src/poster.ts', ['4 gpt-image/no-legacy-model']],
      ]);
      expect(results.map((x) => path.relative(dir, x.filePath))).not.toContain('src/unrelated.ts');
    }
  });

  it('--since REV takes the changes since a commit, committed or not', async () => {
    const dir = gitProject(PROJECT);
    const base = git(dir, 'rev-parse', 'HEAD').trim();
    writeFiles(dir, { 'src/config/models.ts': `export const IMAGE_MODEL = 'dall-e-2';\n` });
    git(dir, 'commit', '-qam', 'downgrade');
    const clean = await lint(dir, ['--changed']);
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
    const r = await lint(dir, ['--changed', '--since', base]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/src\/poster\.ts\n\s+4:\d+\s+error\s+`dall-e-2` was shut down/);
    const bad = await lint(dir, ['--changed', '--since', 'no-such-rev']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--since: 'no-such-rev' is not a commit/);
    expect((await lint(dir, ['--since', base])).code).toBe(2);
  });

  it("the README's lint-staged command refuses a staged change to the constants module only", async () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /```json\n(\{\n\s+"lint-staged"[\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const recipe = (JSON.parse(block![1]) as { 'lint-staged': Record<string, string> })['lint-staged'];
    const [glob, command] = Object.entries(recipe)[0];
    expect(glob).toBe('*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}');
    expect(command).toMatch(/^gpt-image lint --changed\b/);
    const dir = gitProject(PROJECT);
    writeFiles(dir, { 'src/config/models.ts': `export const IMAGE_MODEL = 'dall-e-3';\n` });
    git(dir, 'add', 'src/config/models.ts');
    // lint-staged appends the staged files (absolute paths) to the command.
    const io = memoryIo({}, dir);
    const code = await main([...command.split(' ').slice(1), '--today', TODAY, path.join(dir, 'src/config/models.ts')], io);
    expect(code).toBe(1);
    expect(io.stdout.join('\n')).toMatch(/src\/poster\.ts\n\s+4:\d+\s+error\s+`dall-e-3` was shut down/);
  });

  it('outside git, --changed with no files is a usage error', async () => {
    const dir = tempDir();
    writeFiles(dir, PROJECT);
    const r = await lint(dir, ['--changed']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--changed needs a git work tree/);
  });
});

describe('--help names every flag', () => {
  it.each([
    ['lint', ['--quiet', '--max-warnings', '--output-file', '--stdin', '--stdin-filename', '--changed', '--since', '--no-ignore', '--ignore-pattern', '--today', '--fix']],
    ['migrate', ['-d, --dry', '-p, --print', '--extensions', '--verbose', '--today', '--no-ignore', '--ignore-pattern', '--target', '--text-model']],
  ])('%s', async (command, flags) => {
    const io = memoryIo();
    expect(await main([command, '--help'], io)).toBe(0);
    for (const flag of flags) expect(io.stdout.join('\n')).toContain(flag);
  });
});
