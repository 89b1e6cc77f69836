import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeOpenAI, KEY, closedPort, startPlainTcp, startRefusingProxy, startServer } from './support/server.js';
import { verifyCli } from './support/run.js';

let server: FakeOpenAI;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

/** A DNS lookup that knows no host: nothing leaves the machine. */
const noSuchHost = (host: string, _opts: unknown, cb: (err: NodeJS.ErrnoException) => void) => {
  const err: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${host}`);
  err.code = 'ENOTFOUND';
  cb(err);
};

describe('gpt-image verify: transport failures', () => {
  it('a slow server: no answer within --timeout (exit 11)', async () => {
    server.on('GET /v1/models/gpt-image-2', { delayMs: 1_500, json: {} });
    const r = await verifyCli(['--base-url', server.baseUrl, '--timeout', '100']);
    expect(r.code).toBe(11);
    expect(r.out).toContain('GET /models/gpt-image-2: no complete answer within 100 ms.');
    expect(r.out).toContain('Raise --timeout');
  });

  it('a generation slower than --timeout (exit 11), without retrying it', async () => {
    server.on('POST /v1/images/generations', { delayMs: 1_500, json: {} });
    const r = await verifyCli(['--base-url', server.baseUrl, '--generate', '--timeout', '150']);
    expect(r.code).toBe(11);
    expect(server.count('POST /v1/images/generations')).toBe(1);
  });

  it('connection refused (exit 13)', async () => {
    const port = await closedPort();
    const r = await verifyCli(['--base-url', `http://127.0.0.1:${port}/v1`]);
    expect(r.code).toBe(13);
    expect(r.out).toContain(`GET /models/gpt-image-2: connection to 127.0.0.1:${port} failed (ECONNREFUSED).`);
  });

  it('a TLS handshake with something that is not HTTPS (exit 13)', async () => {
    const tcp = await startPlainTcp();
    try {
      const r = await verifyCli(['--base-url', `https://127.0.0.1:${tcp.port}/v1`]);
      expect(r.code).toBe(13);
      expect(r.out).toMatch(/GET \/models\/gpt-image-2: TLS handshake with 127\.0\.0\.1:\d+ failed \((ERR_SSL_|EPROTO)[A-Z_]*: [a-z ]+\)\./);
    } finally {
      await tcp.close();
    }
  });

  it('a DNS failure (exit 13)', async () => {
    const r = await verifyCli(['--base-url', 'https://api.verify.invalid/v1'], { OPENAI_API_KEY: KEY }, { connect: { lookup: noSuchHost } });
    expect(r.code).toBe(13);
    expect(r.out).toContain('GET /models/gpt-image-2: DNS lookup of api.verify.invalid failed (ENOTFOUND).');
  });

  it('goes through HTTPS_PROXY with a CONNECT tunnel, and reports a refusing proxy (exit 13)', async () => {
    const proxy = await startRefusingProxy();
    try {
      const r = await verifyCli(['--base-url', 'https://api.verify.invalid/v1'], { OPENAI_API_KEY: KEY, HTTPS_PROXY: proxy.url }, { connect: { lookup: noSuchHost } });
      expect(r.code).toBe(13);
      expect(proxy.connects.map((c) => c.target)).toEqual(['api.verify.invalid:443']);
      // The key travels inside the tunnel only, never to the proxy.
      expect(JSON.stringify(proxy.connects)).not.toContain(KEY);
      expect(r.out).toContain(`the proxy ${proxy.url} refused the tunnel to api.verify.invalid`);
    } finally {
      await proxy.close();
    }
  });

  it('does not proxy a host NO_PROXY lists', async () => {
    const proxy = await startRefusingProxy();
    try {
      const r = await verifyCli(
        ['--base-url', 'https://api.verify.invalid/v1'],
        { OPENAI_API_KEY: KEY, https_proxy: proxy.url, NO_PROXY: '.verify.invalid' },
        { connect: { lookup: noSuchHost } },
      );
      expect(r.code).toBe(13);
      expect(proxy.connects).toHaveLength(0);
      expect(r.out).toContain('DNS lookup of api.verify.invalid failed');
    } finally {
      await proxy.close();
    }
  });

  it('never proxies loopback', async () => {
    const proxy = await startRefusingProxy();
    try {
      const r = await verifyCli(['--base-url', server.baseUrl], { OPENAI_API_KEY: KEY, HTTPS_PROXY: proxy.url });
      expect(r.code).toBe(0);
      expect(proxy.connects).toHaveLength(0);
    } finally {
      await proxy.close();
    }
  });
});
