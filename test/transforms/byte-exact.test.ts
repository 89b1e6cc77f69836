/**
 * Byte-exactness: files with nothing to change come back as they are, and in
 * a changed file only the edited ranges change (CRLF, BOM, tabs, quotes and
 * comments elsewhere are kept). Files that do not parse, and outputs that
 * would not parse, are reported and never returned.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformSource } from '../../src/codemod/engine.js';
import { TRANSFORMS, defaultOptions } from '../../src/codemod/transforms.js';
import all from '../../transforms/all.js';
import migrateImageModel from '../../transforms/migrate-image-model.js';
import { TODAY, TRANSFORM_FIXTURES, apply, fakeApi } from './support.js';

const options = defaultOptions({ today: TODAY });

const LEGACY_LF = [
  "import OpenAI from 'openai';",
  '',
  '// A comment that must stay exactly as it is.',
  'const openai = new OpenAI();',
  '',
  'export async function avatar(prompt: string) {',
  '\tconst res = await openai.images.generate({',
  "\t\tmodel: 'dall-e-3',",
  '\t\tprompt,',
  "\t\tstyle: 'vivid',",
  "\t\tsize: '512x512',",
  '\t});',
  '\treturn res.data[0].url;',
  '}',
  '',
].join('\n');

describe('byte-exact output', () => {
  it('lands every edit at its place after CJK comments and emoji (UTF-16 offsets), with a BOM and CRLF', () => {
    const prefix = '// 画像を生成する 🎨 サムネイル\r\n/* 😀😀 絵文字 */\r\n';
    const body = LEGACY_LF.replace('\t\tprompt,', '\t\tprompt: `🐱 ${prompt} 猫`,').replace(/\n/g, '\r\n');
    const out = apply(all, 'avatar.ts', `\uFEFF${prefix}${body}`);
    expect(out).toBe(`\uFEFF${prefix}${apply(all, 'avatar.ts', body)}`);
    const lines = out.split('\r\n');
    expect(lines).toContain("\t\tmodel: 'gpt-image-2',");
    expect(lines).toContain('\t\tprompt: `🐱 ${prompt} 猫`,');
    expect(lines).toContain("\t\tsize: '1024x1024',");
    expect(lines).toContain('\t\t// TODO(gpt-image): style "vivid" is not supported by gpt-image-2; describe it in the prompt.');
  });

  it('keeps CRLF line endings and the BOM, and edits only the model, style, size and url ranges', () => {
    const input = `\uFEFF${LEGACY_LF.replace(/\n/g, '\r\n')}`;
    const out = apply(all, 'avatar.ts', input);
    expect(out.startsWith('\uFEFF')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n'); // no bare LF crept in
    const lines = out.slice(1).split('\r\n');
    expect(lines).toEqual([
      "import OpenAI from 'openai';",
      '',
      '// A comment that must stay exactly as it is.',
      'const openai = new OpenAI();',
      '',
      'export async function avatar(prompt: string) {',
      '\tconst res = await openai.images.generate({',
      "\t\tmodel: 'gpt-image-2',",
      '\t\tprompt,',
      '\t\t// TODO(gpt-image): style "vivid" is not supported by gpt-image-2; describe it in the prompt.',
      "\t\tsize: '1024x1024',",
      '\t});',
      '\treturn res.data[0].b64_json ? `data:image/png;base64,${res.data[0].b64_json}` : undefined;',
      '}',
      '',
    ]);
    // The same edits on the LF version give the same text modulo line endings.
    expect(apply(all, 'avatar.ts', LEGACY_LF)).toBe(out.slice(1).replace(/\r\n/g, '\n'));
  });

  it('keeps CRLF in inserted lines (a TODO above a statement)', () => {
    const input = "export async function remix(openai, image) {\r\n  const out = await openai.images.createVariation({ model: 'dall-e-2', image });\r\n  return out;\r\n}\r\n";
    const out = apply(all, 'remix.js', input);
    expect(out).toContain('\r\n  // TODO(gpt-image): `dall-e-2` in images.createVariation');
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(apply(all, 'remix.js', out)).toBe(out);
  });

  it('returns a file with nothing to change unchanged, parsed or not', () => {
    const mentions = "\uFEFF// dall-e-3 and gpt-image-1 are only mentioned here\r\nexport const labels = { 'dall-e-3': 'DALL-E 3' };\r\n";
    const reports: string[] = [];
    // No image API or model named at all: not parsed, nothing returned (jscodeshift counts it as skipped).
    const chat = "\uFEFFawait openai.chat.completions.create({ model: 'gpt-5.5', messages });\r\n";
    expect(all({ path: 'chat.ts', source: chat }, fakeApi(reports), {})).toBeUndefined();
    // Model ids pass the gate (a config module is read), and come back byte for byte.
    expect(all({ path: 'labels.ts', source: mentions }, fakeApi(reports), {})).toBe(mentions);
    const current = "await client.images.generate({ model: 'gpt-image-2', prompt: 'x' });\r\n";
    expect(all({ path: 'current.ts', source: current }, fakeApi(reports), {})).toBe(current);
    expect(reports).toEqual([]);
  });

  it('does not touch declaration files', () => {
    const dts = "declare function draw(): ReturnType<typeof client.images.generate>;\n";
    expect(all({ path: 'types.d.ts', source: dts }, fakeApi(), {})).toBeUndefined();
  });
});

