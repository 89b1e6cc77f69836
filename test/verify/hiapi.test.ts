/**
 * `gpt-image verify --api tasks` against a loopback server that answers
 * exactly as HiAPI documents its task API (support/hiapi.ts): two origins,
 * `{ code, message, data }` bodies, `data.taskId`, an expiring output URL.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeHiApi, HIAPI_KEY, startHiApi } from './support/hiapi.js';
import { verifyCli } from './support/run.js';

let hi: FakeHiApi;
beforeEach(async () => {
  hi = await startHiApi();
});
afterEach(async () => {
  await hi.close();
});

const env = { HIAPI_KEY };
const tasks = (...more: string[]) => ['--base-url', hi.baseUrl, '--api-key-env', 'HIAPI_KEY', '--api', 'tasks', '--generate', ...more];

describe('verify --api tasks --generate against HiAPI as documented', () => {
  it('passes without a /models endpoint: the 404 is a note, the task runs and the image is downloaded without the key (exit 0)', async () => {
    const r = await verifyCli(tasks(), env);
    expect(r.code, r.out).toBe(0);
    expect(hi.routes()).toEqual([
      'api GET /v1/models/gpt-image-2',
      'api POST /v1/tasks',
      'api GET /v1/tasks/tsk_0001',
      'api GET /v1/tasks/tsk_0001',
      'api GET /v1/tasks/tsk_0001',
      'api GET /v1/tasks/tsk_0001',
      'download GET /output/tsk_0001.png',
    ]);
    expect(hi.requests[1].body).toEqual({ model: 'gpt-image-2', input: { prompt: expect.any(String) } });
    expect(hi.requests[1].headers['content-type']).toBe('application/json');
    expect(hi.requests.find((q) => q.origin === 'download')!.headers.authorization).toBeUndefined();
    expect(r.out).toMatch(/ {4}GET \/models\/gpt-image-2: 404: this server has no models endpoint, which the task API does not need/);
    expect(r.out).not.toContain('FAIL');
    expect(r.out).toMatch(
      /ok\s+POST \/tasks: task tsk_0001 accepted in \d+ ms \(model gpt-image-2\); result after \d+ ms of polling \(queued -> handling -> archiving -> success\); image downloaded in \d+ ms\./,
    );
    expect(r.out).toMatch(/ok\s+image: PNG 1024x1024, \d+ bytes \(no size to compare with: the task API takes none\)\./);
    expect(r.out).toContain('OK: verified at');
  });

  it('passes with a /models endpoint too (exit 0)', async () => {
    hi.models = true;
    const r = await verifyCli(tasks('--json'), env);
    expect(r.code).toBe(0);
    const doc = r.json();
    expect(doc.steps.map((s: { check: string; status: string }) => `${s.status} ${s.check}`)).toEqual([
      'ok catalog',
      'ok GET /models/{id}',
      'ok POST /tasks',
      'ok image',
      'info usage',
      'info cost',
    ]);
    expect(doc.generation.task).toMatchObject({ id: 'tsk_0001', submitMs: expect.any(Number), resultMs: expect.any(Number), downloadMs: expect.any(Number) });
  });

  it('a model HiAPI lists as not found on /models is still a model failure (exit 6)', async () => {
    hi.models = true;
    const r = await verifyCli(['--base-url', hi.baseUrl, '--api-key-env', 'HIAPI_KEY', '--api', 'tasks', '--model', 'gpt-image-1.5', '--today', '2026-11-22'], env);
    expect(r.code).toBe(6);
  });

  it('a 401 with a top-level "code":"permission_denied" shows the gateway code and message (exit 4)', async () => {
    const r = await verifyCli(tasks(), { HIAPI_KEY: 'hiapi_Wrong0Key1Of2The3Right4Length' });
    expect(r.code).toBe(4);
    expect(r.out).toContain(
      'FAIL  GET /models/gpt-image-2: 401 permission_denied: the key was rejected. "The API key is missing, invalid, or not permitted to use this model."',
    );
  });

  it('a suffixed id gets the 400 and the advice to use the plain id, not the lint rules (exit 7)', async () => {
    const r = await verifyCli(['--base-url', hi.baseUrl, '--api-key-env', 'HIAPI_KEY', '--api', 'tasks', '--generate', '--model', 'gpt-image-2/text-to-image'], env);
    expect(r.code).toBe(7);
    expect(r.out).toContain('FAIL  POST /tasks: 400 invalid_request: the request was rejected. "Unsupported model: gpt-image-2/text-to-image"');
    expect(r.out).toContain('-> `gpt-image-2/text-to-image` is not a model id: use the plain id `gpt-image-2`.');
    // The request is named as written, the same way in every line.
    expect(r.out).toContain('GET /models/gpt-image-2/text-to-image: 404: this server has no models endpoint');
    expect(r.out).not.toContain('lint rules');
  });

  it('another 400 from a gateway points to the gateway documentation, not the lint rules (exit 7)', async () => {
    hi.on('api POST /v1/tasks', { status: 400, json: { code: 'invalid_request', message: 'input.prompt is too long', data: null } });
    const r = await verifyCli(tasks(), env);
    expect(r.code).toBe(7);
    expect(r.out).toContain("-> The gateway rejected the request: check the model id and the parameters against the gateway's own documentation.");
  });

  it('a failed task shows its camelCase failReason (exit 14)', async () => {
    hi.states = ['queued', 'failed'];
    hi.taskData = (status) => (status === 'failed' ? { failReason: 'content moderation rejected the prompt' } : {});
    const r = await verifyCli(tasks(), env);
    expect(r.code).toBe(14);
    expect(r.out).toContain("GET /tasks/tsk_0001: the task ended with status 'failed': content moderation rejected the prompt.");
  });

  it.each([
    ['error', 'upstream error'],
    ['fail_reason', 'quota exceeded upstream'],
    ['errorMessage', 'the image could not be archived'],
    ['reason', 'cancelled by the operator'],
    ['message', 'no capacity'],
  ])('a failed task shows the reason in `%s` (exit 14)', async (field, reason) => {
    hi.states = ['failed'];
    hi.taskData = () => ({ [field]: reason });
    const r = await verifyCli(tasks(), env);
    expect(r.code).toBe(14);
    expect(r.out).toContain(`the task ended with status 'failed': ${reason}.`);
  });

  it('an expired output URL is reported as such (exit 14)', async () => {
    hi.urlTtlMs = -1;
    const r = await verifyCli(tasks(), env);
    expect(r.code).toBe(14);
    expect(r.out).toContain(`FAIL  GET ${hi.downloadOrigin}/output/tsk_0001.png: 403 while downloading the image.`);
    expect(r.out).toContain('The output URL may have expired');
    // The signed query is not printed.
    expect(r.out).not.toContain('signature=');
  });

  it('follows a redirect from the download origin, without the key (exit 0)', async () => {
    const expires = Date.now() + 60_000;
    hi.on('download GET /output/tsk_0001.png', { status: 302, headers: { location: `/output/moved.png?expires=${expires}` } });
    const r = await verifyCli(tasks(), env);
    expect(r.code, r.out).toBe(0);
    expect(hi.routes().slice(-2)).toEqual(['download GET /output/tsk_0001.png', 'download GET /output/moved.png']);
    for (const q of hi.requests.filter((x) => x.origin === 'download')) expect(q.headers.authorization).toBeUndefined();
    expect(r.out).toMatch(/image downloaded in \d+ ms after 1 redirect\(s\)\./);
  });

  it('gives up on a download that keeps redirecting (exit 14)', async () => {
    hi.on('download GET /output/tsk_0001.png', { status: 302, headers: { location: '/output/tsk_0001.png?expires=9999999999999' } });
    const r = await verifyCli(tasks(), env);
    expect(r.code).toBe(14);
    expect(r.out).toContain('more than 5 redirects while downloading the image.');
  });

  it('a redirect from the API is reported with its target and not followed (exit 15)', async () => {
    const other = await startHiApi();
    try {
      hi.on('api POST /v1/tasks', { status: 307, headers: { location: `${other.baseUrl}/tasks` }, json: {} });
      const r = await verifyCli(tasks(), env);
      expect(r.code).toBe(15);
      expect(r.out).toContain(`FAIL  POST /tasks: 307 redirect to ${other.baseUrl}/tasks; verify does not follow redirects with the key.`);
      expect(r.out).toContain('pass its base URL as --base-url');
      expect(other.requests).toHaveLength(0);
      const j = await verifyCli(tasks('--json'), env);
      expect(j.json()).toMatchObject({ exitCode: 15, failure: { kind: 'redirect', status: 307, location: `${other.baseUrl}/tasks` } });
    } finally {
      await other.close();
    }
  });

  it('refuses a plain-http output URL on a non-loopback host, without talking about the key (exit 14)', async () => {
    hi.taskData = (status) => (status === 'success' ? { output: [{ url: 'http://cdn.example.com/x.png' }] } : {});
    const r = await verifyCli(tasks(), env);
    expect(r.code).toBe(14);
    expect(r.out).toContain('GET http://cdn.example.com/x.png: refusing to download from http://cdn.example.com: images are fetched over HTTPS only');
    expect(r.out).not.toMatch(/FAIL.*key/);
  });
});
