/**
 * `gpt-image migrate` end to end in temp directories: what it writes, what it
 * leaves alone, what it refuses, and what it reports.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MigrateReport } from '../../src/codemod/run.js';
import {
  LEGACY,
  LEGACY_MIGRATED,
  MENTIONS,
  NO_MODEL,
  cleanup,
  git,
  gitProject,
  migrate,
  read,
  snapshot,
  tempDir,
  writeFiles,
} from './support.js';

afterEach(cleanup);

/** The TODO `NO_MODEL` gets: its whole result is returned by an exported function no module calls. */
const ICON_TODO =
  '// TODO(gpt-image): this result is returned, and not every reader of it can be seen (it is returned at icon.js:1 by an exported function no module of the project calls); on dall-e-2 its images had a `url`, on gpt-image-2 they carry `b64_json` only, so a reader of `.url` gets undefined. Read `b64_json` there instead.';

describe('gpt-image migrate: writing', () => {
  it('migrates a clean git tree in place, leaves other files byte-identical and unwritten, and prints a summary', async () => {
    const dir = gitProject({ 'src/poster.ts': LEGACY, 'src/icon.js': NO_MODEL, 'src/labels.ts': MENTIONS, 'README.md': 'dall-e-3\n' });
    const before = snapshot(dir);
    const r = await migrate(dir, []);
    expect(r.code).toBe(0);
    expect(read(dir, 'src/poster.ts')).toBe(LEGACY_MIGRATED);
    // Exported and called by no module of the project: its result goes to readers not seen, so the move comes with a TODO.
    expect(read(dir, 'src/icon.js')).toBe(
      `${ICON_TODO}\nexport const icon = (client, prompt) => client.images.generate({ model: 'gpt-image-2', prompt, size: '1024x1024' });\n`,
    );
    const after = snapshot(dir);
    for (const f of ['src/labels.ts', 'README.md']) {
      expect(after.get(f)!.bytes.equals(before.get(f)!.bytes)).toBe(true);
      expect(after.get(f)!.mtimeMs).toBe(before.get(f)!.mtimeMs);
    }
    expect(r.stdout).toContain('Changed:\n  src/icon.js (2 edits)\n  src/poster.ts (3 edits)');
    expect(r.stdout).toContain(`TODOs left (2):\n  src/icon.js:1  ${ICON_TODO.slice(3)}\n  src/poster.ts:10  TODO(gpt-image): style "vivid" is not supported by gpt-image-2; describe it in the prompt.`);
    expect(r.stdout).toMatch(/3 files scanned, 2 changed, 1 unchanged, 0 failed, 2 TODOs left\.$/);
  });

  it('is idempotent: a second run (after committing) changes nothing and lists the same TODO once', async () => {
    const dir = gitProject({ 'src/poster.ts': LEGACY });
    expect((await migrate(dir, [])).code).toBe(0);
    git(dir, 'commit', '-qam', 'migrate');
    const before = snapshot(dir);
    const r = await migrate(dir, []);
    expect(r.code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
    expect(r.stdout).toMatch(/1 file scanned, 0 changed, 1 unchanged, 0 failed, 1 TODO left\./);
    expect(read(dir, 'src/poster.ts').split('TODO(gpt-image)').length).toBe(2);
  });

  it('keeps CRLF line endings and a BOM', async () => {
    const crlf = `\uFEFF${LEGACY.replace(/\n/g, '\r\n')}`;
    const dir = gitProject({ 'src/poster.ts': crlf });
    expect((await migrate(dir, [])).code).toBe(0);
    expect(read(dir, 'src/poster.ts')).toBe(`\uFEFF${LEGACY_MIGRATED.replace(/\n/g, '\r\n')}`);
  });

  it('reports a file that does not parse, leaves it as it is, migrates the rest and exits 1', async () => {
    const broken = "export const x = client.images.generate({ model: 'dall-e-3', prompt: 'x' );\n";
    const dir = gitProject({ 'src/a-broken.ts': broken, 'src/poster.ts': LEGACY });
    const r = await migrate(dir, []);
    expect(r.code).toBe(1);
    expect(read(dir, 'src/a-broken.ts')).toBe(broken);
    expect(read(dir, 'src/poster.ts')).toBe(LEGACY_MIGRATED);
    expect(r.stdout).toMatch(/Failed \(left as they are\):\n {2}src\/a-broken\.ts:1:\d+ {2}does not parse: /);
    expect(r.stdout).toMatch(/2 files scanned, 1 changed, 0 unchanged, 1 failed/);
  });

  it('runs only the transforms named with --transform', async () => {
    const dir = gitProject({ 'src/poster.ts': LEGACY, 'src/icon.js': NO_MODEL });
    const r = await migrate(dir, ['--transform', 'require-model']);
    expect(r.code).toBe(0);
    expect(read(dir, 'src/poster.ts')).toBe(LEGACY);
    expect(read(dir, 'src/icon.js')).toContain("model: 'gpt-image-2'");
  });

  it('migrates to --target and rewrites url reads as TODOs with --url todo', async () => {
    const dir = gitProject({ 'src/poster.ts': LEGACY });
    expect((await migrate(dir, ['--target', 'gpt-image-2.5-sunburst', '--url', 'todo'])).code).toBe(0);
    const out = read(dir, 'src/poster.ts');
    expect(out).toContain("model: 'gpt-image-2.5-sunburst'");
    expect(out).toContain('  // TODO(gpt-image): GPT image models return base64 only, so `url` is undefined');
    expect(out).toContain('return res.data[0].url;');
  });

  it('takes files and directories as paths, and only those', async () => {
    const dir = gitProject({ 'a/poster.ts': LEGACY, 'b/poster.ts': LEGACY, 'c/poster.ts': LEGACY });
    expect((await migrate(dir, ['a', 'b/poster.ts'])).code).toBe(0);
    expect(read(dir, 'a/poster.ts')).toBe(LEGACY_MIGRATED);
    expect(read(dir, 'b/poster.ts')).toBe(LEGACY_MIGRATED);
    expect(read(dir, 'c/poster.ts')).toBe(LEGACY);
  });
});

describe('gpt-image migrate: which files', () => {
  const tree = {
    'src/poster.ts': LEGACY,
    'src/generated/poster.ts': LEGACY,
    'src/keep.generated.ts': LEGACY,
    'node_modules/pkg/index.js': LEGACY,
    'dist/poster.js': LEGACY,
    'build/poster.js': LEGACY,
    'src/types.d.ts': LEGACY,
    'src/notes.md': LEGACY,
    '.gitignore': 'generated/\n*.generated.ts\n',
  };

  it('respects .gitignore and skips node_modules, dist, build and declaration files (git repository)', async () => {
    const dir = tempDir();
    writeFiles(dir, tree);
    git(dir, 'init', '-q');
    git(dir, 'add', 'src/poster.ts', '.gitignore');
    git(dir, 'commit', '-qm', 'initial');
    // The untracked files are all ignored or skipped, so none counts as dirty.
    const r = await migrate(dir, []);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1 file scanned, 1 changed/m);
    expect(read(dir, 'src/poster.ts')).toBe(LEGACY_MIGRATED);
    for (const f of Object.keys(tree).filter((f) => f !== 'src/poster.ts')) expect(read(dir, f)).toBe(tree[f as keyof typeof tree]);
  });

  it('respects .gitignore outside a git repository too (with --force)', async () => {
    const dir = tempDir();
    writeFiles(dir, { ...tree, 'src/nested/.gitignore': 'skip-*.ts\n!skip-not.ts\n', 'src/nested/skip-me.ts': LEGACY, 'src/nested/skip-not.ts': LEGACY });
    const r = await migrate(dir, ['--force']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2 files scanned, 2 changed/m);
    expect(read(dir, 'src/poster.ts')).toBe(LEGACY_MIGRATED);
    expect(read(dir, 'src/nested/skip-not.ts')).toBe(LEGACY_MIGRATED);
    expect(read(dir, 'src/nested/skip-me.ts')).toBe(LEGACY);
    expect(read(dir, 'src/generated/poster.ts')).toBe(LEGACY);
    expect(read(dir, 'node_modules/pkg/index.js')).toBe(LEGACY);
  });

  it('reports progress on stderr on long runs at a terminal, and not otherwise', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`src/f${String(i).padStart(2, '0')}.ts`] = MENTIONS;
    const dir = gitProject(files);
    const tty = await migrate(dir, [], { isTTY: true });
    expect(tty.stderr).toMatch(/gpt-image migrate: 6\/60 files/);
    expect(tty.stderr).toMatch(/gpt-image migrate: 60\/60 files/);
    const pipe = await migrate(dir, []);
    expect(pipe.stderr).toBe('');
  });
});

