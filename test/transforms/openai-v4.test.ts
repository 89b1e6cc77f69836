/**
 * The openai-v4 transform on whole projects: a file moves only when it can
 * move as a whole, and the package's `openai` range moves only when every
 * v3 file of that package moves in the same run. A file left on v3 keeps its
 * bytes apart from one TODO that says why.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateFiles } from '../../src/codemod/run.js';
import { defaultOptions } from '../../src/codemod/transforms.js';
import { TODAY } from './support.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string>, openai = '^3.3.0'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-v3-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'package.json'), `{\n  "name": "app",\n  "dependencies": {\n    "openai": "${openai}"\n  }\n}\n`);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

function migrate(dir: string, files: string[]) {
  const report = migrateFiles(
    files.map((f) => path.join(dir, f)),
    { cwd: dir, dry: false, options: defaultOptions({ today: TODAY, transforms: ['openai-v4'] }) },
  );
  const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
  return { report, read, range: JSON.parse(read('package.json')).dependencies.openai as string };
}

const HEAD = `const { Configuration, OpenAIApi } = require("openai");\nconst openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));\n`;
const IMAGE = `${HEAD}\nasync function logo(prompt) {\n  const response = await openai.createImage({ prompt, response_format: "b64_json" });\n  return response.data.data[0].b64_json;\n}\n\nmodule.exports = { logo };\n`;
const todoOf = (text: string) => text.split('\n').find((l) => l.includes('TODO(gpt-image)')) ?? '';
const withoutTodo = (text: string) => text.split('\n').filter((l) => !l.includes('TODO(gpt-image)')).join('\n');

describe('openai-v4: files that cannot move stay as they were, with one TODO', () => {
  const cases: [string, string, RegExp][] = [
    [
      'another v3 method',
      `${IMAGE}\nasync function chat(messages) {\n  const res = await openai.createChatCompletion({ model: "gpt-3.5-turbo", messages });\n  return res.data.choices[0].message.content;\n}\n\nmodule.exports.chat = chat;\n`,
      /it calls `createChatCompletion`, which this migration does not move/,
    ],
    [
      'image variations',
      `${HEAD}\nasync function remix(file) {\n  const response = await openai.createImageVariation(file, 2, "512x512");\n  return response.data.data.map((d) => d.url);\n}\n\nmodule.exports = { remix };\n`,
      /`createImageVariation`, and image variations are no longer served \(use `images\.edit` with a GPT image model\)/,
    ],
    ['an exported client', `${IMAGE}module.exports.openai = openai;\n`, /its client is passed on or exported/],
    [
      'a result used other than through .data',
      `${HEAD}\nasync function logo(prompt) {\n  const response = await openai.createImage({ prompt });\n  return response.status === 200 ? response.data.data[0].url : null;\n}\n`,
      /a result of the v3 client is used other than through `\.data`/,
    ],
    [
      'an error read v4 does not mirror',
      `${HEAD}\nasync function logo(prompt) {\n  try {\n    const response = await openai.createImage({ prompt });\n    return response.data.data[0].url;\n  } catch (e) {\n    console.log(e.response.data);\n  }\n}\n`,
      /reads `e\.response` in a way openai v4 errors do not mirror/,
    ],
  ];
  it.each(cases)('%s', (_name, source, reason) => {
    const dir = project({ 'src/a.cjs': source });
    const { read, range, report } = migrate(dir, ['src/a.cjs']);
    expect(withoutTodo(read('src/a.cjs'))).toBe(source);
    expect(todoOf(read('src/a.cjs'))).toMatch(reason);
    expect(range).toBe('^3.3.0');
    expect(report.packages).toEqual([]);
  });

  it('createImageEdit needs the v3 version: 3.0/3.1 took the mask before the prompt', () => {
    const edit = `${HEAD}\nasync function retouch(image, mask, prompt) {\n  const response = await openai.createImageEdit(image, mask, prompt, 1, "1024x1024");\n  return response.data.data[0].url;\n}\n`;
    const old = project({ 'a.cjs': edit }, '~3.1.0');
    expect(migrate(old, ['a.cjs']).read('a.cjs')).toContain('openai.images.edit({ image, mask, prompt, n: 1, size: "1024x1024" })');
    // `^3.1.0` may have installed 3.1.x or 3.3.0: the order cannot be known without a lockfile.
    const open = project({ 'a.cjs': edit }, '^3.1.0');
    const { read } = migrate(open, ['a.cjs']);
    expect(withoutTodo(read('a.cjs'))).toBe(edit);
    expect(todoOf(read('a.cjs'))).toMatch(/the openai v3 version it runs with is not known/);
    // A lockfile decides.
    const locked = project({ 'a.cjs': edit, 'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/openai': { version: '3.1.0' } } }) }, '^3.1.0');
    expect(migrate(locked, ['a.cjs']).read('a.cjs')).toContain('images.edit({ image, mask, prompt,');
  });
});

describe('openai-v4: the package moves as one', () => {
  it('moves every v3 file of the package and its range once', () => {
    const dir = project({ 'src/a.cjs': IMAGE, 'src/b.cjs': IMAGE.replace('logo', 'icon') });
    const { read, range, report } = migrate(dir, ['src/a.cjs', 'src/b.cjs']);
    expect(range).toBe('^4.104.0');
    expect(read('package.json')).toBe(`{\n  "name": "app",\n  "dependencies": {\n    "openai": "^4.104.0"\n  }\n}\n`);
    expect(report.packages).toEqual([{ file: 'package.json', dependency: 'openai', from: '^3.3.0', to: '^4.104.0', status: 'changed' }]);
    for (const f of ['src/a.cjs', 'src/b.cjs']) expect(read(f)).toContain('const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });');
  });

  it('moves nothing when another v3 file of the package cannot move', () => {
    const chat = `${HEAD}\nconst chat = (messages) => openai.createChatCompletion({ model: "gpt-3.5-turbo", messages });\nmodule.exports = { chat };\n`;
    const dir = project({ 'src/a.cjs': IMAGE, 'src/chat.cjs': chat });
    const { read, range } = migrate(dir, ['src/a.cjs', 'src/chat.cjs']);
    expect(range).toBe('^3.3.0');
    expect(withoutTodo(read('src/a.cjs'))).toBe(IMAGE);
    expect(todoOf(read('src/a.cjs'))).toMatch(/`src\/chat\.cjs` stays on the openai v3 SDK \(it calls `createChatCompletion`/);
    expect(withoutTodo(read('src/chat.cjs'))).toBe(chat);
  });

  it('moves nothing when a v3 file of the package is not part of the run', () => {
    const dir = project({ 'src/a.cjs': IMAGE, 'scripts/seed.cjs': IMAGE });
    const { read, range } = migrate(dir, ['src/a.cjs']);
    expect(range).toBe('^3.3.0');
    expect(todoOf(read('src/a.cjs'))).toMatch(/`scripts\/seed\.cjs` also uses the openai v3 SDK and is not part of this run/);
    expect(read('scripts/seed.cjs')).toBe(IMAGE);
  });

  it('leaves the file when no package.json asks for openai 3.x', () => {
    const dir = project({ 'a.cjs': IMAGE }, '^4.0.0');
    const { read } = migrate(dir, ['a.cjs']);
    expect(todoOf(read('a.cjs'))).toMatch(/its package\.json asks for openai `\^4\.0\.0`, not a 3\.x range/);
  });
});

describe('openai-v4: a v3 client made in another module', () => {
  const CLIENT_TS = `import { Configuration, OpenAIApi } from "openai";\nexport const openai = new OpenAIApi(new Configuration({ apiKey: process.env.K }));\n`;
  const IMAGE_TS = `import { openai } from "./client";\nexport async function execute(prompt: string) {\n  const response = await openai.createImage({ prompt, n: 1, size: "1024x1024" });\n  return response.data.data[0].url;\n}\n`;
  const AUTH_CJS = `const { Configuration, OpenAIApi } = require("openai");\nexports.openai = new OpenAIApi(new Configuration({ apiKey: process.env.K }));\n`;
  const IMAGE_CJS = `const { openai } = require("./auth.js");\nasync function draw(prompt) {\n  const response = await openai.createImage({ prompt, n: 1, size: "1024x1024" });\n  return response.data.data[0].url;\n}\nmodule.exports = { draw };\n`;
  const all = (dir: string, files: string[]) =>
    migrateFiles(
      files.map((f) => path.join(dir, f)),
      { cwd: dir, dry: false, options: defaultOptions({ today: TODAY }) },
    );

  for (const [name, files, image, client] of [
    ['an ES module import', { 'src/client.ts': CLIENT_TS, 'src/image.ts': IMAGE_TS }, 'src/image.ts', 'src/client.ts'],
    ['a CommonJS require of `exports.openai`', { 'src/auth.js': AUTH_CJS, 'src/image.js': IMAGE_CJS }, 'src/image.js', 'src/auth.js'],
  ] as const) {
    it(`${name}: the call keeps its bytes and gets the v3 TODO; nothing moves; a second run changes nothing`, () => {
      const dir = project(files);
      const list = Object.keys(files);
      all(dir, list);
      const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
      const out = read(image);
      expect(withoutTodo(out)).toBe(files[image as keyof typeof files]);
      // The file's v3 TODO, and the call's own (no model; the v3 advice).
      expect(out.split('TODO(gpt-image)').length - 1).toBe(2);
      expect(out).toMatch(/`createImage` call \(openai v3 `OpenAIApi`\) names no model\. The openai v3 SDK \(`OpenAIApi`\) is no longer maintained/);
      expect(todoOf(out)).toMatch(/this file uses the openai v3 SDK \(`OpenAIApi`\), and its client is made in another module, so it was not moved/);
      expect(read(client)).toBe(files[client as keyof typeof files]);
      expect(JSON.parse(read('package.json')).dependencies.openai).toBe('^3.3.0');
      all(dir, list);
      expect(read(image)).toBe(out);
    });
  }
});
