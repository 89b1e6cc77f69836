/**
 * Faults found by running verify as a new user would, one test each: errors
 * inside a 200, progress while a task runs, a key in an output URL, a key
 * pasted as an argument, a task that vanished, a base URL with a query, a
 * retry-after in ms, base64 with a line break, an image where JSON belongs,
 * and the task API's "no models endpoint" note.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeHiApi, HIAPI_KEY, startHiApi } from './support/hiapi.js';
import { png } from './support/images.js';
import { leakedRuns, verifyCli } from './support/run.js';
import { type FakeOpenAI, KEY, startServer } from './support/server.js';

let server: FakeOpenAI;
let hi: FakeHiApi;
beforeEach(async () => {
  server = await startServer();
  hi = await startHiApi();
});
afterEach(async () => {
  await server.close();
  await hi.close();
});

const gen = (...more: string[]) => ['--base-url', server.baseUrl, '--model', 'gpt-image-2', '--generate', ...more];
const hiEnv = { HIAPI_KEY };
const tasks = (...more: string[]) => ['--base-url', hi.baseUrl, '--api-key-env', 'HIAPI_KEY', '--api', 'tasks', ...more];

describe('an error inside an HTTP 200 is shown and classed like its HTTP twin', () => {
  it('OpenAI\'s error envelope with insufficient_quota in a 200: quota (exit 9), with the message', async () => {
    server.on('POST /v1/images/generations', {
      status: 200,
      json: { error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', param: null, code: 'insufficient_quota' } },
    });
    const r = await verifyCli(gen());
    expect(r.code).toBe(9);
    expect(r.out).toContain(
      'FAIL  POST /images/generations: 200 with an error in the body (insufficient_quota): the account has no quota or credit left. "You exceeded your current quota, please check your plan and billing details."',
    );
    expect(r.out).not.toContain('no data[]');
    // Money, not speed: not retried.
    expect(server.count('POST /v1/images/generations')).toBe(1);
    const j = await verifyCli(gen('--json'));
    expect(j.json().failure).toMatchObject({ kind: 'quota', exitCode: 9, status: 200, bodyStatus: 429, code: 'insufficient_quota' });
  });

  it('HiAPI\'s {"code":402,"message":"insufficient balance"} in a 200: quota (exit 9)', async () => {
    hi.on('api POST /v1/tasks', { status: 200, json: { code: 402, message: 'insufficient balance' } });
    const r = await verifyCli(tasks('--generate'), hiEnv);
    expect(r.code).toBe(9);
    expect(r.out).toContain('FAIL  POST /tasks: 200 with an error in the body (code 402): the account has no quota or credit left. "insufficient balance"');
  });

  it('HiAPI\'s documented permission_denied body in a 200 is an auth failure (exit 4)', async () => {
    hi.on('api POST /v1/tasks', { status: 200, json: { code: 'permission_denied', message: 'The API key is missing, invalid, or not permitted to use this model.', data: null } });
    const r = await verifyCli(tasks('--generate'), hiEnv);
    expect(r.code).toBe(4);
    expect(r.out).toContain('POST /tasks: 200 with an error in the body (permission_denied): the key was rejected. "The API key is missing, invalid, or not permitted to use this model."');
  });

  it('an invalid_api_key error in a 200 on GET /models/{id} is an auth failure (exit 4)', async () => {
    server.on('GET /v1/models/gpt-image-2', { status: 200, json: { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } } });
    const r = await verifyCli(['--base-url', server.baseUrl]);
    expect(r.code).toBe(4);
    expect(r.out).toContain('GET /models/gpt-image-2: 200 with an error in the body (invalid_api_key): the key was rejected.');
  });

  it('a success with `error: null` (Responses) or HiAPI\'s {"code":200} is not an error (exit 0)', async () => {
    expect((await verifyCli(gen('--api', 'responses'))).code).toBe(0);
    expect((await verifyCli(tasks('--generate'), hiEnv)).code).toBe(0);
  });
});

describe('progress on stderr while submitting, polling and downloading', () => {
  it('tells each task status and the seconds waited, on a terminal', async () => {
    const r = await verifyCli(tasks('--generate'), hiEnv, {}, undefined, { errIsTTY: true });
    expect(r.code).toBe(0);
    const lines = r.err.split('\n');
    expect(lines).toContain('  ... POST /tasks: waiting');
    for (const status of ['queued', 'handling', 'archiving', 'success']) {
      expect(lines.some((l) => new RegExp(`^ {2}\\.\\.\\. task tsk_0001: ${status}, \\d+ s waited$`).test(l)), status).toBe(true);
    }
    expect(lines.some((l) => /^ {2}\.\.\. downloading the image from 127\.0\.0\.1:\d+: waiting$/.test(l))).toBe(true);
    // The report itself stays on stdout.
    expect(r.out).not.toContain('...');
  });

  it('repeats a long wait with the seconds waited', async () => {
    server.on('POST /v1/images/generations', (rec, s) => ({ ...s.defaultReply(rec), delayMs: 400 }));
    const r = await verifyCli(gen(), { OPENAI_API_KEY: KEY }, { progressEveryMs: 50 }, undefined, { errIsTTY: true });
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^ {2}\.\.\. POST \/images\/generations: waiting, \d+ s$/m);
  });

  it('is silent with --json, and when stderr is not a terminal', async () => {
    const json = await verifyCli(tasks('--generate', '--json'), hiEnv, {}, undefined, { errIsTTY: true });
    expect(json.code).toBe(0);
    expect(json.err).toBe('');
    const piped = await verifyCli(tasks('--generate'), hiEnv, {}, undefined, { errIsTTY: false });
    expect(piped.code).toBe(0);
    expect(piped.err).toBe('');
  });
});

describe('the key stays home', () => {
  it('an output URL that holds the key is not fetched, and verify says why (exit 14)', async () => {
    hi.taskData = (status) => (status === 'success' ? { output: [{ url: `${hi.downloadOrigin}/output/tsk_0001.png?api_key=${HIAPI_KEY}` }] } : {});
    const r = await verifyCli(tasks('--generate'), hiEnv);
    expect(r.code).toBe(14);
    expect(hi.requests.filter((q) => q.origin === 'download')).toEqual([]);
    expect(r.out).toContain(`FAIL  GET ${hi.downloadOrigin}/output/tsk_0001.png: not fetched: the output URL holds the API key, and fetching it would send the key to 127.0.0.1:`);
    expect(r.out).toContain('report it to the gateway');
  });

  it('also when the key sits percent-encoded in the path', async () => {
    const key = 'sk-proj-Ab1/Cd2+Ef3=Gh4Ij5Kl6Mn7Op8';
    server.keys.add(key);
    const url = `${server.baseUrl.replace(/\/v1$/, '')}/files/${encodeURIComponent(key.slice(8))}-1024x1024.png`;
    server.on('POST /v1/images/generations', { json: { data: [{ url }] } });
    const r = await verifyCli(gen(), { OPENAI_API_KEY: key });
    expect(r.code).toBe(14);
    expect(server.requests.filter((q) => q.path.startsWith('/files/'))).toEqual([]);
    expect(r.out).toContain('holds the API key');
  });

  it('a key pasted as a stray argument is never printed, in the usage error or --json (exit 2)', async () => {
    const pasted = 'sk-proj-Pz9Yx8Wv7Ut6Sr5Qp4On3Ml2Kj1Ih0Gf';
    const r = await verifyCli([pasted]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unexpected argument that looks like an API key (not printed)');
    expect(leakedRuns(r.err + r.out, pasted)).toEqual([]);
    const bare = 'Zr8Kq2Wm5Vx9Lc3Tj7Hb4Nf6Pd1Gs0eQ';
    const j = await verifyCli([bare, '--json']);
    expect(j.code).toBe(2);
    expect(leakedRuns(j.out + j.err, bare)).toEqual([]);
    expect(j.json().failure.message).toContain('looks like an API key');
    // As a --from-code path, it is not printed either.
    const asPath = await verifyCli(['--from-code', pasted]);
    expect(asPath.code).toBe(2);
    expect(asPath.err).toContain('no such file or directory');
    expect(leakedRuns(asPath.err + asPath.out, pasted)).toEqual([]);
    // An ordinary stray argument is still named.
    expect((await verifyCli(['src'])).err).toContain("unexpected argument 'src' (paths go with --from-code)");
  });
});

describe('smaller faults', () => {
  it('a poll answered 404 "task not found" says the task was not found, not "check --base-url" (exit 14)', async () => {
    hi.on('api GET /v1/tasks/tsk_0001', { status: 404, json: { code: 404, message: 'task not found', data: null } });
    const r = await verifyCli(tasks('--generate'), hiEnv);
    expect(r.code).toBe(14);
    expect(r.out).toContain('FAIL  GET /tasks/tsk_0001: 404 on poll 1: the task tsk_0001 was not found ("task not found"): it expired, or the gateway did not keep it.');
    expect(r.out).not.toContain('Check --base-url');
  });

  it('the same 404 inside a 200 body says the same (exit 14)', async () => {
    hi.on('api GET /v1/tasks/tsk_0001', { status: 200, json: { code: 404, message: 'task not found', data: null } });
    const r = await verifyCli(tasks('--generate'), hiEnv);
    expect(r.code).toBe(14);
    expect(r.out).toContain('the task tsk_0001 was not found ("task not found")');
  });

  it.each([
    ['a query string', '?api-version=2024-02-01', 'query string'],
    ['a fragment', '#top', 'fragment'],
  ])('a --base-url with %s is refused up front (exit 2), nothing sent', async (_what, tail, word) => {
    const r = await verifyCli(['--base-url', `${server.baseUrl}${tail}`]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`gpt-image verify: refusing the base URL ${server.baseUrl}`);
    expect(r.err).toContain(`it has a ${word}`);
    expect(r.err).toContain('Pass the base URL alone');
    expect(server.requests).toHaveLength(0);
    const j = await verifyCli(['--base-url', `${server.baseUrl}${tail}`, '--json']);
    expect(j.json()).toMatchObject({ exitCode: 2, failure: { kind: 'usage' } });
  });

  it('base64 with a line break fails the strict check, with where (exit 14)', async () => {
    const b64 = png(1024, 1024).toString('base64');
    const wrapped = b64.replace(/(.{76})/g, '$1\n');
    server.on('POST /v1/images/generations', { json: { data: [{ b64_json: wrapped }] } });
    const r = await verifyCli(gen());
    expect(r.code).toBe(14);
    expect(r.out).toContain('the image is not valid base64');
    expect(r.out).toContain('a line break at character 76');
  });

  it('a raw PNG where JSON belongs is described, never dumped as text (exit 12)', async () => {
    const image = png(64, 64);
    server.on('POST /v1/images/generations', { status: 200, raw: image, headers: { 'content-type': 'image/png' } });
    const r = await verifyCli(gen());
    expect(r.code).toBe(12);
    expect(r.out).toContain(`POST /images/generations: 200 with a body that is not JSON (image/png): a PNG image, ${image.length} bytes.`);
    expect(r.out).not.toMatch(/PNG\\r|IHDR|\uFFFD/);
  });

  it('a PNG as an error body is described too (exit 10)', async () => {
    const image = png(32, 32);
    server.on('GET /v1/models/gpt-image-2', { status: 502, raw: image, headers: { 'content-type': 'image/png' } });
    const r = await verifyCli(['--base-url', server.baseUrl, '--retries', '0']);
    expect(r.code).toBe(10);
    expect(r.out).toContain(`(body is not an OpenAI error: a PNG image, ${image.length} bytes)`);
    expect(r.out).not.toContain('IHDR');
  });
});

describe('--api tasks: "no models endpoint" is a note, not a pass on its own', () => {
  it('a model the catalog has shut down fails (exit 6), and no task is submitted', async () => {
    for (const extra of [[], ['--generate']]) {
      const r = await verifyCli(tasks('--model', 'dall-e-3', '--today', '2026-11-22', ...extra), hiEnv);
      expect(r.code, extra.join(' ')).toBe(6);
      expect(r.out).toContain('GET /models/dall-e-3: 404: this server has no models endpoint, and the catalog says `dall-e-3` was shut down on 2026-05-12');
      expect(r.out).not.toContain('OK: verified');
    }
    expect(hi.routes().filter((x) => x.includes('/tasks'))).toEqual([]);
  });

  it('an id the catalog does not know fails without --generate (exit 6); with it, the task decides', async () => {
    const r = await verifyCli(tasks('--model', 'my-image-model'), hiEnv);
    expect(r.code).toBe(6);
    expect(r.out).toContain('`my-image-model` is not an image model the catalog knows: nothing here confirms it.');
    const g = await verifyCli(tasks('--model', 'my-image-model', '--generate'), hiEnv);
    expect(hi.routes()).toContain('api POST /v1/tasks');
    expect(g.code).toBe(7);
  });

  it('a current model still passes on the note (exit 0)', async () => {
    const r = await verifyCli(tasks(), hiEnv);
    expect(r.code).toBe(0);
    expect(r.out).toContain('this server has no models endpoint, which the task API does not need');
  });
});
