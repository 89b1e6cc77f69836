/**
 * oxlint's run cache (`src/eslint/run-cache.ts`), with the real `oxlint`
 * binary: a second run gives again what the first reported without analysing
 * the files, and after any change a result depends on (the file, a module it
 * imports, a module that appears where an import was not found before, a new
 * caller of a returned result, a rule's options) it reports exactly what a
 * run without the cache reports.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { FIXTURES, ROOT } from '../support/eslint.js';

const OXLINT = path.join(path.dirname(createRequire(import.meta.url).resolve('oxlint/package.json')), 'bin/oxlint');
const BUILT = path.join(ROOT, 'dist/plugin.js');

interface Run {
  findings: string[];
  reused: number;
  analysed: number;
  unread: number;
}

/** Writes `.oxlintrc.json` with the recommended rules (`today` for the date-dependent ones) and links the package. */
function setUp(work: string, today = '2026-11-22'): void {
  mkdirSync(path.join(work, 'src'), { recursive: true });
  const rules: Record<string, unknown> = {};
  for (const [id, level] of Object.entries(plugin.configs.recommended.rules ?? {})) {
    rules[id] = /no-legacy-model|require-model|no-preview-feature/.test(id) ? [level, { today }] : level;
  }
  writeFileSync(path.join(work, '.oxlintrc.json'), JSON.stringify({ categories: { correctness: 'off' }, jsPlugins: ['eslint-plugin-gpt-image'], rules }));
  if (!existsSync(path.join(work, 'node_modules'))) {
    mkdirSync(path.join(work, 'node_modules'));
    symlinkSync(ROOT, path.join(work, 'node_modules/eslint-plugin-gpt-image'), 'dir');
  }
}

