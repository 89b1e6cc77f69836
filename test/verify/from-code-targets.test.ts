/**
 * `verify --from-code` sends each call's checks to the call's own base URL,
 * through its own API shape, with its own key variable, and to no other host.
 * Every project here points at loopback servers; a refusing proxy and a DNS
 * lookup that records and fails stand guard over everything else.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeHiApi, HIAPI_KEY, startHiApi } from './support/hiapi.js';
import { leakedRuns, verifyCli } from './support/run.js';
import { type FakeOpenAI, apiError, startRefusingProxy, startServer } from './support/server.js';

/** A gateway key, and an OpenAI key that must never reach the gateway (nor OpenAI be contacted). */
const GATEWAY_KEY = 'sk-Gw4tEw4yK3yNotOpenAI9x8y7z6w5v4u3';
const OPENAI_KEY = 'sk-proj-0penA1K3yMustStayH0me5t6u7v8w9';

let server: FakeOpenAI;
let hi: FakeHiApi;
let proxy: Awaited<ReturnType<typeof startRefusingProxy>>;
let dir: string;
let lookups: string[];

beforeEach(async () => {
  server = await startServer();
  server.keys.clear();
  server.keys.add(GATEWAY_KEY);
  hi = await startHiApi();
  proxy = await startRefusingProxy();
  dir = mkdtempSync(path.join(tmpdir(), 'verify-targets-'));
  mkdirSync(path.join(dir, 'src'));
  lookups = [];
});
afterEach(async () => {
  await Promise.all([server.close(), hi.close(), proxy.close()]);
  rmSync(dir, { recursive: true, force: true });
});

function write(file: string, text: string): void {
  writeFileSync(path.join(dir, file), text);
}

