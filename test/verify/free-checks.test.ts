import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERRORS, apiError, type FakeOpenAI, KEY, NORMAL, startServer } from './support/server.js';
import { verifyCli } from './support/run.js';

let server: FakeOpenAI;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

const base = () => ['--base-url', server.baseUrl];

describe('gpt-image verify: options and refusals', () => {
  it('documents every exit code in --help', async () => {
    const r = await verifyCli(['--help']);
    expect(r.code).toBe(0);
    for (const code of [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 70]) expect(r.out).toMatch(new RegExp(`^\\s+${code}  `, 'm'));
  });

  it('rejects an unknown --api as a usage error (exit 2)', async () => {
    const r = await verifyCli([...base(), '--api', 'chat']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--api must be images, responses, tasks');
    expect(server.requests).toHaveLength(0);
  });

  it('with --json, an option error prints the JSON failure document on stdout (exit 2)', async () => {
    for (const args of [['--api', 'chat'], ['--no-such-flag'], ['--timeout', '0']]) {
      const r = await verifyCli([...base(), ...args, '--json']);
      expect(r.code).toBe(2);
      expect(r.err).toBe('');
      expect(r.json()).toMatchObject({ ok: false, exitCode: 2, failure: { kind: 'usage', exitCode: 2, message: expect.stringMatching(/^gpt-image verify: /) }, steps: [] });
    }
  });

  it('refuses a plain-HTTP base URL to a host that is not loopback, before any request (exit 2)', async () => {
    let lookups = 0;
    const lookup = (...args: unknown[]) => {
      lookups++;
      (args[args.length - 1] as (e: Error) => void)(new Error('no lookups expected'));
    };
    const r = await verifyCli(['--base-url', 'http://example.com/v1', '--generate'], { OPENAI_API_KEY: KEY }, { connect: { lookup } });
    expect(r.code).toBe(2);
    expect(r.err).toContain('refusing http://example.com: the key is only sent over HTTPS');
    expect(lookups).toBe(0);
  });

  it('says which variable to set when there is no key (exit 3), after the catalog check', async () => {
    const r = await verifyCli([...base(), '--model', 'gpt-image-2'], {});
    expect(r.code).toBe(3);
    expect(r.out).toContain('catalog: `gpt-image-2` is active.');
    expect(r.out).toContain('no API key: OPENAI_API_KEY is not set.');
    expect(server.requests).toHaveLength(0);
  });

  it('reads the key from the variable --api-key-env names', async () => {
    const missing = await verifyCli([...base(), '--api-key-env', 'GATEWAY_KEY'], { OPENAI_API_KEY: KEY });
    expect(missing.code).toBe(3);
    expect(missing.out).toContain('GATEWAY_KEY is not set');
    const ok = await verifyCli([...base(), '--api-key-env', 'GATEWAY_KEY'], { GATEWAY_KEY: KEY });
    expect(ok.code).toBe(0);
  });
});

describe('gpt-image verify: free checks', () => {
  it('passes when the model is visible to the key (exit 0), with GET /models/{id} only', async () => {
    const r = await verifyCli([...base(), '--model', 'gpt-image-2']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ok\s+GET \/models\/gpt-image-2: visible to this key \(owned by openai\)/);
    expect(r.out).toContain('OK: verified at');
    expect(server.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /v1/models/gpt-image-2']);
    expect(server.requests[0].headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('checks the catalog migration target when no --model is given', async () => {
    const r = await verifyCli(base());
    expect(r.code).toBe(0);
    expect(server.requests[0].path).toBe('/v1/models/gpt-image-2');
  });

  it('reports a catalog-known legacy id before any request, then the 404 with the fix (exit 6)', async () => {
    const r = await verifyCli([...base(), '--model', 'gpt-image-1', '--today', '2026-11-22']);
    expect(r.code).toBe(6);
    const legacy = r.out.indexOf('catalog: `gpt-image-1` is a legacy model, shut down on 2026-10-23 (30 days ago)');
    const notFound = r.out.indexOf('GET /models/gpt-image-1: 404 model_not_found');
    expect(legacy).toBeGreaterThanOrEqual(0);
    expect(notFound).toBeGreaterThan(legacy);
    expect(r.out).toContain('Move to `gpt-image-2.5-sunburst` or `gpt-image-2.5-flare`');
    expect(r.out).toContain('Image models this key can see: gpt-image-2, gpt-image-2.5-sunburst, gpt-image-2.6-sunburst.');
  });

  it('warns about a deprecated catalog model and the server shutdown_date with the days left (exit 0)', async () => {
    server.models.set('gpt-image-1.5', { shutdown_date: '2026-12-01' });
    const r = await verifyCli([...base(), '--model', 'gpt-image-1.5', '--today', '2026-11-22']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('catalog: `gpt-image-1.5` is a legacy model, deprecated; shutdown on 2026-12-01 (9 days left)');
    expect(r.out).toMatch(/warn\s+GET \/models\/gpt-image-1\.5: shutdown_date 2026-12-01: 9 days left\./);
  });

  it('fails when the server says the shutdown date has passed (exit 6)', async () => {
    server.models.set('gpt-image-1-mini', { shutdown_date: '2026-12-01' });
    const r = await verifyCli([...base(), '--model', 'gpt-image-1-mini', '--today', '2026-12-03']);
    expect(r.code).toBe(6);
    expect(r.out).toContain('the server lists shutdown_date 2026-12-01: `gpt-image-1-mini` is shut down (2 days ago)');
  });

  it('says an id the catalog does not know may be a gateway id', async () => {
    server.models.set('vendor/image-x', {});
    const r = await verifyCli([...base(), '--model', 'vendor/image-x']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('is not an OpenAI image model the catalog knows (a gateway id?)');
    expect(server.requests[0].path).toBe('/v1/models/vendor%2Fimage-x');
  });

  it('warns about ids OpenAI never served', async () => {
    const r = await verifyCli([...base(), '--model', 'gpt-image-2.5']);
    expect(r.code).toBe(6);
    expect(r.out).toContain('catalog: `gpt-image-2.5` is not an id OpenAI serves');
  });
});

describe('gpt-image verify: error classes from the API', () => {
  const free = () => [...base(), '--model', 'gpt-image-2'];
  const gen = (...more: string[]) => [...base(), '--model', 'gpt-image-2', '--generate', ...more];

  it('401 invalid key: exit 4, and the key the server echoes is redacted', async () => {
    const r = await verifyCli(free(), { OPENAI_API_KEY: `${KEY}-wrong` });
    expect(r.code).toBe(4);
    expect(r.out).toContain('GET /models/gpt-image-2: 401 invalid_api_key: the key was rejected.');
    expect(r.out).toContain('Incorrect API key provided: [REDACTED]');
    expect(r.out).not.toContain(`${KEY}-wrong`);
  });

  it('permission_denied: exit 4 with what to do', async () => {
    server.on('POST /v1/images/generations', ERRORS.permissionDenied);
    const r = await verifyCli(gen());
    expect(r.code).toBe(4);
    expect(r.out).toContain('401 permission_denied: the key was rejected.');
  });

  it('403 organisation not verified: exit 5, and where to verify', async () => {
    server.on('POST /v1/images/generations', ERRORS.orgUnverified);
    const r = await verifyCli(gen());
    expect(r.code).toBe(5);
    expect(r.out).toContain('POST /images/generations: 403: the organisation must be verified to use `gpt-image-2`.');
    expect(r.out).toContain('Verify the organisation at https://platform.openai.com/settings/organization/general');
  });

  it('404 model_not_found: exit 6', async () => {
    const r = await verifyCli([...base(), '--model', 'gpt-image-9']);
    expect(r.code).toBe(6);
    expect(r.out).toContain('GET /models/gpt-image-9: 404 model_not_found: the model does not exist or this key cannot use it.');
  });

  it('404 from a wrong base URL is an endpoint problem, not a model problem (exit 7)', async () => {
    const r = await verifyCli(['--base-url', server.baseUrl.replace(/\/v1$/, '/api'), '--model', 'gpt-image-2']);
    expect(r.code).toBe(7);
    expect(r.out).toContain('the server has no such endpoint');
    expect(r.out).toContain('Check --base-url (it usually ends in /v1)');
  });

  it('400 unknown_parameter on a parameter verify added says verify added it, not "remove it" (exit 7)', async () => {
    server.on('POST /v1/images/generations', ERRORS.unknownParameter('quality'));
    const r = await verifyCli(gen());
    expect(r.code).toBe(7);
    expect(server.requests.find((q) => q.method === 'POST')!.body).toHaveProperty('quality');
    expect(r.out).toContain("POST /images/generations: 400 unknown_parameter on parameter `quality`: the request was rejected. \"Unknown parameter: 'quality'.\"");
    expect(r.out).toContain(
      '-> verify added `quality` itself, to make the cheapest call; your code need not send it. This server or `gpt-image-2` does not accept it: check --model (an id that takes it), or run without --generate (the free checks send no parameters).',
    );
    expect(r.out).not.toContain('remove it');
  });

  it('400 invalid_value on a size verify chose says so (exit 7)', async () => {
    server.on('POST /v1/images/generations', ERRORS.invalidSize);
    const r = await verifyCli(gen());
    expect(r.code).toBe(7);
    expect(r.out).toContain('400 invalid_value on parameter `size`');
    expect(r.out).toContain('verify added `size` itself');
    expect(r.out).toContain('does not accept it with that value');
    expect(r.out).not.toContain('Change `size`');
  });

  it('400 unknown_parameter through the Responses tool names the tool parameter verify added (exit 7)', async () => {
    server.on('POST /v1/responses', apiError(400, "Unknown parameter: 'tools[0].quality'.", 'invalid_request_error', 'unknown_parameter', 'tools[0].quality'));
    const r = await verifyCli(gen('--api', 'responses'));
    expect(r.code).toBe(7);
    expect(r.out).toContain('verify added `quality` itself');
  });

  it('429 rate limit: honours retry-after and succeeds on the retry (exit 0)', async () => {
    server.on('POST /v1/images/generations', ERRORS.rateLimited('2'), NORMAL);
    const r = await verifyCli(gen());
    expect(r.code).toBe(0);
    expect(r.sleeps).toEqual([2000]);
    expect(r.out).toContain('POST /images/generations: 429, retrying in 2000 ms (attempt 2 of 3).');
    expect(r.out).toContain('after 2 attempts');
  });

  it('429 rate limit that persists: bounded retries, then exit 8', async () => {
    server.on('POST /v1/images/generations', ERRORS.rateLimited('1'));
    const r = await verifyCli(gen());
    expect(r.code).toBe(8);
    expect(server.count('POST /v1/images/generations')).toBe(3);
    expect(r.sleeps).toEqual([1000, 1000]);
    expect(r.out).toContain('429 rate_limit_exceeded: rate limited after 3 attempt(s) (the server asks to wait 1 s).');
  });

  it('429 with a retry-after beyond what verify waits: fails at once (exit 8)', async () => {
    server.on('POST /v1/images/generations', ERRORS.rateLimited('3600'));
    const r = await verifyCli(gen());
    expect(r.code).toBe(8);
    expect(server.count('POST /v1/images/generations')).toBe(1);
    expect(r.sleeps).toEqual([]);
    expect(r.out).toContain('the server asks to wait 3600 s');
  });

  it('retry-after-ms: 300 is waited and reported as 300 ms, not rounded up to 1 s (exit 8)', async () => {
    server.on('POST /v1/images/generations', { ...ERRORS.rateLimited('1'), headers: { 'retry-after-ms': '300' } });
    const r = await verifyCli(gen('--retries', '1'));
    expect(r.code).toBe(8);
    expect(r.sleeps).toEqual([300]);
    expect(r.out).toContain('(the server asks to wait 300 ms)');
    expect(r.out).not.toContain('1 s)');
    const j = await verifyCli(gen('--retries', '0', '--json'));
    expect(j.json().failure).toMatchObject({ retryAfterMs: 300, retryAfterSeconds: 0.3 });
  });

  it('429 insufficient_quota: no retry, exit 9', async () => {
    server.on('POST /v1/images/generations', ERRORS.insufficientQuota);
    const r = await verifyCli(gen());
    expect(r.code).toBe(9);
    expect(server.count('POST /v1/images/generations')).toBe(1);
    expect(r.out).toContain('429 insufficient_quota: the account has no quota or credit left.');
    expect(r.out).toContain('retrying does not help');
  });

  it('429 credit_balance_exhausted: no retry, exit 9', async () => {
    server.on('POST /v1/images/generations', ERRORS.creditExhausted);
    const r = await verifyCli(gen());
    expect(r.code).toBe(9);
    expect(server.count('POST /v1/images/generations')).toBe(1);
    expect(r.out).toContain('429 credit_balance_exhausted');
  });

  it('500 then success: backs off and passes (exit 0)', async () => {
    server.on('POST /v1/images/generations', ERRORS.serverError, NORMAL);
    const r = await verifyCli(gen());
    expect(r.code).toBe(0);
    expect(r.sleeps).toEqual([1000]);
  });

  it('5xx that persists: exponential backoff, bounded retries, exit 10', async () => {
    server.on('POST /v1/images/generations', { status: 503, raw: '<html>Service Unavailable</html>' });
    const r = await verifyCli([...gen(), '--retries', '3']);
    expect(r.code).toBe(10);
    expect(server.count('POST /v1/images/generations')).toBe(4);
    expect(r.sleeps).toEqual([1000, 2000, 4000]);
    expect(r.out).toContain('POST /images/generations: 503: server error after 4 attempt(s). (body is not an OpenAI error: "<html>Service Unavailable</html>")');
  });

  it('caps every wait with GPT_IMAGE_VERIFY_MAX_WAIT_MS', async () => {
    server.on('POST /v1/images/generations', ERRORS.rateLimited('30'));
    const r = await verifyCli(gen(), { OPENAI_API_KEY: KEY, GPT_IMAGE_VERIFY_MAX_WAIT_MS: '5' });
    expect(r.code).toBe(8);
    expect(r.sleeps).toEqual([5, 5]);
  });

  it('a 200 body that is not JSON: exit 12', async () => {
    server.on('GET /v1/models/gpt-image-2', { raw: '<!doctype html><title>Sign in</title>' });
    const r = await verifyCli(free());
    expect(r.code).toBe(12);
    expect(r.out).toContain('GET /models/gpt-image-2: 200 with a body that is not JSON (text/html; charset=utf-8)');
  });

  it('malformed or truncated JSON: exit 12', async () => {
    server.on('POST /v1/images/generations', { raw: '{"data":[{"b64_json":"iVBORw0KGgo', headers: { 'content-type': 'application/json' } });
    const r = await verifyCli(gen());
    expect(r.code).toBe(12);
    expect(r.out).toContain('POST /images/generations: 200 with truncated or malformed JSON');
  });

  it('a connection cut mid-answer: exit 12', async () => {
    server.on('POST /v1/images/generations', { json: { data: [{ b64_json: 'iVBORw0KGgo' }] }, cutShortBy: 500 });
    const r = await verifyCli(gen());
    expect(r.code).toBe(12);
    // Labelled like every other failure: METHOD and the path under the base URL.
    expect(r.out).toContain('FAIL  POST /images/generations: the answer was cut off');
    expect(r.out).not.toContain('/v1/images');
  });

  it('an answer without the expected fields: exit 12', async () => {
    server.on('POST /v1/images/generations', { json: { created: 1, images: [] } });
    const r = await verifyCli(gen());
    expect(r.code).toBe(12);
    expect(r.out).toContain('POST /images/generations: the answer has no data[] (fields: created, images).');
  });
});
