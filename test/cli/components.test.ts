/**
 * `gpt-image lint` and `migrate` on .vue, .svelte and .astro files: the
 * script blocks are read (test/fixtures/components), findings are at the
 * file's own lines and columns, edits land inside the blocks and the markup
 * stays byte-identical; a file type not read is said, never skipped silently.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outsideBlocks } from '../../src/analysis/script-blocks.js';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { transformFile } from '../../src/codemod/blocks.js';
import { migrateFiles } from '../../src/codemod/run.js';
import { type PlanFn, type TransformDef, type TransformName, TRANSFORM_NAMES, defaultOptions } from '../../src/codemod/transforms.js';
import { FIXTURES } from '../support/eslint.js';

const today = '2026-11-22';
const COMPONENTS = path.join(FIXTURES, 'components');
const FILES = readdirSync(COMPONENTS).filter((f) => /\.(vue|svelte|astro)$/.test(f));

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; message: string; fatal?: boolean; fix?: unknown }[];
}

function temp(): string {
  return mkdtempSync(path.join(tmpdir(), 'gpt-image-components-'));
}

function copy(): string {
  const dir = temp();
  cpSync(COMPONENTS, dir, { recursive: true });
  return dir;
}

async function cli(cwd: string, args: string[]) {
  const io = memoryIo({}, cwd);
  const code = await main(args, io);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

async function lint(cwd: string, paths: string[] = ['.']): Promise<{ code: number; results: JsonResult[]; stderr: string }> {
  const r = await cli(cwd, ['lint', '--today', today, '--format', 'json', ...paths]);
  return { code: r.code, results: JSON.parse(r.stdout || '[]') as JsonResult[], stderr: r.stderr };
}

/** `file:line rule` for every `// expect: rule` comment. */
function expectations(dir: string, files: string[]): string[] {
  return files
    .flatMap((f) =>
      readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => {
          const m = /expect: ([a-z- ]+?)\s*$/.exec(line);
          return m ? m[1].split(/\s+/).map((rule) => `${f}:${i + 1} gpt-image/${rule}`) : [];
        }),
    )
    .sort();
}

