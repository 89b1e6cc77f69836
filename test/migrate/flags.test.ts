/** The flags codemod users know from jscodeshift and @next/codemod: -d/--dry, -p/--print, --extensions, --verbose. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, gitProject, migrate, read } from './support.js';

afterEach(cleanup);

const LEGACY = `export const f = (c: any) => c.images.generate({ model: 'dall-e-3', prompt: 'p' });\n`;
// Exported and called by no module of the project: its result goes to readers not seen, so the move comes with a TODO.
const MIGRATED =
  '// TODO(gpt-image): this result is returned, and not every reader of it can be seen (it is returned at a.ts:1 by an exported function no module of the project calls); on dall-e-3 its images had a `url`, on gpt-image-2 they carry `b64_json` only, so a reader of `.url` gets undefined. Read `b64_json` there instead.\n' +
  `export const f = (c: any) => c.images.generate({ model: 'gpt-image-2', prompt: 'p' });\n`;
const CLEAN = `export const g = 1;\n`;

describe('gpt-image migrate flags', () => {
  it('-d is --dry: a diff on stdout, nothing written', async () => {
    const dir = gitProject({ 'a.ts': LEGACY });
    const r = await migrate(dir, ['-d']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^-export const f = .*'dall-e-3'/m);
    expect(r.stdout).toMatch(/^\+export const f = .*'gpt-image-2'/m);
    expect(read(dir, 'a.ts')).toBe(LEGACY);
  });

  it('-p -d prints the new text of each changed file instead of the diff, and writes nothing', async () => {
    const dir = gitProject({ 'a.ts': LEGACY, 'b.ts': CLEAN });
    const r = await migrate(dir, ['-p', '-d']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`// a.ts\n${MIGRATED.trimEnd()}`);
    expect(r.stderr).toMatch(/Would change:\n\s+a\.ts/);
    expect(read(dir, 'a.ts')).toBe(LEGACY);
  });

  it('--print without --dry writes and prints, as jscodeshift -p does', async () => {
    const dir = gitProject({ 'a.ts': LEGACY });
    const r = await migrate(dir, ['--print']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`// a.ts\n${MIGRATED.trimEnd()}`);
    expect(read(dir, 'a.ts')).toBe(MIGRATED);
    expect((await migrate(dir, ['--print', '--json', '-'])).code).toBe(2);
  });

  it('--verbose lists every file read with its status on stderr', async () => {
    const dir = gitProject({ 'a.ts': LEGACY, 'b.ts': CLEAN });
    const r = await migrate(dir, ['--dry', '--verbose']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 files selected \(target gpt-image-2, text model gpt-5\.5, today \d{4}-\d{2}-\d{2}\)/);
    expect(r.stderr).toMatch(/^ {2}changed {3}a\.ts \(2 edits\)$/m);
    expect(r.stderr).toMatch(/^ {2}unchanged b\.ts$/m);
  });

  it('--today sets the date target statuses are decided for', async () => {
    const dir = gitProject({ 'a.ts': LEGACY });
    // gpt-image-1.5 was a fine target before its deprecation on 2026-06-02, and is not since.
    expect((await migrate(dir, ['--dry', '--target', 'gpt-image-1.5', '--today', '2026-05-20'])).code).toBe(0);
    const late = await migrate(dir, ['--dry', '--target', 'gpt-image-1.5', '--today', '2026-11-22']);
    expect(late.code).toBe(2);
    expect(late.stderr).toMatch(/--target: 'gpt-image-1.5' is deprecated and shuts down on 2026-12-01/);
  });
});