/** Any host name verify tries to reach directly is recorded and fails: nothing leaves the machine. */
const guard = {
  connect: {
    lookup: (host: string, _opts: unknown, cb: (err: NodeJS.ErrnoException) => void) => {
      lookups.push(host);
      const err: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${host}`);
      err.code = 'ENOTFOUND';
      cb(err);
    },
  },
};

/** Both keys present, and every proxy variable pointing at the refusing proxy. */
const env = (more: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  OPENAI_API_KEY: OPENAI_KEY,
  APIYI_KEY: GATEWAY_KEY,
  HTTPS_PROXY: proxy.url,
  HTTP_PROXY: proxy.url,
  https_proxy: proxy.url,
  ...more,
});

const run = (args: string[], e: NodeJS.ProcessEnv = env()) => verifyCli(['--from-code', ...args], e, guard, dir);

function expectOnlyGateway(): void {
  expect(server.requests.length).toBeGreaterThan(0);
  for (const q of server.requests) expect(q.headers.authorization).toBe(`Bearer ${GATEWAY_KEY}`);
  expect(proxy.connects).toEqual([]);
  expect(lookups).toEqual([]);
}

describe('verify --from-code: each call at its own base URL, with its own key', () => {
  it('a project whose only client points at a loopback gateway contacts only that gateway, with the gateway key (exit 0)', async () => {
    write(
      'src/images.ts',
      `import OpenAI from 'openai';
const client = new OpenAI({ baseURL: '${server.baseUrl}', apiKey: process.env.APIYI_KEY });
export const hero = (prompt: string) => client.images.generate({ model: 'gpt-image-2', prompt });
`,
    );
    const r = await run(['src']);
    expect(r.code, r.out + r.err).toBe(0);
    expect(server.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /v1/models/gpt-image-2']);
    expectOnlyGateway();
    expect(r.out).toContain(`from-code: \`gpt-image-2\` at ${server.baseUrl} (the code's base URL), images API, key from APIYI_KEY (named by the code)`);
    expect(r.out).toContain(`OK: verified at ${server.baseUrl}.`);
    const j = await run(['src', '--json']);
    expect(j.json().targets).toEqual([
      { baseUrl: server.baseUrl, api: 'images', apis: ['images'], keyEnv: 'APIYI_KEY', models: ['gpt-image-2'], from: { base: "the code's base URL", key: 'named by the code', keyNamed: true } },
    ]);
  });

  it('ignores OPENAI_BASE_URL and --base-url for a call whose base URL the code spells', async () => {
    write('src/images.ts', `import OpenAI from 'openai';\nconst c = new OpenAI({ baseURL: '${server.baseUrl}', apiKey: process.env.APIYI_KEY });\nc.images.generate({ model: 'gpt-image-2', prompt: 'x' });\n`);
    const r = await run(['src', '--base-url', 'https://api.openai.com/v1'], env({ OPENAI_BASE_URL: 'https://api.openai.com/v1' }));
    expect(r.code, r.out).toBe(0);
    expectOnlyGateway();
  });

  it('a gateway client without apiKey sends what the SDK sends: OPENAI_API_KEY, to the gateway only', async () => {
    server.keys.add(OPENAI_KEY);
    write('src/images.ts', `import OpenAI from 'openai';\nconst c = new OpenAI({ baseURL: '${server.baseUrl}' });\nc.images.generate({ model: 'gpt-image-2', prompt: 'x' });\n`);
    const r = await run(['src']);
    expect(r.code, r.out).toBe(0);
    expect(server.requests.map((q) => q.headers.authorization)).toEqual([`Bearer ${OPENAI_KEY}`]);
    expect(proxy.connects).toEqual([]);
    expect(lookups).toEqual([]);
  });

  it('follows a client made in another module of the project', async () => {
    write('src/client.ts', `import OpenAI from 'openai';\nexport const gateway = new OpenAI({ baseURL: '${server.baseUrl}', apiKey: process.env.APIYI_KEY });\n`);
    write('src/use.ts', `import { gateway } from './client';\nexport const f = () => gateway.images.generate({ model: 'gpt-image-2', prompt: 'x' });\n`);
    const r = await run(['src']);
    expect(r.code, r.out + r.err).toBe(0);
    expectOnlyGateway();
  });

  it('finds a model id imported from a config module, and names where it is written', async () => {
    write('src/config.ts', `export const IMAGE_MODEL = 'gpt-image-2';\nexport const GATEWAY = '${server.baseUrl}';\n`);
    write(
      'src/use.ts',
      `import OpenAI from 'openai';\nimport { GATEWAY, IMAGE_MODEL } from './config';\nconst c = new OpenAI({ baseURL: GATEWAY, apiKey: process.env.APIYI_KEY });\n\nexport const f = () => c.images.generate({ model: IMAGE_MODEL, prompt: 'x' });\n`,
    );
    const r = await run(['src/use.ts']);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toContain('from-code: `gpt-image-2` at src/config.ts:1');
    expect(r.out).toContain(`at ${server.baseUrl} (the code's base URL)`);
    expectOnlyGateway();
  });

  it('reads a base URL from the environment variable the code names', async () => {
    write('src/images.ts', `import OpenAI from 'openai';\nconst c = new OpenAI({ baseURL: process.env.GATEWAY_URL, apiKey: process.env.APIYI_KEY });\nc.images.generate({ model: 'gpt-image-2', prompt: 'x' });\n`);
    const r = await run(['src'], env({ GATEWAY_URL: server.baseUrl }));
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain(`at ${server.baseUrl} (GATEWAY_URL, which the code reads)`);
    expectOnlyGateway();
    // Not set: no guess, exit 2, nothing sent.
    server.requests.length = 0;
    const unset = await run(['src']);
    expect(unset.code).toBe(2);
    expect(unset.err).toContain('the code reads the base URL from GATEWAY_URL, which is not set. Pass --base-url URL');
    expect(server.requests).toHaveLength(0);
  });

  it('baseURL: process.env.OPENAI_BASE_URL unset is the SDK default only with OpenAI\'s own key variable', async () => {
    server.keys.add(OPENAI_KEY);
    write('src/images.ts', `import OpenAI from 'openai';\nconst c = new OpenAI({ baseURL: process.env.OPENAI_BASE_URL, apiKey: process.env.OPENAI_API_KEY });\nc.images.generate({ model: 'gpt-image-2', prompt: 'x' });\n`);
    const r = await run(['src']);
    expect(r.code).toBe(13);
    expect(r.out).toContain("at https://api.openai.com/v1 (the SDK's default (OPENAI_BASE_URL is not set)), images API, key from OPENAI_API_KEY");
    // A gateway key with the same unset variable is not sent to OpenAI's host.
    proxy.connects.length = 0;
    write('src/images.ts', `import OpenAI from 'openai';\nconst c = new OpenAI({ baseURL: process.env.OPENAI_BASE_URL, apiKey: process.env.APIYI_KEY });\nc.images.generate({ model: 'gpt-image-2', prompt: 'x' });\n`);
    const gw = await run(['src']);
    expect(gw.code).toBe(2);
    expect(gw.err).toContain('the code reads the base URL from OPENAI_BASE_URL, which is not set');
    expect(proxy.connects).toEqual([]);
  });

  it('a base URL the code does not spell stops the run before any request and asks for --base-url (exit 2)', async () => {
    write('src/images.ts', `import OpenAI from 'openai';\nexport function make(config: { url: string }) {\n  const c = new OpenAI({ baseURL: config.url, apiKey: process.env.APIYI_KEY });\n  return c.images.generate({ model: 'gpt-image-2', prompt: 'x' });\n}\n`);
    const r = await run(['src']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('gpt-image verify: cannot tell where the calls to `gpt-image-2` (src/images.ts:4) go: the code sets it to a value this file does not spell. Pass --base-url URL');
    expect(r.err).toContain('nothing was sent');
    expect(server.requests).toHaveLength(0);
    expect(proxy.connects).toEqual([]);
    const j = await run(['src', '--json']);
    expect(j.json()).toMatchObject({ ok: false, exitCode: 2, failure: { kind: 'usage' } });
    // Named by the user, it is used.
    const given = await run(['src', '--base-url', server.baseUrl]);
    expect(given.code, given.out).toBe(0);
    expectOnlyGateway();
  });

  it('a gateway key the code does not name stops the run and asks for --api-key-env (exit 2)', async () => {
    write('src/images.ts', `import OpenAI from 'openai';\ndeclare function secret(): string;\nconst c = new OpenAI({ baseURL: '${server.baseUrl}', apiKey: secret() });\nc.images.generate({ model: 'gpt-image-2', prompt: 'x' });\n`);
    const r = await run(['src']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`cannot tell which key the calls to \`gpt-image-2\` (src/images.ts:4) send to ${server.baseUrl}`);
    expect(r.err).toContain('Pass --api-key-env NAME');
    expect(server.requests).toHaveLength(0);
    const named = await run(['src', '--api-key-env', 'APIYI_KEY']);
    expect(named.code, named.out).toBe(0);
    expectOnlyGateway();
  });

  it('the variable the code names is not set: no key, exit 3, nothing sent', async () => {
    write('src/images.ts', `import OpenAI from 'openai';\nconst c = new OpenAI({ baseURL: '${server.baseUrl}', apiKey: process.env.APIYI_KEY });\nc.images.generate({ model: 'gpt-image-2', prompt: 'x' });\n`);
    const e = env();
    delete e.APIYI_KEY;
    const r = await run(['src'], e);
    expect(r.code).toBe(3);
    expect(r.out).toContain(`no API key: APIYI_KEY is not set (the key for ${server.baseUrl}).`);
    expect(r.out).toContain(`Set APIYI_KEY: the code reads the key for ${server.baseUrl} from it.`);
    expect(server.requests).toHaveLength(0);
  });

  it('HiAPI task code is checked through the task API, with the key its Authorization header reads', async () => {
    write(
      'src/hiapi.ts',
      `const BASE = '${hi.baseUrl}';
export async function draw(prompt: string) {
  const res = await fetch(\`\${BASE}/tasks\`, {
    method: 'POST',
    headers: { Authorization: \`Bearer \${process.env.HIAPI_KEY}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-image-2', input: { prompt } }),
  });
  return res.json();
}
`,
    );
    const r = await run(['src'], env({ HIAPI_KEY }));
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toContain(`from-code: \`gpt-image-2\` at ${hi.baseUrl} (the code's base URL), tasks API, key from HIAPI_KEY (named by the code)`);
    // The task API's note, not a failure: only HiAPI knows about it.
    expect(r.out).toContain('this server has no models endpoint, which the task API does not need');
    expect(hi.requests.map((q) => q.headers.authorization)).toEqual([`Bearer ${HIAPI_KEY}`]);
    expect(proxy.connects).toEqual([]);
    expect(lookups).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  it('two clients, two gateways: each gets its own key and only its own models', async () => {
    write('src/a.ts', `import OpenAI from 'openai';\nconst a = new OpenAI({ baseURL: '${server.baseUrl}', apiKey: process.env.APIYI_KEY });\na.images.generate({ model: 'gpt-image-2', prompt: 'x' });\n`);
    write(
      'src/b.ts',
      `fetch('${hi.baseUrl}/tasks', { method: 'POST', headers: { authorization: 'Bearer ' + process.env.HIAPI_KEY }, body: JSON.stringify({ model: 'gpt-image-2', input: { prompt: 'y' } }) });\n`,
    );
    const r = await run(['src'], env({ HIAPI_KEY }));
    expect(r.code, r.out + r.err).toBe(0);
    expectOnlyGateway();
    expect(hi.requests.map((q) => q.headers.authorization)).toEqual([`Bearer ${HIAPI_KEY}`]);
    expect(r.out).toContain(`OK: verified at ${server.baseUrl}, ${hi.baseUrl}.`);
  });

  it('masks the key of a variable the code names, even when the gateway echoes it back', async () => {
    const secret = 'gw_live_Q1w2E3r4T5y6U7i8O9p0A1s2';
    write('src/images.ts', `import OpenAI from 'openai';\nconst c = new OpenAI({ baseURL: '${server.baseUrl}', apiKey: process.env.GW_SECRET });\nc.images.generate({ model: 'gpt-image-2', prompt: 'x' });\n`);
    server.on('GET /v1/models/gpt-image-2', apiError(401, `Incorrect API key provided: ${secret}.`, 'invalid_request_error', 'invalid_api_key'));
    for (const json of [[], ['--json']]) {
      const r = await run(['src', ...json], env({ GW_SECRET: secret }));
      expect(r.code).toBe(4);
      expect(server.requests.at(-1)!.headers.authorization).toBe(`Bearer ${secret}`);
      expect(r.out + r.err).toContain('Incorrect API key provided');
      expect(leakedRuns(r.out + r.err, secret)).toEqual([]);
    }
  });

  it('the guard works: a default client goes to OpenAI\'s host, which the refusing proxy records (and nothing leaves)', async () => {
    write('src/images.ts', `import OpenAI from 'openai';\nconst c = new OpenAI();\nc.images.generate({ model: 'gpt-image-2', prompt: 'x' });\n`);
    const r = await run(['src']);
    expect(r.code).toBe(13);
    expect(r.out).toContain("at https://api.openai.com/v1 (the SDK's default), images API, key from OPENAI_API_KEY");
    expect(proxy.connects.map((c) => c.target)).toEqual(['api.openai.com:443']);
    expect(server.requests).toHaveLength(0);
  });

  it('--api does not go with --from-code: each call\'s API comes from the code (exit 2)', async () => {
    const r = await run(['--api', 'tasks']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--from-code takes each call's API from the code; drop --api");
  });
});
