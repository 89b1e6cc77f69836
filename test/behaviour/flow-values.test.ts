/**
 * Issue 17, items 3, 4 and 7, run: a `let` assigned by `images.edit` in one
 * branch and by `images.generate` in the other, its `.url` read after the
 * branches; a gateway client made in one module and used in another; a
 * CommonJS config module; a Responses call whose model is an imported id; a
 * declared union of legacy-only values. Each program is migrated and run
 * against the request-validating stub API.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { IMAGES } from './support/api.js';
import { cleanupPrograms, migrateProgram, withoutTodos } from './support/project.js';

afterAll(cleanupPrograms);

describe('a let assigned in branches', () => {
  const editor = `import fs from 'node:fs';
import OpenAI from 'openai';

const openai = new OpenAI();

export async function makeImage(prompt, sourcePath) {
  let response;
  if (sourcePath) {
    response = await openai.images.edit({ model: 'dall-e-2', image: await OpenAI.toFile(fs.createReadStream(sourcePath), 'in.png'), prompt });
  } else {
    response = await openai.images.generate({ model: 'dall-e-3', prompt });
  }
  const url = response.data[0].url;
  if (!url) throw new Error('no image');
  const download = await fetch(url);
  fs.writeFileSync('out.png', Buffer.from(await download.arrayBuffer()));
}

await makeImage('a fox', process.argv[2]);
`;

  it('both models move and the url read after the branches becomes the decoded b64_json: either branch writes the image', async () => {
    const p = await migrateProgram({ 'editor.mjs': editor, 'in.png': 'not read by the stub' });
    const after = p.after['editor.mjs'];
    expect(after).toContain("model: 'gpt-image-2', image:");
    expect(after).toContain("generate({ model: 'gpt-image-2', prompt })");
    expect(after).toContain('const url = response.data[0].b64_json;');
    expect(after).not.toContain('fetch(');
    expect(p.todos('editor.mjs')).toEqual([]);
    expect(await p.rerun()).toEqual({});
    expect(await p.uncoveredLint()).toEqual([]);
    const generated = await p.run('editor.mjs');
    expect(generated.stderr).toBe('');
    expect(generated.file('out.png').equals(IMAGES.png)).toBe(true);
    const edited = await p.run('editor.mjs', { args: ['in.png'] });
    expect(edited.stderr).toBe('');
    expect(edited.file('out.png').equals(IMAGES.png)).toBe(true);
    expect(edited.api.calls.map((c) => [c.path, (c.body as { model: string }).model])).toEqual([['/v1/images/edits', 'gpt-image-2']]);
  }, 60_000);

  it('a branch the migration cannot move (a gateway) leaves the read with a TODO, and the code as it was', async () => {
    const source = `import OpenAI from 'openai';

const openai = new OpenAI();
const proxy = new OpenAI({ baseURL: 'https://llm.example.internal/v1', apiKey: 'k' });

export async function pick(prompt, cheap) {
  let response;
  if (cheap) response = await proxy.images.generate({ model: 'dall-e-2', prompt });
  else response = await openai.images.generate({ model: 'gpt-image-1', prompt });
  return response.data[0].url;
}
`;
    const p = await migrateProgram({ 'pick.mjs': source });
    const todos = p.todos('pick.mjs');
    expect(todos).toContainEqual(expect.stringContaining('this value comes from several requests, and on gpt-image-2 `url` is undefined'));
    expect(withoutTodos(p.after['pick.mjs'])).toBe(source.replace("'gpt-image-1'", "'gpt-image-2'"));
    expect(await p.rerun()).toEqual({});
  }, 60_000);
});

describe('across modules', () => {
  it('a gateway client made in client.mjs gets the same TODO in routes.mjs: the id and the url read stay, and the program still downloads its image', async () => {
    const client = `import OpenAI from 'openai';

export const gateway = new OpenAI({ baseURL: 'https://llm.example.internal/v1', apiKey: 'k' });
`;
    const routes = `import fs from 'node:fs';
import { gateway } from './client.mjs';

const res = await gateway.images.generate({ model: 'dall-e-3', prompt: 'a fox' });
const url = res.data[0].url;
const image = await fetch(url);
fs.writeFileSync('fox.png', Buffer.from(await image.arrayBuffer()));
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

  it('a CommonJS config module: its id moves where it is defined, the request in the worker loses response_format, and the worker gets its image', async () => {
    const config = `module.exports = {
  IMAGE_MODEL: 'dall-e-3',
  IMAGE_SIZE: '1792x1024',
};
`;
    const worker = `const fs = require('node:fs');
const OpenAI = require('openai');
const { IMAGE_MODEL, IMAGE_SIZE } = require('./config.cjs');

const openai = new OpenAI();

async function main() {
  const res = await openai.images.generate({ model: IMAGE_MODEL, prompt: 'a fox', size: IMAGE_SIZE, response_format: 'b64_json' });
  fs.writeFileSync('fox.png', Buffer.from(res.data[0].b64_json, 'base64'));
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
`;
    const p = await migrateProgram({ 'config.cjs': config, 'worker.cjs': worker });
    expect(p.after['config.cjs']).toBe(config.replace("'dall-e-3'", "'gpt-image-2'"));
    expect(p.after['worker.cjs']).not.toContain('response_format');
    expect(await p.rerun()).toEqual({});
    expect(await p.uncoveredLint()).toEqual([]);
    const run = await p.run('worker.cjs');
    expect(run.stderr).toBe('');
    expect(run.file('fox.png').equals(IMAGES.png)).toBe(true);
    expect(run.api.calls[0].body).toMatchObject({ model: 'gpt-image-2', size: '1792x1024' });
  }, 60_000);

  it('a Responses call whose model is an imported image id is analysed: the id moves into the image_generation tool, and the program gets its image', async () => {
    const models = `export const IMAGE_MODEL = 'gpt-image-1';
`;
    const assistant = `import OpenAI from 'openai';
import { IMAGE_MODEL } from './models.mjs';

const openai = new OpenAI();
const res = await openai.responses.create({ model: IMAGE_MODEL, input: 'a fox' });
const call = res.output.find((o) => typeof o.result === 'string');
console.log(JSON.stringify({ bytes: call.result.length }));
`;
    const p = await migrateProgram({ 'models.mjs': models, 'assistant.mjs': assistant });
    expect(p.after['assistant.mjs']).toContain("tools: [{ type: 'image_generation', model: IMAGE_MODEL }]");
    expect(p.after['models.mjs']).toBe(models.replace("'gpt-image-1'", "'gpt-image-2'"));
    expect(await p.rerun()).toEqual({});
    const run = await p.run('assistant.mjs');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ bytes: IMAGES.png.toString('base64').length });
  }, 60_000);
});

describe('declared unions', () => {
  it('a JSDoc union of legacy-only values does not pass to gpt-image-2 silently: a TODO maps them, the declaration stays', async () => {
    const source = `import OpenAI from 'openai';

const openai = new OpenAI();

/**
 * @param {string} prompt
 * @param {'standard'|'hd'} quality
 */
export async function render(prompt, quality) {
  const res = await openai.images.generate({ model: 'dall-e-3', prompt, quality, response_format: 'b64_json' });
  return res.data[0].b64_json;
}
`;
    const p = await migrateProgram({ 'render.mjs': source });
    const after = p.after['render.mjs'];
    expect(after).toContain("@param {'standard'|'hd'} quality");
    expect(p.todos('render.mjs')).toContainEqual(expect.stringContaining('`quality` comes from a declared type that allows "standard" / "hd"'));
    expect(await p.rerun()).toEqual({});
    expect(await p.uncoveredLint()).toEqual([]);
  }, 60_000);
});
