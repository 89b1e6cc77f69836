/**
 * Issue 10, items 8, 9 and 11: a gateway client is migrated only when the
 * catalog documents that gateway serving the target; an image_generation
 * tool without a model keeps the API's default; `images.createVariation`
 * without a model gets the variations TODO. Each program then runs against
 * the stub API.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { IMAGES } from './support/api.js';
import { cleanupPrograms, migrateProgram, withoutTodos } from './support/project.js';

afterAll(cleanupPrograms);

describe('gateways', () => {
  it('moves a legacy id on a documented gateway (APIYI serves gpt-image-2) and the program gets its image from there', async () => {
    const source = `import fs from 'node:fs';
import OpenAI from 'openai';

const client = new OpenAI({ baseURL: 'https://api.apiyi.com/v1', apiKey: 'k' });
const res = await client.images.generate({ model: 'gpt-image-1', prompt: 'a fox', size: '1024x1024' });
fs.writeFileSync('fox.png', Buffer.from(res.data[0].b64_json, 'base64'));
`;
    const p = await migrateProgram({ 'gw.mjs': source });
    expect(p.after['gw.mjs']).toBe(source.replace("'gpt-image-1'", "'gpt-image-2'"));
    const run = await p.run('gw.mjs');
    expect(run.stderr).toBe('');
    expect(run.file('fox.png').equals(IMAGES.png)).toBe(true);
    expect(run.api.calls.map((c) => [c.host, (c.body as { model: string }).model])).toEqual([['api.apiyi.com', 'gpt-image-2']]);
  });

  it('leaves a gateway the catalog does not know (or a baseURL from the environment) with a TODO and the code as it was', async () => {
    const source = `import OpenAI from 'openai';

const proxy = new OpenAI({ baseURL: 'https://llm.example.internal/v1', apiKey: 'k' });
const fromEnv = new OpenAI({ baseURL: process.env.IMAGE_GATEWAY });
export const a = () => proxy.images.generate({ model: 'dall-e-3', prompt: 'a fox', response_format: 'b64_json' });
export const b = () => fromEnv.images.generate({ prompt: 'a fox', response_format: 'b64_json' });
`;
    const p = await migrateProgram({ 'gw.mjs': source });
    expect(withoutTodos(p.after['gw.mjs'])).toBe(source);
    expect(p.todos('gw.mjs')).toEqual([
      expect.stringContaining('`dall-e-3` goes to `https://llm.example.internal/v1`, not api.openai.com, and that gateway is not known to serve `gpt-image-2`'),
      expect.stringContaining('names no model, and it goes to a `baseURL` this file does not spell'),
    ]);
    expect(await p.rerun()).toEqual({});
  });
});

describe('image_generation tools and variations', () => {
  it('adds no model to a tool that has none (the API default is newer than any model the codemod could pin); a tool naming a legacy model moves', async () => {
    const source = `import OpenAI from 'openai';

const openai = new OpenAI();
const plain = await openai.responses.create({ model: 'gpt-5.5', input: 'a fox', tools: [{ type: 'image_generation' }] });
const legacy = await openai.responses.create({ model: 'gpt-5.5', input: 'a fox', tools: [{ type: 'image_generation', model: 'gpt-image-1' }] });
const first = (r) => r.output.find((o) => o.type === 'image_generation_call').result;
console.log(JSON.stringify([first(plain).length > 0, first(legacy).length > 0]));
`;
    const p = await migrateProgram({ 'tool.mjs': source });
    expect(p.after['tool.mjs']).toBe(source.replace("model: 'gpt-image-1'", "model: 'gpt-image-2'"));
    const run = await p.run('tool.mjs');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([true, true]);
    const tools = run.api.calls.map((c) => (c.body as { tools: Record<string, unknown>[] }).tools[0]);
    expect(tools[0]).not.toHaveProperty('model');
    expect(tools[1].model).toBe('gpt-image-2');
  });

  it('gives images.createVariation without a model the variations TODO, pointing at images.edit', async () => {
    const source = `import fs from 'node:fs';
import OpenAI from 'openai';

const openai = new OpenAI();
export const remix = (file) => openai.images.createVariation({ image: fs.createReadStream(file), n: 2 });
`;
    const p = await migrateProgram({ 'remix.mjs': source });
    expect(withoutTodos(p.after['remix.mjs'])).toBe(source);
    expect(p.todos('remix.mjs')).toEqual([expect.stringContaining('use `images.edit` with a GPT image model')]);
    expect(p.todos('remix.mjs')[0]).not.toMatch(/createVariation\(|images\.createVariation` with/);
  });
});
