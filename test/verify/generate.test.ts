import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEXT_MODEL } from '../../src/catalog/index.js';
import { jpeg, jpegHeaderOnly, png, webp } from './support/images.js';
import { type FakeOpenAI, KEY, startServer } from './support/server.js';
import { verifyCli } from './support/run.js';

let server: FakeOpenAI;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

const gen = (...more: string[]) => ['--base-url', server.baseUrl, '--model', 'gpt-image-2', '--generate', ...more];

describe('gpt-image verify --generate', () => {
  it('images: one cheapest call, a real PNG of the requested size, latency, usage and cost (exit 0)', async () => {
    const r = await verifyCli(gen());
    expect(r.code).toBe(0);
    const post = server.requests.find((q) => q.path === '/v1/images/generations')!;
    expect(post.body).toEqual({ model: 'gpt-image-2', prompt: expect.any(String), size: '1024x640', quality: 'low', n: 1 });
    expect(r.out).toMatch(/ok\s+POST \/images\/generations: answered in \d+ ms \(model gpt-image-2, size 1024x640, quality low, n 1\)\./);
    expect(r.out).toMatch(/ok\s+image: PNG 1024x640, \d+ bytes, the requested size\./);
    expect(r.out).toContain('usage (image model): 14 input, 196 output, 210 total tokens.');
    expect(r.out).toContain('estimated cost: $0.0060 (catalog token prices times the usage, unconfirmed).');
  });

  it('images: prices a model with a per-image table from that table', async () => {
    server.models.set('gpt-image-1.5', {});
    const r = await verifyCli(['--base-url', server.baseUrl, '--model', 'gpt-image-1.5', '--generate', '--today', '2026-11-22']);
    expect(r.code).toBe(0);
    expect((server.requests.find((q) => q.path === '/v1/images/generations')!.body as { size: string }).size).toBe('1024x1024');
    expect(r.out).toContain('estimated cost: $0.0090 (catalog per-image price).');
  });

  it('responses: the image_generation tool with the catalog text model (exit 0)', async () => {
    const r = await verifyCli(gen('--api', 'responses'));
    expect(r.code).toBe(0);
    const post = server.requests.find((q) => q.path === '/v1/responses')!;
    expect(post.body).toEqual({
      model: DEFAULT_TEXT_MODEL.value,
      input: expect.any(String),
      tools: [{ type: 'image_generation', model: 'gpt-image-2', size: '1024x640', quality: 'low' }],
      tool_choice: { type: 'image_generation' },
    });
    expect(r.out).toContain(`with ${DEFAULT_TEXT_MODEL.value} calling the image_generation tool`);
    expect(r.out).toMatch(/image: PNG 1024x640/);
    expect(r.out).toContain(`usage (text model ${DEFAULT_TEXT_MODEL.value}): 2230 input, 41 output, 2271 total tokens.`);
    expect(r.out).toContain('estimated cost: not available (the catalog has no per-image price for `gpt-image-2` at 1024x640, and no image-token usage to price).');
  });

  it('responses: prices the tool call from the per-image table, plus the text model tokens', async () => {
    server.models.set('gpt-image-1-mini', {});
    const r = await verifyCli(['--base-url', server.baseUrl, '--model', 'gpt-image-1-mini', '--generate', '--api', 'responses']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`estimated cost: $0.0050 (catalog per-image price; plus the ${DEFAULT_TEXT_MODEL.value} tokens).`);
  });

  it('responses: --text-model picks the top-level model', async () => {
    const r = await verifyCli(gen('--api', 'responses', '--text-model', 'gpt-5.2'));
    expect(r.code).toBe(0);
    expect((server.requests.find((q) => q.path === '/v1/responses')!.body as { model: string }).model).toBe('gpt-5.2');
  });

  it('images: `data: []` is "no image came back", with the same exit code as on Responses (exit 14)', async () => {
    server.on('POST /v1/images/generations', { json: { created: 1, data: [] } });
    const r = await verifyCli(gen());
    expect(r.code).toBe(14);
    expect(r.out).toContain('FAIL  POST /images/generations: no image came back: data is empty.');
  });

  it('responses: no image_generation_call in the output is an image failure (exit 14)', async () => {
    server.on('POST /v1/responses', { json: { id: 'r', status: 'incomplete', output: [{ type: 'message', content: [] }] } });
    const r = await verifyCli(gen('--api', 'responses'));
    expect(r.code).toBe(14);
    expect(r.out).toContain('POST /responses: no image came back: no image_generation_call in output, response status incomplete.');
  });

  it('tasks: polls queued -> handling -> archiving -> success and downloads the output (exit 0)', async () => {
    const r = await verifyCli(gen('--api', 'tasks'));
    expect(r.code).toBe(0);
    expect(server.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
      'GET /v1/models/gpt-image-2',
      'POST /v1/tasks',
      'GET /v1/tasks/task_01',
      'GET /v1/tasks/task_01',
      'GET /v1/tasks/task_01',
      'GET /v1/tasks/task_01',
      'GET /files/task_01-1024x1024.png',
    ]);
    expect(server.requests[1].body).toEqual({ model: 'gpt-image-2', input: { prompt: expect.any(String) } });
    // Submit latency and time to result are reported apart.
    expect(r.out).toMatch(/ok\s+POST \/tasks: task task_01 accepted in \d+ ms \(model gpt-image-2\); result after \d+ ms of polling \(queued -> handling -> archiving -> success\); image downloaded in \d+ ms\./);
    expect(r.out).toMatch(/image: PNG 1024x1024, \d+ bytes, the size the task reports\./);
    expect(r.sleeps).toEqual([2000, 2000, 2000]);
  });

  it('tasks: an output without a reported size is checked for a real image only', async () => {
    server.on('GET /v1/tasks/task_01', { json: { data: { id: 'task_01', status: 'success', output: [{ url: `${server.baseUrl.replace(/\/v1$/, '')}/files/task_01-640x1024.png` }] } } });
    const r = await verifyCli(gen('--api', 'tasks'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/image: PNG 640x1024, \d+ bytes \(no size to compare with: the task API takes none\)\./);
  });

  it('tasks: the key is not sent to an output URL on another origin', async () => {
    const cdn = await startServer();
    try {
      server.on('GET /v1/tasks/task_01', { json: { data: { id: 'task_01', status: 'success', output: [{ url: `${cdn.baseUrl.replace(/\/v1$/, '')}/files/x-1024x1024.png` }] } } });
      const r = await verifyCli(gen('--api', 'tasks'));
      expect(r.code).toBe(0);
      expect(cdn.requests).toHaveLength(1);
      expect(cdn.requests[0].headers.authorization).toBeUndefined();
    } finally {
      await cdn.close();
    }
  });

  it('tasks: a failed task is an image failure with the gateway reason (exit 14)', async () => {
    server.on('GET /v1/tasks/task_01', { json: { data: { id: 'task_01', status: 'queued' } } }, { json: { data: { id: 'task_01', status: 'failed', error: 'content policy' } } });
    const r = await verifyCli(gen('--api', 'tasks'));
    expect(r.code).toBe(14);
    expect(r.out).toContain("GET /tasks/task_01: the task ended with status 'failed': content policy.");
  });

  it('tasks: a task that never finishes times out (exit 11)', async () => {
    server.on('GET /v1/tasks/task_01', { json: { data: { id: 'task_01', status: 'handling' } } });
    const r = await verifyCli(gen('--api', 'tasks'), { OPENAI_API_KEY: KEY }, { maxPolls: 5 });
    expect(r.code).toBe(11);
    expect(r.out).toContain("GET /tasks/task_01: still 'handling' after 5 polls");
  });

  it('tasks: an expired output URL is reported as such (exit 14)', async () => {
    server.on('GET /files/task_01-1024x1024.png', { status: 403, raw: 'AccessDenied: Request has expired' });
    const r = await verifyCli(gen('--api', 'tasks'));
    expect(r.code).toBe(14);
    expect(r.out).toContain('403 while downloading the image.');
    expect(r.out).toContain('The output URL may have expired');
  });

  it('tasks: an output image whose size differs from what the task reports (exit 14)', async () => {
    server.image = () => png(512, 512);
    const r = await verifyCli(gen('--api', 'tasks'));
    expect(r.code).toBe(14);
    expect(r.out).toContain('the image is 512x512, but 1024x1024 was reported by the task.');
  });
});