describe('files that do not parse', () => {
  const file = path.join(TRANSFORM_FIXTURES, 'errors/does-not-parse.ts');
  const source = readFileSync(file, 'utf8');

  it('are reported with a line and column and not transformed', () => {
    const r = transformSource(file, source, options);
    expect(r).toMatchObject({ ok: false, kind: 'parse', line: 6 });
  });

  it('make the jscodeshift transform throw, which jscodeshift reports as an error and leaves the file', () => {
    expect(() => migrateImageModel({ path: file, source }, fakeApi(), {})).toThrow(/does not parse: .*\(6:\d+\)/);
  });
});

describe('outputs that would not parse', () => {
  it('are reported and the file is left as it is', () => {
    const source = "await client.images.generate({ model: 'dall-e-3', prompt: 'x' });\n";
    const broken = {
      ...TRANSFORMS,
      'migrate-image-model': {
        description: 'a transform with a bug',
        steps: [() => [{ label: 'bad', edits: [{ range: [0, 5] as const, text: 'await (' }] }]],
      },
    };
    const r = transformSource('x.ts', source, options, broken);
    expect(r).toMatchObject({ ok: false, kind: 'output', transform: 'migrate-image-model' });
    expect(r.ok ? '' : r.message).toMatch(/would not parse/);
  });
});

describe('parser choice by extension', () => {
  const cast = "const c = <Client>sdk;\nexport const p = c.images.generate({ model: 'dall-e-2', prompt: 'x' });\n";
  const jsx = "export const A = () => <button onClick={() => client.images.generate({ model: 'dall-e-2', prompt: 'x' })} />;\n";
  it('parses <T>x casts in .ts, .mts and .cts files', () => {
    for (const ext of ['ts', 'mts', 'cts']) expect(apply(all, `a.${ext}`, cast)).toContain("model: 'gpt-image-2'");
  });
  it('parses JSX in .js, .jsx, .mjs, .cjs and .tsx files', () => {
    for (const ext of ['js', 'jsx', 'mjs', 'cjs', 'tsx']) expect(apply(all, `a.${ext}`, jsx)).toContain("model: 'gpt-image-2'");
  });
  it('reports a <T>x cast in a .tsx file as a parse error', () => {
    expect(() => all({ path: 'a.tsx', source: cast }, fakeApi(), {})).toThrow(/does not parse/);
  });
});

describe('transform options', () => {
  it('rejects an unknown or shut-down target', () => {
    const source = "client.images.generate({ model: 'dall-e-3', prompt: 'x' });\n";
    expect(() => all({ path: 'a.ts', source }, fakeApi(), { target: 'gpt-image-9' })).toThrow(/unknown image model/);
    expect(() => all({ path: 'a.ts', source }, fakeApi(), { target: 'dall-e-3', today: TODAY })).toThrow(/shut down/);
    expect(() => all({ path: 'a.ts', source }, fakeApi(), { url: 'link' })).toThrow(/--url/);
  });
  it('takes another target', () => {
    const source = "client.images.generate({ model: 'dall-e-3', prompt: 'x' });\n";
    expect(apply(all, 'a.ts', source, { target: 'gpt-image-2.5-sunburst' })).toContain("'gpt-image-2.5-sunburst'");
  });
  it('reports the TODOs it adds through api.report', () => {
    const reports: string[] = [];
    apply(all, 'remix.js', "openai.images.createVariation({ model: 'dall-e-2', image });\n", {}, reports);
    expect(reports).toEqual([expect.stringMatching(/^remix\.js:1 TODO\(gpt-image\): `dall-e-2` in images\.createVariation/)]);
  });
});

describe('TODO comments', () => {
  it('are not confused between neighbouring calls: a TODO above does not stop the next call from being fixed', () => {
    const source = [
      'export async function two(openai, prompt) {',
      "  const a = await openai.images.generate({ model: 'gpt-image-2', prompt, /* TODO(gpt-image): style \"vivid\" is not supported by gpt-image-2; describe it in the prompt. */ });",
      "  const b = await openai.images.generate({ model: 'dall-e-3', prompt, style: 'vivid' });",
      '  return [a, b];',
      '}',
      '',
    ].join('\n');
    const out = apply(all, 'two.js', source);
    expect(out).not.toContain("style: 'vivid'");
    // The old TODO, the style TODO, and one above `b`: its dall-e-3 result (with URLs) leaves in the returned array.
    expect(out.split('TODO(gpt-image)').length).toBe(4);
    expect(apply(all, 'two.js', out)).toBe(out);
  });
});
