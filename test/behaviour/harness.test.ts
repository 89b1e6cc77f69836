/**
 * The harness itself: the stub API judges requests by the catalog, the stub
 * packages behave like the real ones where it matters, and a program runs
 * without network.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { IMAGES } from './support/api.js';
import { cleanupPrograms, migrateProgram } from './support/project.js';

afterAll(cleanupPrograms);

const PROBE = `import OpenAI from 'openai';
import fetch from 'node-fetch';
import { Channel } from 'chat-channel';

const openai = new OpenAI();
const out = {};
async function attempt(name, fn) {
  try {
    out[name] = { ok: await fn() };
  } catch (e) {
    out[name] = { status: e.status, code: e.code, message: e.message };
  }
}
await attempt('shutDown', () => openai.images.generate({ model: 'dall-e-3', prompt: 'a cat' }).then(() => 'answered'));
await attempt('unknownParam', () => openai.images.generate({ model: 'gpt-image-2', prompt: 'a cat', style: 'vivid' }).then(() => 'answered'));
await attempt('badValue', () => openai.images.generate({ model: 'gpt-image-2', prompt: 'a cat', quality: 'hd' }).then(() => 'answered'));
await attempt('badSize', () => openai.images.generate({ model: 'gpt-image-2', prompt: 'a cat', size: '256x256' }).then(() => 'answered'));
await attempt('noModel', () => openai.images.generate({ prompt: 'a cat' }).then(() => 'answered'));
await attempt('jpeg', () => openai.images.generate({ model: 'gpt-image-2', prompt: 'a cat', output_format: 'jpeg' }).then((r) => r.data[0].b64_json.slice(0, 8)));
await attempt('dataUrlNodeFetch', () => fetch('data:image/png;base64,AAAA').then(() => 'fetched'));
await attempt('dataUrlGlobalFetch', () => globalThis.fetch('data:image/png;base64,AAAA').then((r) => r.status));
await attempt('longMessage', () => new Channel().send({ content: 'x'.repeat(2001) }).then(() => 'sent'));
await attempt('responses', () =>
  openai.responses
    .create({ model: 'gpt-5.5', input: 'a cat', tools: [{ type: 'image_generation', model: 'gpt-image-2' }] })
    .then((r) => r.output.find((o) => o.type === 'image_generation_call').result.slice(0, 8)),
);
console.log(JSON.stringify(out));
`;

describe('behaviour harness', () => {
  it('answers like the API: 404 for a shut-down model, 400 for parameters and values, real image bytes', async () => {
    const p = await migrateProgram({ 'probe.mjs': PROBE }, ['--transform', 'responses-image-tool']);
    const run = await p.run('probe.mjs');
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.shutDown).toMatchObject({ status: 404, code: 'model_not_found' });
    expect(out.unknownParam).toMatchObject({ status: 400, code: 'unknown_parameter' });
    expect(out.badValue).toMatchObject({ status: 400, code: 'invalid_value' });
    expect(out.badSize).toMatchObject({ status: 400, code: 'invalid_value' });
    expect(out.noModel).toMatchObject({ status: 404, code: 'model_not_found' });
    expect(out.jpeg.ok).toBe(IMAGES.jpeg.toString('base64').slice(0, 8));
    expect(out.dataUrlNodeFetch.message).toBe('Only HTTP(S) protocols are supported');
    expect(out.dataUrlGlobalFetch.ok).toBe(200);
    expect(out.longMessage.message).toMatch(/2000 or fewer/);
    expect(out.responses.ok).toBe(IMAGES.png.toString('base64').slice(0, 8));
    expect(run.api.calls.map((c) => c.host)).toEqual(Array(7).fill('api.openai.com'));
  });
});

describe('typecheck', () => {
  it('reports what tsc reports: an always-truthy data URL before `??` is TS2869', async () => {
    const p = await migrateProgram({ 'x.ts': 'export const f = (b: string | undefined) => `data:image/png;base64,${b}` ?? null;\n' });
    expect(p.typecheck().join('\n')).toMatch(/TS2869/);
  }, 60_000);
});
