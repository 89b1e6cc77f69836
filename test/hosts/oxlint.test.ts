/**
 * oxlint as a host: the real `oxlint` binary from npm loads the built plugin
 * through `jsPlugins` (as the README sets it up) and reports what ESLint
 * reports with the same rules, on the fixture corpus, the rule fixtures and
 * the cross-module project.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import plugin from '../../src/index.js';
import { FIXTURES, ROOT } from '../support/eslint.js';

const today = '2026-11-22';
const OXLINT = path.join(path.dirname(createRequire(import.meta.url).resolve('oxlint/package.json')), 'bin/oxlint');
const BUILT = path.join(ROOT, 'dist/plugin.js');
const FOLDERS = ['corpus', 'rules', 'project'];

/** The README's `.oxlintrc.json`. */
function readmeConfig(): { jsPlugins: string[]; rules: Linter.RulesRecord } {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes('"jsPlugins"'));
  return JSON.parse(block!) as { jsPlugins: string[]; rules: Linter.RulesRecord };
}

/** The README's rules, with the date fixed so that results do not move with the calendar. */
function rules(): Linter.RulesRecord {
  const out: Linter.RulesRecord = { ...readmeConfig().rules };
  for (const id of ['gpt-image/no-legacy-model', 'gpt-image/require-model', 'gpt-image/no-preview-feature']) {
    if (out[id]) out[id] = [out[id] as Linter.RuleSeverity, { today }];
  }
  return out;
}

/** The README's config and the linked package, in another folder. */
function linkConfig(work: string): void {
  cpSync(path.join(dir, '.oxlintrc.json'), path.join(work, '.oxlintrc.json'));
  mkdirSync(path.join(work, 'node_modules'));
  symlinkSync(ROOT, path.join(work, 'node_modules/eslint-plugin-gpt-image'), 'dir');
}

let dir = '';

interface OxDiagnostic {
  code: string;
  message: string;
  severity: string;
  filename: string;
  labels: { span: { offset: number; length: number; line: number; column: number } }[];
}

function oxlint(cwd: string, args: string[]): { status: number | null; diagnostics: OxDiagnostic[]; stderr: string } {
  const r = spawnSync(process.execPath, [OXLINT, '-f', 'json', ...args], { cwd, encoding: 'utf8' });
  const out = r.stdout ? (JSON.parse(r.stdout) as { diagnostics: OxDiagnostic[] }) : { diagnostics: [] };
  return { status: r.status, diagnostics: out.diagnostics, stderr: r.stderr };
}

/** `file:line:column rule message`, sorted. */
function fromOxlint(diagnostics: OxDiagnostic[]): string[] {
  return diagnostics
    .map((d) => {
      const rule = d.code.replace(/^gpt-image\((.*)\)$/, 'gpt-image/$1');
      const { line, column } = d.labels[0].span;
      return `${d.filename.split(path.sep).join('/')}:${line}:${column} ${rule} ${d.message}`;
    })
    .sort();
}