describe('gpt-image migrate: the git tree', () => {
  it('refuses with exit 3 and writes nothing when a file it would change has uncommitted changes', async () => {
    const dir = gitProject({ 'src/poster.ts': LEGACY, 'src/other.ts': MENTIONS });
    writeFileSync(path.join(dir, 'src/poster.ts'), `${LEGACY}// edited\n`);
    const before = snapshot(dir);
    const r = await migrate(dir, []);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('files to migrate have uncommitted changes in git:\n  modified  src/poster.ts\n');
    expect(r.stderr).toContain('--force');
    expect(snapshot(dir)).toEqual(before);
  });

  it('a modified file it would not change does not count', async () => {
    const dir = gitProject({ 'src/poster.ts': LEGACY, 'src/other.ts': MENTIONS });
    writeFileSync(path.join(dir, 'src/other.ts'), `${MENTIONS}// edited\n`);
    const r = await migrate(dir, []);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read(dir, 'src/poster.ts')).toBe(LEGACY_MIGRATED);
    expect(read(dir, 'src/other.ts')).toBe(`${MENTIONS}// edited\n`);
  });

  it('counts untracked source files as dirty', async () => {
    const dir = gitProject({ 'src/poster.ts': LEGACY });
    writeFileSync(path.join(dir, 'src/new.ts'), LEGACY);
    const r = await migrate(dir, []);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('  untracked src/new.ts');
  });

  it('only looks at the files it may write: other changes and paths outside the run do not count', async () => {
    const dir = gitProject({ 'src/poster.ts': LEGACY, 'docs/notes.md': 'x\n', 'lib/other.ts': MENTIONS });
    writeFileSync(path.join(dir, 'docs/notes.md'), 'changed\n');
    writeFileSync(path.join(dir, 'src/README.md'), 'new\n');
    writeFileSync(path.join(dir, 'lib/other.ts'), `${MENTIONS}// edited\n`);
    expect((await migrate(dir, ['src'])).code).toBe(0);
    expect(read(dir, 'src/poster.ts')).toBe(LEGACY_MIGRATED);
  });

  it('writes on a dirty tree with --force', async () => {
    const dir = gitProject({ 'src/poster.ts': LEGACY });
    writeFileSync(path.join(dir, 'src/new.ts'), LEGACY);
    expect((await migrate(dir, ['--force'])).code).toBe(0);
    expect(read(dir, 'src/poster.ts')).toBe(LEGACY_MIGRATED);
    expect(read(dir, 'src/new.ts')).toBe(LEGACY_MIGRATED);
  });

  it('outside a git repository refuses to write without --force, and says why', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'poster.ts': LEGACY, 'labels.ts': MENTIONS });
    const before = snapshot(dir);
    const r = await migrate(dir, []);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      'gpt-image migrate: files to migrate are not in a git repository:\n  poster.ts\n' +
        'The edits are made in place and nothing could undo them. Commit the files to git first (git init && git add -A && git commit), or pass --force to write anyway (or --dry to preview).',
    );
    expect(snapshot(dir)).toEqual(before);
    expect((await migrate(dir, ['--dry'])).code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
    expect((await migrate(dir, ['--force'])).code).toBe(0);
    expect(read(dir, 'poster.ts')).toBe(LEGACY_MIGRATED);
  });

  it('outside a git repository, a run that would change nothing is not refused', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'labels.ts': MENTIONS });
    const r = await migrate(dir, []);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1 files? scanned, 0 changed/m);
  });
});

