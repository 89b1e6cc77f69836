import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/verify.js';
import { createRedactor, secretPart } from '../../src/verify/redact.js';
import { type FakeOpenAI, KEY, startRefusingProxy, startServer } from './support/server.js';
import { leakedRuns, secretOf } from './support/run.js';

const MASK = '[REDACTED]';

let server: FakeOpenAI;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

/** Key shapes: OpenAI's, gateways', short, long, with separators, base64, non-ASCII. */
const KEYS = [
  KEY,
  'sk-Ab3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1eF3hJ5kL7nP9rS1uV3',
  'sk-svcacct-Tq4Wz8Xc2Vb6Nm0Lk3Jh7Gf1Ds5Ap9Oi',
  'sk-admin-Mv7Rb2Xq9Ln4Kt1Wc8Zp3Hs6Jd0Fy5Ge',
  'sess-Qz4Lr8Tv2Nw6Xb0Pc3Md7Kf1Hs5Jg9Ya',
  'rk-Yu6Io2Pa8Sd4Fg0Hj7Kl3Zx9Cv5Bn1Mq',
  'hiapi_5c1a9b7e3f2d4c6b8a0e1f3d5c7b9a0d8e7f',
  'hiapi-Zm4Qx8Rt2Wv6Yp0Ls3Kd',
  'gw_live_4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c',
  'pk_test_51HxYz2eZvKYlo2C8Qw9Rt',
  'Zq8Xw3Vr5Tp1',
  'k9Lm2Np4',
  'a9Zq2',
  'k3Y9',
  '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  'Kx9+Qw7/Zr3=Lm5+Np2/Vt8=',
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJrZXkifQ.Sflk9Q2wE5rT7yU1iO3pA5sD7fG9hJ1k',
  'my_secret_value_with_underscores_2026',
  '98765432109876543210',
  'a1b2c3d4e5f60718293a4b5c6d7e8f9001122334455667788990aabbccddeeff',
  '  padded-Key-7Hq2Wd9Lx  ',
  'MixedCaseKEYvalue9XyZ0aBcDeF',
  'clé-sécrète-9Xq2Lm7',
  'AKIAIOSFODNN7EXAMPLE',
];

/** What a server or proxy may echo of a key: whole, cut, joined, encoded. */
function echo(raw: string): string {
  const key = raw.trim();
  const secret = secretOf(key);
  const prefix = key.slice(0, key.length - secret.length);
  return [
    `Incorrect API key provided: ${key}.`,
    `${key.slice(0, 4)}...${key.slice(-4)}`,
    `${key.slice(0, 8)}...${key.slice(-6)}`,
    `${key.slice(0, 6)}${key.slice(-6)}`,
    `${key.slice(0, 6)}****${key.slice(-6)}`,
    `${prefix}...${secret.slice(-6)}`,
    `middle ${secret.slice(3, 9)} part`,
    `url ${encodeURIComponent(key)}`,
    `json ${JSON.stringify({ key })}`,
  ].join(' | ');
}

const noSuchHost = (host: string, _opts: unknown, cb: (err: NodeJS.ErrnoException) => void) => {
  const err: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${host}`);
  err.code = 'ENOTFOUND';
  cb(err);
};

interface Scenario {
  name: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  setup?: () => void;
}

function scenarios(key: string, proxyUrl: string): Scenario[] {
  const e = echo(key);
  const gen = ['--base-url', server.baseUrl, '--generate'];
  const proxied = proxyUrl.replace('http://', `http://user:${encodeURIComponent(key.trim())}@`);
  return [
    { name: 'OpenAI error body', args: gen, setup: () => server.on('POST /v1/images/generations', { status: 401, json: { error: { message: e, type: 'invalid_request_error', param: null, code: 'invalid_api_key' } } }) },
    { name: 'gateway top-level body', args: gen, setup: () => server.on('POST /v1/images/generations', { status: 400, json: { code: 'invalid_request', message: e, data: null } }) },
    { name: 'detail body', args: gen, setup: () => server.on('POST /v1/images/generations', { status: 422, json: { detail: [{ msg: e }] } }) },
    { name: '5xx HTML', args: gen, setup: () => server.on('POST /v1/images/generations', { status: 502, raw: `<pre>upstream said ${e}</pre>` }) },
    { name: '200 not JSON', args: gen, setup: () => server.on('POST /v1/images/generations', { raw: `not json ${e}` }) },
    { name: 'task failReason', args: [...gen, '--api', 'tasks'], setup: () => server.on('GET /v1/tasks/task_01', { json: { code: 200, message: 'success', data: { status: 'failed', failReason: e } } }) },
    { name: 'redirect Location', args: gen, setup: () => server.on('POST /v1/images/generations', { status: 302, headers: { location: `https://elsewhere.example/v1?key=${encodeURIComponent(key)}&k=${encodeURIComponent(e)}` } }) },
    { name: 'image field', args: gen, setup: () => server.on('POST /v1/images/generations', { json: { data: [{ b64_json: e }] } }) },
    { name: 'option error', args: ['--api', e] },
    { name: '--model value', args: ['--base-url', server.baseUrl, '--model', key.trim()] },
    { name: 'credentials in --base-url', args: ['--base-url', `http://user:${encodeURIComponent(key.trim())}@example.com/v1`] },
    { name: 'proxy error', args: ['--base-url', 'https://api.verify.invalid/v1'], env: { HTTPS_PROXY: proxied } },
  ];
}