/** oxlint over the folder: with the cache in `cacheDir`, or with the cache off. */
function oxlint(work: string, cacheDir: string | undefined, args: string[] = ['src']): Run {
  const env = { ...process.env, GPT_IMAGE_CACHE_DEBUG: '1', ...(cacheDir ? { GPT_IMAGE_CACHE_DIR: cacheDir } : { GPT_IMAGE_CACHE: 'off' }) };
  const r = spawnSync(process.execPath, [OXLINT, '-f', 'json', ...args], { cwd: work, encoding: 'utf8', env });
  expect(r.stdout, r.stderr).not.toBe('');
  const out = JSON.parse(r.stdout) as { diagnostics: { code: string; message: string; filename: string; labels: { span: { offset: number; length: number } }[] }[] };
  const findings = out.diagnostics.map((d) => `${d.filename}@${d.labels[0].span.offset}+${d.labels[0].span.length} ${d.code} ${d.message}`).sort();
  const m = /gpt-image cache: (\d+) reused, (\d+) analysed, (\d+) unread/.exec(r.stderr);
  return { findings, reused: m ? Number(m[1]) : 0, analysed: m ? Number(m[2]) : 0, unread: m ? Number(m[3]) : 0 };
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A run with the cache reports what a run without it reports. */
function sameAsUncached(work: string, cacheDir: string, args?: string[]): Run {
  const cached = oxlint(work, cacheDir, args);
  expect(cached.findings).toEqual(oxlint(work, undefined, args).findings);
  return cached;
}

/** The text of `file` after oxlint applies the suggestions, with the cache and without it (the file is put back after each). */
function suggestionsApplied(work: string, cacheDir: string, file: string): { cached: string; uncached: string } {
  const full = path.join(work, 'src', file);
  const original = readFileSync(full, 'utf8');
  const applied = (dir: string | undefined) => {
    oxlint(work, dir, ['--fix-suggestions', 'src']);
    const text = readFileSync(full, 'utf8');
    writeFileSync(full, original);
    return text;
  };
  const cached = applied(cacheDir);
  return { cached, uncached: applied(undefined) };
}

describe("oxlint's run cache", () => {
  beforeAll(() => {
    expect(existsSync(BUILT), 'npm run build first').toBe(true);
  });

  it('gives the fixture corpus the same findings on a second run, with no file analysed again', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'gpt-image-cache-corpus-'));
    for (const f of ['corpus', 'rules', 'project']) cpSync(path.join(FIXTURES, f), path.join(work, f), { recursive: true });
    setUp(work);
    const cacheDir = path.join(work, 'cache');
    const folders = ['corpus', 'rules', 'project'];
    const first = sameAsUncached(work, cacheDir, folders);
    expect(first.findings.length).toBeGreaterThanOrEqual(60);
    expect(first.analysed).toBeGreaterThan(20);
    expect(existsSync(path.join(cacheDir, 'oxlint-results.json'))).toBe(true);
    const second = sameAsUncached(work, cacheDir, folders);
    expect(second.findings).toEqual(first.findings);
    expect(second).toMatchObject({ reused: first.analysed, analysed: 0 });
  });

  it('analyses again what a change reaches, and only that', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'gpt-image-cache-deps-'));
    setUp(work);
    const cacheDir = path.join(work, 'cache');
    const write = (f: string, text: string) => writeFileSync(path.join(work, 'src', f), text);
    write('config.ts', `export const MODEL = 'dall-e-3';\n`);
    write('draw.ts', `import OpenAI from 'openai';\nimport { MODEL } from './config';\nimport { SIZE } from './sizes';\nconst client = new OpenAI();\nexport async function draw(prompt: string) {\n  return client.images.generate({ model: MODEL, prompt, size: SIZE });\n}\n`);
    write('agent.ts', `import OpenAI from 'openai';\nimport { TEXT } from './text-config';\nconst client = new OpenAI();\nexport const ask = (input: string) => client.responses.create({ model: TEXT, input });\n`);
    write('text-config.ts', `export const TEXT = 'gpt-5.5';\n`);
    write('plain.ts', `export const add = (a: number, b: number) => a + b;\n`);
    const first = sameAsUncached(work, cacheDir);
    expect(first.findings.some((f) => f.includes('draw.ts') && f.includes('dall-e-3'))).toBe(true);
    expect(sameAsUncached(work, cacheDir)).toMatchObject({ analysed: 0 });

    // The imported module changes: it and the file that imports it are analysed again, nothing else.
    write('config.ts', `export const MODEL = 'gpt-image-2';\n`);
    let run = sameAsUncached(work, cacheDir);
    expect(run.findings.some((f) => f.includes('dall-e-3'))).toBe(false);
    expect(run).toMatchObject({ analysed: 2, reused: first.analysed - 2 });

    // A module appears where an import was not found: the size it holds is now checked.
    write('sizes.ts', `export const SIZE = '256x256';\n`);
    run = sameAsUncached(work, cacheDir);
    expect(run.findings.some((f) => f.includes('256x256'))).toBe(true);

    // A caller of the returned result appears in a new module: the suggestion for the model now knows who reads \`url\`.
    const drawn = readFileSync(path.join(work, 'src/draw.ts'), 'utf8');
    write('draw.ts', drawn.replace('model: MODEL, prompt, size: SIZE', "model: 'dall-e-3', prompt"));
    sameAsUncached(work, cacheDir);
    const alone = suggestionsApplied(work, cacheDir, 'draw.ts');
    write('page.ts', `import { draw } from './draw';\nexport const show = async () => console.log((await draw('a cat')).data[0].url);\n`);
    sameAsUncached(work, cacheDir);
    const called = suggestionsApplied(work, cacheDir, 'draw.ts');
    expect(called.cached).toBe(called.uncached);
    expect(called.uncached).not.toBe(alone.uncached);

    // A Responses file the gate turned away: its imported config now names an image model.
    write('text-config.ts', `export const TEXT = 'gpt-image-1';\n`);
    run = sameAsUncached(work, cacheDir);
    expect(run.findings.some((f) => f.includes('agent.ts'))).toBe(true);

    // The file itself changes.
    write('draw.ts', drawn.replace('size: SIZE', "size: SIZE, style: 'vivid'"));
    sameAsUncached(work, cacheDir);
    expect(sameAsUncached(work, cacheDir)).toMatchObject({ analysed: 0 });
  });

  it('keeps each script block of a component (oxlint lints them as texts of one file)', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'gpt-image-cache-components-'));
    setUp(work);
    cpSync(path.join(FIXTURES, 'components'), path.join(work, 'src'), { recursive: true });
    const cacheDir = path.join(work, 'cache');
    const first = sameAsUncached(work, cacheDir);
    expect(first.findings.some((f) => f.includes('.vue'))).toBe(true);
    const second = sameAsUncached(work, cacheDir);
    expect(second.findings).toEqual(first.findings);
    expect(second.analysed).toBe(0);
  });

  it('does not even read a file the gate turned away, until it or a module its imports lead to changes', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'gpt-image-cache-unread-'));
    setUp(work);
    const cacheDir = path.join(work, 'cache');
    const write = (f: string, text: string) => writeFileSync(path.join(work, 'src', f), text);
    write('plain.ts', `export const add = (a: number, b: number) => a + b;\n`);
    write('agent.ts', `import OpenAI from 'openai';\nimport { TEXT } from './text-config';\nconst client = new OpenAI();\nexport const ask = (input: string) => client.responses.create({ model: TEXT, input });\n`);
    write('text-config.ts', `export const TEXT = 'gpt-5.5';\n`);
    // A file written during a run may hold another text than oxlint read: only one written before the run is kept so.
    expect(sameAsUncached(work, cacheDir)).toMatchObject({ unread: 0 });
    expect(sameAsUncached(work, cacheDir)).toMatchObject({ unread: 0 });
    sleep(1100);
    sameAsUncached(work, cacheDir);
    // plain.ts, agent.ts (a Responses call whose model is no image model) and text-config.ts.
    expect(sameAsUncached(work, cacheDir)).toMatchObject({ unread: 3, findings: [] });
    // The module the walk read changes: agent.ts is read again, and reported.
    write('text-config.ts', `export const TEXT = 'gpt-image-1';\n`);
    let run = sameAsUncached(work, cacheDir);
    expect(run.findings.some((f) => f.includes('agent.ts'))).toBe(true);
    expect(run.unread).toBe(1);
    // The file itself changes (same size, another text).
    write('plain.ts', `export const add = (a: number, b: number) => a - b;\n`);
    run = sameAsUncached(work, cacheDir);
    expect(run.unread).toBe(0);
  });

  it("is keyed by the rules' options: another date is analysed afresh", () => {
    const work = mkdtempSync(path.join(tmpdir(), 'gpt-image-cache-options-'));
    setUp(work, '2026-01-10');
    const cacheDir = path.join(work, 'cache');
    writeFileSync(path.join(work, 'src/a.ts'), `export const f = (c: any) => c.images.generate({ model: 'gpt-image-1', prompt: 'p' });\n`);
    const before = sameAsUncached(work, cacheDir);
    setUp(work, '2026-11-22');
    const after = sameAsUncached(work, cacheDir);
    // gpt-image-1 shut down on 2026-10-23: the report differs with the date.
    expect(after.findings).not.toEqual(before.findings);
  });

  it('ignores a cache file it cannot read, and writes a good one', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'gpt-image-cache-broken-'));
    setUp(work);
    const cacheDir = path.join(work, 'cache');
    mkdirSync(cacheDir);
    writeFileSync(path.join(cacheDir, 'oxlint-results.json'), '{"build": truncated');
    writeFileSync(path.join(work, 'src/a.ts'), `export const f = (c: any) => c.images.generate({ model: 'dall-e-2', prompt: 'p' });\n`);
    expect(sameAsUncached(work, cacheDir).findings.length).toBeGreaterThan(0);
    expect(() => JSON.parse(readFileSync(path.join(cacheDir, 'oxlint-results.json'), 'utf8'))).not.toThrow();
    expect(sameAsUncached(work, cacheDir)).toMatchObject({ analysed: 0, reused: 1 });
  });

  it('keeps nothing with GPT_IMAGE_CACHE=off, and by default keeps it under node_modules/.cache', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'gpt-image-cache-where-'));
    setUp(work);
    writeFileSync(path.join(work, 'src/a.ts'), `export const f = (c: any) => c.images.generate({ model: 'dall-e-2', prompt: 'p' });\n`);
    oxlint(work, undefined);
    expect(existsSync(path.join(work, 'node_modules/.cache'))).toBe(false);
    const env = { ...process.env };
    delete env.GPT_IMAGE_CACHE;
    delete env.GPT_IMAGE_CACHE_DIR;
    spawnSync(process.execPath, [OXLINT, 'src'], { cwd: work, encoding: 'utf8', env });
    expect(existsSync(path.join(work, 'node_modules/.cache/eslint-plugin-gpt-image/oxlint-results.json'))).toBe(true);
  });
});