describe('gpt-image migrate --dry', () => {
  it('prints a unified diff that git apply turns into exactly what a real run writes, and writes nothing (even on a dirty tree)', async () => {
    const crlf = `\uFEFF${LEGACY.replace(/\n/g, '\r\n')}`;
    const files = { 'src/poster.ts': LEGACY, 'src/crlf.ts': crlf, 'src/icon.js': NO_MODEL, 'src/labels.ts': MENTIONS };
    const dir = gitProject(files);
    writeFileSync(path.join(dir, 'untracked.txt'), 'dirty\n');
    const before = snapshot(dir);
    const dry = await migrate(dir, ['--dry']);
    expect(dry.code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
    expect(dry.stdout).toContain('--- a/src/poster.ts\n+++ b/src/poster.ts\n@@ -4,10 +4,10 @@');
    expect(dry.stdout).toContain("-    model: 'dall-e-3',\n+    model: 'gpt-image-2',");
    expect(dry.stdout).toMatch(/Dry run \(nothing written\): 4 files scanned, 3 would change, 1 unchanged, 0 failed, 3 TODOs left\.$/);
    const diff = dry.stdout.slice(0, dry.stdout.indexOf('Would change:'));
    writeFileSync(path.join(dir, '..', `${path.basename(dir)}.patch`), diff);
    execFileSync('git', ['apply', path.join(dir, '..', `${path.basename(dir)}.patch`)], { cwd: dir });
    const applied = snapshot(dir);
    // Now the same files through a real run in a fresh copy.
    const real = gitProject(files);
    expect((await migrate(real, [])).code).toBe(0);
    for (const f of Object.keys(files)) expect(applied.get(f)!.bytes.equals(readFileSync(path.join(real, f)))).toBe(true);
  });
});

describe('gpt-image migrate --json', () => {
  it('writes every file, every edit and every TODO left with file:line', async () => {
    const dir = gitProject({ 'src/poster.ts': LEGACY, 'src/labels.ts': MENTIONS, '.gitignore': 'report.json\n' });
    const r = await migrate(dir, ['--json', 'report.json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(read(dir, 'report.json')) as MigrateReport;
    expect(report.summary).toEqual({ scanned: 2, changed: 1, unchanged: 1, failed: 0, todos: 1 });
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      ['src/labels.ts', 'unchanged'],
      ['src/poster.ts', 'changed'],
    ]);
    const poster = report.files[1];
    expect(poster.edits).toEqual([
      { transform: 'migrate-image-model', label: 'dall-e-3 -> gpt-image-2', line: 7, column: 12, before: "'dall-e-3'", after: "'gpt-image-2'" },
      {
        transform: 'migrate-image-model',
        label: 'dall-e-3 -> gpt-image-2',
        line: 10,
        column: 5,
        before: "style: 'vivid',",
        after: '// TODO(gpt-image): style "vivid" is not supported by gpt-image-2; describe it in the prompt.',
      },
      { transform: 'migrate-image-model', label: 'url read -> data-url', line: 12, column: 10, before: 'res.data[0].url', after: 'res.data[0].b64_json ? `data:image/png;base64,${res.data[0].b64_json}` : undefined' },
    ]);
    expect(report.todos).toEqual([
      { file: 'src/poster.ts', line: 10, text: 'TODO(gpt-image): style "vivid" is not supported by gpt-image-2; describe it in the prompt.', added: true },
    ]);
  });

  it('writes the report to stdout with --json - (and the summary to stderr)', async () => {
    const dir = gitProject({ 'src/poster.ts': LEGACY });
    const r = await migrate(dir, ['--json', '-', '--dry']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as MigrateReport).dry).toBe(true);
    expect(r.stderr).toContain('Dry run (nothing written)');
  });
});

describe('gpt-image migrate: usage', () => {
  it('documents flags and exit codes in --help', async () => {
    const r = await migrate(process.cwd(), ['--help']);
    expect(r.code).toBe(0);
    for (const s of ['--target ID', '--dry', '--transform NAME', '--json FILE', '--force', 'Exit codes:', '  3  refused']) expect(r.stdout).toContain(s);
  });

  it.each([
    [['--nope'], /Unknown option/],
    [['--transform', 'rename-everything'], /unknown transform 'rename-everything'/],
    [['--target', 'gpt-image-9'], /unknown image model 'gpt-image-9'/],
    [['--target', 'dall-e-3'], /was shut down/],
    [['--url', 'link'], /--url must be auto, data-url, todo/],
    [['no/such/dir'], /no such file or directory: no\/such\/dir/],
  ])('exits 2 for %j', async (args, message) => {
    const dir = tempDir();
    writeFiles(dir, { 'poster.ts': LEGACY });
    const r = await migrate(dir, args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(read(dir, 'poster.ts')).toBe(LEGACY);
  });
});