describe('gpt-image verify leaks no fragment of the key', () => {
  it('no run of 4 characters of any key shape reaches text, --json, errors or proxy errors', async () => {
    expect(KEYS.length).toBeGreaterThanOrEqual(20);
    const proxy = await startRefusingProxy(`Forbidden by policy for ${echo(KEYS[6]).slice(0, 120).replace(/[^\x20-\x7e]/g, '')}`);
    let runs = 0;
    let masked = 0;
    try {
      for (const key of KEYS) {
        server.keys.add(key.trim());
        for (const s of scenarios(key, proxy.url)) {
          for (const json of [false, true]) {
            s.setup?.();
            const io = memoryIo({ OPENAI_API_KEY: key, ...s.env });
            const code = await run([...s.args, ...(json ? ['--json'] : [])], io, { sleep: async () => undefined, connect: { lookup: noSuchHost } });
            const out = `${io.stdout.join('\n')}\n${io.stderr.join('\n')}`;
            runs++;
            if (out.includes(MASK)) masked++;
            const where = `${JSON.stringify(key)}, ${s.name}${json ? ', --json' : ''}`;
            expect(code, where).toBeGreaterThan(1);
            if (json) expect(() => JSON.parse(io.stdout.join('\n')), where).not.toThrow();
            expect(out, where).not.toContain(key.trim());
            expect(leakedRuns(out, key), `${where}:\n${out}`).toEqual([]);
          }
        }
      }
    } finally {
      await proxy.close();
    }
    expect(runs).toBe(KEYS.length * 12 * 2);
    // The echoes really were there to hide.
    expect(masked).toBeGreaterThan(runs * 0.8);
  });

  it('catches the echoes the old redaction let through', () => {
    const hiapi = 'hiapi_5c1a9b7e3f2d4c6b8a0e1f3d5c7b9a0d8e7f';
    expect(createRedactor([hiapi])('key hiapi_...0d8e7f rejected')).toBe(`key hiapi_...${MASK} rejected`);
    const short = 'Zq8Xw3Vr5Tp1';
    expect(createRedactor([short])('got Zq8Xw3...r5Tp1 and Zq8Xw35Tp1')).toBe(`got ${MASK}...${MASK} and ${MASK}`);
  });

  it('keeps the non-secret prefix readable and leaves ordinary text alone', () => {
    const r = createRedactor(['sk-proj-Qx7vLm2Rt9Zk4Wp8Jh3Nc6Bd5Fg1Ys0TuEq']);
    const text = "Check the key (a new key, the right project, no stray whitespace) and that it belongs to the organisation; 1024x640, 210 total tokens";
    expect(r(text)).toBe(text);
    expect(secretPart('sk-proj-abcdef')).toBe('abcdef');
    expect(secretPart('hiapi_0d8e7f')).toBe('0d8e7f');
    // A prefix that is not known to be public is part of the secret.
    expect(secretPart('gw_live_4f3e2d1c0b9a8f7e6d5c')).toBe('gw_live_4f3e2d1c0b9a8f7e6d5c');
    // Too short to have a secret part after the prefix: secret whole.
    expect(secretPart('sk-abc')).toBe('sk-abc');
  });
});

describe('what a failing run prints per scenario', () => {
  it('gives one failure line with its cause and one line of what to do', async () => {
    server.on('POST /v1/images/generations', { status: 400, json: { error: { message: "Unknown parameter: 'response_format'.", type: 'invalid_request_error', param: 'response_format', code: 'unknown_parameter' } } });
    const io = memoryIo({ OPENAI_API_KEY: KEY });
    const code = await run(['--base-url', server.baseUrl, '--generate'], io, { sleep: async () => undefined });
    expect(code).toBe(7);
    const lines = io.stdout.join('\n').split('\n');
    const fail = lines.findIndex((l) => l.startsWith('FAIL'));
    expect(lines.filter((l) => l.startsWith('FAIL'))).toHaveLength(1);
    expect(lines[fail]).toContain("400 unknown_parameter on parameter `response_format`");
    expect(lines[fail + 1]).toMatch(/^\s+-> This server or model does not accept `response_format`: remove it\.$/);
  });
});