describe('gpt-image verify --generate: the image is checked for real', () => {
  it('an image whose dimensions do not match the request (exit 14)', async () => {
    server.image = () => png(1024, 1024);
    const r = await verifyCli(gen());
    expect(r.code).toBe(14);
    expect(r.out).toContain('POST /images/generations: the image is 1024x1024, but 1024x640 was requested.');
  });

  it('the same mismatch through the Responses API (exit 14)', async () => {
    server.image = () => png(1536, 1024);
    const r = await verifyCli(gen('--api', 'responses'));
    expect(r.code).toBe(14);
    expect(r.out).toContain('the image is 1536x1024, but 1024x640 was requested.');
  });

  it('b64_json that is not base64 (exit 14)', async () => {
    server.on('POST /v1/images/generations', { json: { data: [{ b64_json: 'this is not base64!!' }] } });
    const r = await verifyCli(gen());
    expect(r.code).toBe(14);
    expect(r.out).toContain('the image is not valid base64');
  });

  it('base64 of something that is not an image (exit 14)', async () => {
    server.on('POST /v1/images/generations', { json: { data: [{ b64_json: Buffer.from('GIF89a-ish but not really').toString('base64') }] } });
    const r = await verifyCli(gen());
    expect(r.code).toBe(14);
    expect(r.out).toContain('the image is not usable: no PNG, JPEG or WebP signature (first bytes: 47 49 46 38 39 61 2d 69)');
  });

  it('a PNG cut short (exit 14)', async () => {
    server.image = (size) => {
      const [w, h] = size.split('x').map(Number);
      const full = png(w, h);
      return full.subarray(0, full.length - 20);
    };
    const r = await verifyCli(gen());
    expect(r.code).toBe(14);
    expect(r.out).toContain('PNG is truncated');
  });

  it('a header-only JPEG is not an image, whatever its header says (exit 14)', async () => {
    server.image = () => jpegHeaderOnly(1024, 640);
    const r = await verifyCli(gen());
    expect(r.code).toBe(14);
    expect(r.out).toContain('POST /images/generations: the image is not usable: JPEG has a header but no scan (SOS): no image data.');
  });

  it('accepts JPEG and WebP of the requested size', async () => {
    server.image = () => jpeg(1024, 640);
    const j = await verifyCli(gen());
    expect(j.code).toBe(0);
    expect(j.out).toMatch(/image: JPEG 1024x640/);
    server.image = () => webp(1024, 640);
    const w = await verifyCli(gen());
    expect(w.code).toBe(0);
    expect(w.out).toMatch(/image: WEBP 1024x640/);
  });

  it('--json: one document with the generation, the steps and the exit code', async () => {
    const r = await verifyCli(gen('--json'));
    expect(r.code).toBe(0);
    const doc = r.json();
    expect(doc).toMatchObject({
      ok: true,
      exitCode: 0,
      baseUrl: server.baseUrl,
      api: 'images',
      models: ['gpt-image-2'],
      failure: null,
      generation: {
        api: 'images',
        model: 'gpt-image-2',
        image: { format: 'png', width: 1024, height: 640 },
        expected: { width: 1024, height: 640 },
        usage: { inputTokens: 14, outputTokens: 196, totalTokens: 210 },
        cost: { basis: 'tokens' },
      },
    });
    expect(doc.steps.map((s: { check: string }) => s.check)).toEqual(['catalog', 'GET /models/{id}', 'POST /images/generations', 'image', 'usage', 'cost']);
    expect(r.err).toBe('');
  });

  it('--json on failure: the failure class, its exit code and the parameter', async () => {
    server.on('POST /v1/images/generations', { status: 400, json: { error: { message: "Unknown parameter: 'n'.", type: 'invalid_request_error', param: 'n', code: 'unknown_parameter' } } });
    const r = await verifyCli(gen('--json'));
    expect(r.code).toBe(7);
    expect(r.json()).toMatchObject({ ok: false, exitCode: 7, failure: { kind: 'badRequest', exitCode: 7, status: 400, code: 'unknown_parameter', param: 'n' } });
  });
});