describe('gpt-image lint on component files', () => {
  it('reports exactly the marked lines of the Vue, Svelte and Astro fixtures, at the columns of the file', async () => {
    const { code, results } = await lint(COMPONENTS);
    expect(code).toBe(1);
    const got = results.flatMap((r) => r.messages.map((m) => `${path.basename(r.filePath)}:${m.line} ${m.ruleId}`)).sort();
    expect(got).toEqual(expectations(COMPONENTS, FILES));
    expect(got.length).toBeGreaterThanOrEqual(3);
    // Columns are the file's: the message points at the model string in the file's own line.
    for (const r of results) {
      const lines = readFileSync(r.filePath, 'utf8').split('\n');
      for (const m of r.messages) expect(lines[m.line - 1].slice(m.column - 1)).toMatch(/^('dall-e-\d'|AVATAR_MODEL)/);
    }
  });

  it('a Svelte module script defines what the instance script sends: the constant is followed across the blocks', async () => {
    const { results } = await lint(COMPONENTS, ['Avatar.svelte']);
    expect(results[0].messages.map((m) => m.message)).toEqual([expect.stringContaining('`dall-e-3` was shut down')]);
  });

  it('--fix applies a fix inside a script block and leaves the markup byte-identical', async () => {
    const dir = temp();
    const vue = `<template>\r\n  <img :src="src" />\r\n</template>\r\n<script setup lang="ts">\r\nimport OpenAI from 'openai';\r\nconst openai = new OpenAI();\r\nconst res = await openai.images.generate({ model: 'gpt-image-2', prompt: 'p', response_format: 'b64_json' });\r\nconst src = 'data:image/png;base64,' + res.data![0].b64_json;\r\n</script>\r\n`;
    writeFileSync(path.join(dir, 'Fix.vue'), vue);
    const r = await cli(dir, ['lint', '--fix', 'Fix.vue']);
    expect(r.code).toBe(0);
    const fixed = readFileSync(path.join(dir, 'Fix.vue'), 'utf8');
    expect(fixed).toBe(vue.replace(", response_format: 'b64_json'", ''));
  });

  it('says which files it does not read, and exits 2 when nothing it can read was given', async () => {
    const dir = copy();
    writeFileSync(path.join(dir, 'notes.md'), '# dall-e-3 notes\n');
    writeFileSync(path.join(dir, 'page.html'), '<script>openai.images.generate({ model: "dall-e-3" })</script>\n');
    const alone = await cli(dir, ['lint', 'notes.md', 'page.html']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe('gpt-image lint: does not read .md files (notes.md), .html files (page.html); it reads .js .jsx .mjs .cjs .ts .tsx .mts .cts .vue .svelte .astro');
    const mixed = await lint(dir, ['notes.md', 'Gallery.vue']);
    expect(mixed.stderr).toContain('does not read .md files (notes.md)');
    expect(mixed.code).toBe(1);
    expect(mixed.results.map((r) => path.basename(r.filePath))).toEqual(['Gallery.vue']);
    const migrate = await cli(dir, ['migrate', '--dry', 'notes.md']);
    expect(migrate.code).toBe(2);
    expect(migrate.stderr).toContain('gpt-image migrate: does not read .md files (notes.md)');
  });
});

describe('gpt-image migrate on component files', () => {
  it('migrates inside the script blocks, leaves the markup byte-identical, reports file lines, and a second run changes nothing', async () => {
    const dir = copy();
    const before = Object.fromEntries(FILES.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
    const report = migrateFiles(FILES.map((f) => path.join(dir, f)), { options: defaultOptions({ today }), cwd: dir, dry: false });
    expect(report.summary).toMatchObject({ scanned: FILES.length, changed: FILES.length, failed: 0 });
    for (const f of FILES) {
      const after = readFileSync(path.join(dir, f), 'utf8');
      expect(outsideBlocks(f, after), f).toEqual(outsideBlocks(f, before[f]));
      expect(after, f).not.toMatch(/model: 'dall-e|= 'dall-e/);
    }
    const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
    expect(read('Avatar.svelte')).toContain("export const AVATAR_MODEL = 'gpt-image-2';");
    expect(read('Avatar.svelte')).toContain('{ "model": "dall-e-2" }'); // markup, not script
    expect(read('Cover.astro')).toContain("openai.images.generate({ model: 'gpt-image-2', prompt: Astro.props.title });");
    // Lines in the report are the component file's.
    const todo = report.todos.find((t) => t.file === 'Gallery.vue')!;
    expect(read('Gallery.vue').split('\n')[todo.line - 1]).toContain('TODO(gpt-image)');
    const edit = report.files.find((r) => r.file === 'Gallery.vue')!.edits.find((e) => e.before === "'dall-e-2'")!;
    expect(before['Gallery.vue'].split('\n')[edit.line - 1].slice(edit.column - 1)).toMatch(/^'dall-e-2'/);
    // Linted again: nothing left but what a TODO explains.
    const { results } = await lint(dir);
    for (const r of results) {
      const lines = readFileSync(r.filePath, 'utf8').split('\n');
      for (const m of r.messages) expect(lines.slice(Math.max(0, m.line - 4), m.line).join('\n'), `${r.filePath}:${m.line}`).toContain('TODO(gpt-image)');
    }
    const again = migrateFiles(FILES.map((f) => path.join(dir, f)), { options: defaultOptions({ today }), cwd: dir, dry: false });
    expect(again.summary.changed).toBe(0);
  });

  it('leaves a component as it is when a block does not parse, and says where in the file', () => {
    const dir = temp();
    const broken = `<template><p /></template>\n\n<script setup lang="ts">\nconst r = await openai.images.generate({ model: 'dall-e-2', prompt: 'p' });\nconst = ;\n</script>\n`;
    writeFileSync(path.join(dir, 'Broken.vue'), broken);
    const report = migrateFiles([path.join(dir, 'Broken.vue')], { options: defaultOptions({ today }), cwd: dir, dry: false });
    expect(report.files[0]).toMatchObject({ status: 'failed', error: { kind: 'parse', line: 5 } });
    expect(readFileSync(path.join(dir, 'Broken.vue'), 'utf8')).toBe(broken);
  });

  it('refuses an edit that would land in the markup (a transform editing at the start of a `<script>` line)', () => {
    const vue = `<template><p /></template>\n<script setup>const a = openai.images.generate({ model: 'dall-e-2', prompt: 'p' });</script>\n`;
    const lineStart = vue.indexOf('<script');
    const step: PlanFn = () => [{ label: 'a TODO at the start of the line', edits: [{ range: [lineStart, lineStart], text: '// TODO(gpt-image): x\n' }] }];
    const registry = Object.fromEntries(TRANSFORM_NAMES.map((n) => [n, { description: n, steps: n === 'migrate-image-model' ? [step] : [] }])) as unknown as Record<TransformName, TransformDef>;
    const outcome = transformFile('/p/App.vue', vue, defaultOptions({ today }), registry);
    expect(outcome).toMatchObject({ ok: false, kind: 'output', message: expect.stringMatching(/outside the script blocks/) });
    // The same edit inside the block is made.
    const inside = vue.indexOf('const a');
    const ok: PlanFn = () => [{ label: 'inside', edits: [{ range: [inside, inside], text: '/* here */ ' }] }];
    const registry2 = Object.fromEntries(TRANSFORM_NAMES.map((n) => [n, { description: n, steps: n === 'migrate-image-model' ? [ok] : [] }])) as unknown as Record<TransformName, TransformDef>;
    expect(transformFile('/p/App.vue', vue, defaultOptions({ today }), registry2)).toMatchObject({ ok: true, output: vue.replace('const a', '/* here */ const a') });
  });
});