describe('oxlint with the plugin in jsPlugins', () => {
  beforeAll(() => {
    expect(existsSync(BUILT), 'npm run build first').toBe(true);
    dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-oxlint-'));
    for (const f of FOLDERS) cpSync(path.join(FIXTURES, f), path.join(dir, f), { recursive: true });
    // As the README sets it up, the package installed (this repository, linked); only this plugin's rules, so that oxlint's own defaults do not mix in.
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(ROOT, path.join(dir, 'node_modules/eslint-plugin-gpt-image'), 'dir');
    const config = { ...readmeConfig(), categories: { correctness: 'off' }, rules: rules() };
    writeFileSync(path.join(dir, '.oxlintrc.json'), `${JSON.stringify(config, null, 2)}\n`);
  });

  it('reports exactly what ESLint reports with the same rules, at the same lines and columns', async () => {
    const ox = oxlint(dir, FOLDERS);
    expect(ox.stderr).toBe('');
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
        { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
        { ...plugin.configs.recommended, rules: rules() },
      ] as Linter.Config[],
    });
    const results = await eslint.lintFiles(FOLDERS);
    const expected = results
      .flatMap((r) => r.messages.map((m) => `${path.relative(dir, r.filePath).split(path.sep).join('/')}:${m.line}:${m.column} ${m.ruleId} ${m.message}`))
      .sort();
    const got = fromOxlint(ox.diagnostics);
    console.log(`oxlint: ${got.length} findings, ESLint: ${expected.length}`);
    expect(expected.length).toBeGreaterThanOrEqual(60);
    expect(got).toEqual(expected);
    expect(ox.status).toBe(1);
  });

  it("the README's rules are the recommended preset's", () => {
    expect(readmeConfig().rules).toEqual(plugin.configs.recommended.rules);
  });

  it('applies the fixes with --fix (a response_format the model rejects)', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'gpt-image-oxlint-fix-'));
    linkConfig(work);
    writeFileSync(path.join(work, 'a.ts'), `export const f = (c: any) => c.images.generate({ model: 'gpt-image-2', prompt: 'p', response_format: 'b64_json' });\n`);
    expect(oxlint(work, ['--fix', 'a.ts']).diagnostics).toEqual([]);
    expect(readFileSync(path.join(work, 'a.ts'), 'utf8')).toBe(`export const f = (c: any) => c.images.generate({ model: 'gpt-image-2', prompt: 'p' });\n`);
  });

  it("reads the script blocks of .vue, .svelte and .astro files, each block as a program of its own (the README's caveat)", async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'gpt-image-oxlint-components-'));
    linkConfig(work);
    cpSync(path.join(FIXTURES, 'components'), work, { recursive: true });
    // The same component with the model written in the instance script.
    const avatar = readFileSync(path.join(work, 'Avatar.svelte'), 'utf8');
    writeFileSync(path.join(work, 'Inline.svelte'), avatar.replace('model: AVATAR_MODEL', "model: 'dall-e-3'"));
    const files = readdirSync(work).filter((f) => /\.(vue|svelte|astro)$/.test(f));
    const got = fromOxlint(oxlint(work, files).diagnostics).map((f) => f.split(' ')[0]);
    const io = memoryIo({}, work);
    await main(['lint', '--today', today, '--format', 'json', ...files], io);
    const cli = (JSON.parse(io.stdout.join('')) as { filePath: string; messages: { line: number; column: number }[] }[])
      .flatMap((r) => r.messages.map((m) => `${path.basename(r.filePath)}:${m.line}:${m.column}`))
      .sort();
    expect(cli).toContain('Avatar.svelte:13:53');
    // Everything gpt-image lint finds but the value defined in the module script and sent from the instance script.
    expect(got).toEqual(cli.filter((f) => !f.startsWith('Avatar.svelte')));
    expect(got).toEqual(expect.arrayContaining(['Gallery.vue:17:53', 'Cover.astro:5:51', 'Inline.svelte:13:53']));
  });

  it('applies the suggestions with --fix-suggestions (the model swap)', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'gpt-image-oxlint-fix-'));
    linkConfig(work);
    writeFileSync(path.join(work, 'a.ts'), `export const f = (c: any) => c.images.generate({ model: 'dall-e-2', prompt: 'p' });\n`);
    oxlint(work, ['--fix-suggestions', 'a.ts']);
    // Exported and called by no module: the suggestion carries the TODO for the readers of its result that cannot be seen.
    expect(readFileSync(path.join(work, 'a.ts'), 'utf8')).toBe(
      '// TODO(gpt-image): this result is returned, and not every reader of it can be seen (it is returned at a.ts:1 by an exported function no module of the project calls); on dall-e-2 its images had a `url`, on gpt-image-2 they carry `b64_json` only, so a reader of `.url` gets undefined. Read `b64_json` there instead.\n' +
        `export const f = (c: any) => c.images.generate({ model: 'gpt-image-2', prompt: 'p' });\n`,
    );
  });

  it('a file without image code costs one before() call per rule: the gate skips it, no listener runs', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'gpt-image-oxlint-gate-'));
    linkConfig(work);
    writeFileSync(path.join(work, 'image.ts'), `export const f = (c: any) => c.images.generate({ model: 'dall-e-2', prompt: 'p' });\n`);
    const plain = ['a.ts', 'b.ts', 'c.ts'];
    for (const f of plain) writeFileSync(path.join(work, f), `export const add = (a: number, b: number) => Math.max(a, b);\nconsole.log(add(1, 2));\n`);
    /** The calls oxlint counts for no-legacy-model: before() per file, then each listener call. */
    const calls = (files: string[]) => {
      const r = spawnSync(process.execPath, [OXLINT, '--debug=timings', ...files], { cwd: work, encoding: 'utf8' });
      const m = /^gpt-image\/no-legacy-model\s+[\d.]+\s+[\d.]+%\s+(\d+)\s+js-plugin/m.exec(r.stdout + r.stderr);
      expect(m, r.stdout + r.stderr).not.toBeNull();
      return Number(m![1]);
    };
    const alone = calls(['image.ts']);
    // Without the gate each plain file would add its CallExpression and Program:exit calls too.
    expect(calls(['image.ts', ...plain]) - alone).toBe(plain.length);
  });
});
