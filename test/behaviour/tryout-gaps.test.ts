/**
 * Silent changes a tryout on real repositories found after issue 17 (items 4
 * and 5): a gateway client behind a wrapper object of another module, a
 * response object returned to callers that read `.url`, and a truthiness
 * check on `.url`. Each program is migrated and run against the stub API: it
 * behaves as before, or the spot keeps its code with a TODO.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/eslint.js';
import { IMAGES } from './support/api.js';
import { cleanupPrograms, migrateProgram, withoutTodos } from './support/project.js';

afterAll(cleanupPrograms);

const wrapped = (rel: string) => readFileSync(path.join(FIXTURES, 'flow-wrapped/src', rel), 'utf8');

describe('a gateway client behind a wrapper object of another module', () => {
  it('keeps the id and response_format of the module that uses it (a TODO names the gateway), and the program still gets its image there', async () => {
    const images = `const openai = require("./lib/retrying.cjs");

async function generateImage({ prompt, size = "1024x1024" }) {
  const model = process.env.IMAGE_MODEL || "dall-e-3";
  const result = await openai.images.generate({ model, prompt, size, response_format: "b64_json" });
  return Buffer.from(result.data[0].b64_json, "base64");
}

module.exports = { generateImage };
`;
    const main = `const fs = require("node:fs");
const { generateImage } = require("./images.cjs");

generateImage({ prompt: "a fox" }).then(
  (buffer) => fs.writeFileSync("fox.png", buffer),
  (err) => {
    console.error(err.message);
    process.exit(1);
  },
);
`;
    const p = await migrateProgram({ 'lib/retrying.cjs': wrapped('lib/retrying.cjs'), 'images.cjs': images, 'main.cjs': main });
    expect(p.after['lib/retrying.cjs']).toBe(wrapped('lib/retrying.cjs'));
    expect(withoutTodos(p.after['images.cjs'])).toBe(images);
    expect(p.todos('images.cjs')).toEqual([expect.stringContaining('`dall-e-3` goes to `https://api.z.ai/api/paas/v4`, not api.openai.com')]);
    expect(await p.rerun()).toEqual({});
    const run = await p.run('main.cjs', { env: { AI_API_KEY: 'k' }, api: { legacyGateways: ['api.z.ai'] } });
    expect(run.stderr).toBe('');
    expect(run.file('fox.png').equals(IMAGES.png)).toBe(true);
    expect(run.api.calls.map((c) => [c.host, (c.body as { model: string }).model])).toEqual([['api.z.ai', 'dall-e-3']]);
  }, 60_000);
});

describe('a whole result returned to another module', () => {
  const gen = `import OpenAI from 'openai';

const openai = new OpenAI();

export async function draw(prompt) {
  const response = await openai.images.generate({ model: 'dall-e-3', prompt, size: '1024x1024' });
  return response;
}
`;

  it('whose caller downloads .data[0].url: the request gets a TODO naming that read, and the caller is left for the user', async () => {
    const save = `import fs from 'node:fs';
import { draw } from './gen.mjs';

const res = await draw('a fox');
const image = await fetch(res.data[0].url);
fs.writeFileSync('fox.png', Buffer.from(await image.arrayBuffer()));
`;
    const p = await migrateProgram({ 'gen.mjs': gen, 'save.mjs': save });
    expect(p.after['save.mjs']).toBe(save);
    expect(p.todos('gen.mjs')).toEqual([expect.stringContaining('this result is returned to code that reads `.url` from it (`res.data[0].url` at save.mjs:5)')]);
    expect(withoutTodos(p.after['gen.mjs'])).toBe(gen.replace("'dall-e-3'", "'gpt-image-2'"));
    expect(await p.rerun()).toEqual({});
    // What the TODO warns of: the read is undefined on gpt-image-2, so the download fails until it reads b64_json.
    const run = await p.run('save.mjs');
    expect(run.code).not.toBe(0);
    expect(run.api.calls.map((c) => (c.body as { model: string }).model)).toEqual(['gpt-image-2']);
  }, 60_000);

  it('twin: a caller that reads no url gets the plain move, and the program runs', async () => {
    const count = `import { draw } from './gen.mjs';

const res = await draw('a fox');
console.log(JSON.stringify({ images: res.data.length }));
`;
    const p = await migrateProgram({ 'gen.mjs': gen, 'count.mjs': count });
    expect(p.after['gen.mjs']).toBe(gen.replace("'dall-e-3'", "'gpt-image-2'"));
    expect(p.todos('gen.mjs')).toEqual([]);
    const run = await p.run('count.mjs');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ images: 1 });
  }, 60_000);
});

describe('a truthiness check on .url', () => {
  it('tests b64_json after the move: with no image the guard still fires, with one the data URL goes out', async () => {
    const source = `import OpenAI from 'openai';

const openai = new OpenAI();

const res = await openai.images.generate({ model: 'dall-e-3', prompt: 'a fox', size: '1024x1024' });
if (res.data[0].url) {
  console.log(JSON.stringify({ image: res.data[0].url }));
} else {
  console.error('no image');
  process.exit(1);
}
`;
    const p = await migrateProgram({ 'cover.mjs': source });
    expect(p.after['cover.mjs']).toContain('if (res.data[0].b64_json) {');
    expect(p.todos('cover.mjs')).toEqual([]);
    expect(await p.rerun()).toEqual({});
    const ok = await p.run('cover.mjs');
    expect(ok.stderr).toBe('');
    expect(JSON.parse(ok.stdout).image).toBe(`data:image/png;base64,${IMAGES.png.toString('base64')}`);
    const none = await p.run('cover.mjs', { api: { noImage: true } });
    expect(none.code).toBe(1);
    expect(none.stderr.trim()).toBe('no image');
  }, 60_000);
});

describe('openai v3 imported from a path inside the package', () => {
  it("moves `import { OpenAIApi } from 'openai/dist/api'` to v4 like the plain import, and the program writes its image", async () => {
    const pkg = JSON.stringify({ name: 'v3-deep', private: true, type: 'module', dependencies: { openai: '^3.2.1' } }, null, 2) + '\n';
    const source = `import fs from 'node:fs';
import { Configuration } from 'openai';
import { OpenAIApi } from 'openai/dist/api';

const openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));

const response = await openai.createImage({ prompt: 'a fox', n: 1, size: '1024x1024', response_format: 'b64_json' });
fs.writeFileSync('fox.png', Buffer.from(response.data.data[0].b64_json, 'base64'));
`;
    const p = await migrateProgram({ 'package.json': pkg, 'gen.mjs': source });
    expect(p.todos('gen.mjs')).toEqual([]);
    expect(p.after['gen.mjs']).not.toMatch(/OpenAIApi|Configuration|openai\/dist/);
    expect(p.report.packages).toEqual([{ file: 'package.json', dependency: 'openai', from: '^3.2.1', to: '^4.104.0', status: 'changed' }]);
    expect(await p.rerun()).toEqual({});
    const run = await p.run('gen.mjs');
    expect(run.stderr).toBe('');
    expect(run.file('fox.png').equals(IMAGES.png)).toBe(true);
    expect(run.api.calls.map((c) => (c.body as { model: string }).model)).toEqual(['gpt-image-2']);
  }, 60_000);
});

describe("a client made by the project's own factory function", () => {
  it('a gateway factory in client.mjs: routes.mjs keeps its id with the gateway TODO, and the program still gets its image there', async () => {
    const client = `import OpenAI from 'openai';

export function makeClient() {
  return new OpenAI({ baseURL: 'https://llm.example.internal/v1', apiKey: 'k' });
}
`;
    const routes = `import fs from 'node:fs';
import { makeClient } from './client.mjs';

const res = await makeClient().images.generate({ model: 'dall-e-3', prompt: 'a fox', response_format: 'b64_json' });
fs.writeFileSync('fox.png', Buffer.from(res.data[0].b64_json, 'base64'));
`;
    const p = await migrateProgram({ 'client.mjs': client, 'routes.mjs': routes });
    expect(p.after['client.mjs']).toBe(client);
    expect(withoutTodos(p.after['routes.mjs'])).toBe(routes);
    expect(p.todos('routes.mjs')).toEqual([expect.stringContaining('`dall-e-3` goes to `https://llm.example.internal/v1`, not api.openai.com')]);
    const run = await p.run('routes.mjs', { api: { legacyGateways: ['llm.example.internal'] } });
    expect(run.stderr).toBe('');
    expect(run.file('fox.png').equals(IMAGES.png)).toBe(true);
    expect(run.api.calls.map((c) => [c.host, (c.body as { model: string }).model])).toEqual([['llm.example.internal', 'dall-e-3']]);
  }, 60_000);
});
