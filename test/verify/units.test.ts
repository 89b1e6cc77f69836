import { describe, expect, it } from 'vitest';
import { FLEXIBLE_SIZES, GPT1_SIZES, DALLE2_SIZES } from '../../src/catalog/params.js';
import { checkSize, cheapestImageRequest, estimateImageCost, getModel, sizeRule, smallestSize } from '../../src/catalog/index.js';
import { decodeBase64, sniffImage } from '../../src/verify/image.js';
import { createRedactor } from '../../src/verify/redact.js';
import { isLoopbackHost, proxyFor, refusal } from '../../src/verify/target.js';
import { retryAfter } from '../../src/verify/http.js';
import { jpeg, png, webp, webpLossless } from './support/images.js';

describe('image checks', () => {
  it('reads the dimensions of a real PNG, a JPEG frame header and both WebP headers', () => {
    expect(sniffImage(png(1024, 640))).toEqual({ ok: true, info: { format: 'png', width: 1024, height: 640, bytes: png(1024, 640).length } });
    expect(sniffImage(jpeg(1536, 1024))).toMatchObject({ ok: true, info: { format: 'jpeg', width: 1536, height: 1024 } });
    expect(sniffImage(webp(1024, 1536))).toMatchObject({ ok: true, info: { format: 'webp', width: 1024, height: 1536 } });
    expect(sniffImage(webpLossless(640, 1024))).toMatchObject({ ok: true, info: { format: 'webp', width: 640, height: 1024 } });
  });

  it('rejects a PNG cut short, a PNG with a corrupted header, and bytes with no image signature', () => {
    const full = png(64, 64);
    expect(sniffImage(full.subarray(0, full.length - 12))).toMatchObject({ ok: false, reason: expect.stringContaining('truncated') });
    const corrupt = Buffer.from(full);
    corrupt[17] ^= 0xff;
    expect(sniffImage(corrupt)).toMatchObject({ ok: false, reason: expect.stringContaining('checksum') });
    expect(sniffImage(Buffer.from('<html>nope</html>'))).toMatchObject({ ok: false, reason: expect.stringContaining('no PNG, JPEG or WebP signature') });
    expect(sniffImage(jpeg(10, 10).subarray(0, 22))).toMatchObject({ ok: false });
  });

  it('decodes strict base64 only', () => {
    const b = png(16, 16);
    expect(decodeBase64(b.toString('base64'))?.equals(b)).toBe(true);
    expect(decodeBase64(`data:image/png;base64,${b.toString('base64')}`)?.equals(b)).toBe(true);
    expect(decodeBase64('not base64!')).toBeUndefined();
    expect(decodeBase64('abc')).toBeUndefined();
    expect(decodeBase64('')).toBeUndefined();
  });
});

describe('redaction', () => {
  const key = 'sk-proj-abcdefghijklmnopqrstuvwxyz012345';
  const redact = createRedactor([key]);

  it('removes the key, key-shaped tokens, Bearer tokens and URL credentials', () => {
    expect(redact(`key ${key} here`)).not.toContain(key);
    expect(redact('Incorrect API key provided: sk-abc***********************wxyz.')).not.toMatch(/sk-abc/);
    expect(redact('authorization: Bearer whatever.token-value')).toBe('authorization: Bearer [REDACTED]');
    expect(redact('proxy http://user:secretpass@proxy.local:8080')).toBe('proxy http://[REDACTED]@proxy.local:8080');
    expect(redact('https://x.test/?api_key=QWERTY987654&y=1')).toBe('https://x.test/?api_key=[REDACTED]&y=1');
  });

  it('removes a key that is not sk-shaped, even when only part of it is echoed', () => {
    const gateway = 'gw_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
    const r = createRedactor([gateway]);
    expect(r(`bad key ${gateway}`)).not.toContain(gateway);
    expect(r('key ends in ...6f5e4d3c2b1a0')).not.toContain('6f5e4d3c');
  });

  it('leaves ordinary text alone', () => {
    const text = 'POST /images/generations: 200 in 12 ms (model gpt-image-2, size 1024x640, quality low, n 1); task_01 went queued -> success; 210 total tokens';
    expect(redact(text)).toBe(text);
  });
});

describe('targets', () => {
  it('allows https anywhere and http only on loopback', () => {
    expect(refusal('https://api.openai.com/v1')).toBeUndefined();
    for (const u of ['http://127.0.0.1:8080/v1', 'http://127.1.2.3/v1', 'http://localhost:3000/v1', 'http://[::1]:9/v1']) expect(refusal(u)).toBeUndefined();
    expect(refusal('http://example.com/v1')).toMatch(/only sent over HTTPS/);
    expect(refusal('http://128.0.0.1/v1')).toMatch(/only sent over HTTPS/);
    expect(refusal('ftp://example.com')).toMatch(/use https/);
    expect(refusal('not a url')).toMatch(/not a URL/);
    expect(isLoopbackHost('localhost.')).toBe(true);
    expect(isLoopbackHost('localhost.example.com')).toBe(false);
  });

  it('uses HTTPS_PROXY for https URLs unless NO_PROXY matches', () => {
    const env = { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'internal.example,.corp.test:443' };
    expect(proxyFor(new URL('https://api.openai.com/v1'), env)).toBe('http://proxy:3128');
    expect(proxyFor(new URL('https://internal.example/v1'), env)).toBeUndefined();
    expect(proxyFor(new URL('https://gw.corp.test/v1'), env)).toBeUndefined();
    expect(proxyFor(new URL('http://127.0.0.1:80/v1'), env)).toBeUndefined();
    expect(proxyFor(new URL('https://api.openai.com/v1'), { https_proxy: 'http://p:1' })).toBe('http://p:1');
    expect(proxyFor(new URL('https://api.openai.com/v1'), {})).toBeUndefined();
  });

  it('reads retry-after in seconds, as a date, and retry-after-ms', () => {
    expect(retryAfter({ 'retry-after': '2' })).toBe(2000);
    expect(retryAfter({ 'retry-after-ms': '250', 'retry-after': '9' })).toBe(250);
    expect(retryAfter({ 'retry-after': new Date(10_000).toUTCString() }, 7_000)).toBe(3000);
    expect(retryAfter({})).toBeUndefined();
  });
});

describe('catalog queries for the cheapest request', () => {
  it('finds the smallest size each size rule accepts', () => {
    const flexible = smallestSize(FLEXIBLE_SIZES)!;
    expect(flexible).toBe('1024x640');
    expect(checkSize(FLEXIBLE_SIZES, flexible).ok).toBe(true);
    expect(smallestSize(GPT1_SIZES)).toBe('1024x1024');
    expect(smallestSize(DALLE2_SIZES)).toBe('256x256');
  });

  it('builds the cheapest request from the model tables', () => {
    expect(cheapestImageRequest('gpt-image-2', 'generations')).toMatchObject({ params: { size: '1024x640', quality: 'low', n: 1 } });
    expect(cheapestImageRequest('gpt-image-1.5', 'generations').params).toEqual({ size: '1024x1024', quality: 'low', n: 1 });
    // The tool takes no `n`.
    expect(cheapestImageRequest('gpt-image-2', 'responses-tool').params).toEqual({ size: '1024x640', quality: 'low' });
    // A gateway id gets the shape of the default target.
    expect(cheapestImageRequest('vendor/some-image-model', 'generations').shapeFrom).toBe('gpt-image-2');
    const rule = sizeRule(getModel('gpt-image-2.6-sunburst')!, 'generations')!;
    expect(checkSize(rule, cheapestImageRequest('gpt-image-2.6-sunburst', 'generations').size!).ok).toBe(true);
  });

  it('prices an image from the per-image table, else from the usage and token prices', () => {
    expect(estimateImageCost('gpt-image-1', { quality: 'low', size: '1024x1024' })).toMatchObject({ usd: 0.011, basis: 'per-image' });
    const byTokens = estimateImageCost('gpt-image-2', { quality: 'low', size: '1024x640' }, { inputTokens: 14, inputTextTokens: 14, outputTokens: 196 });
    expect(byTokens?.basis).toBe('tokens');
    expect(byTokens?.usd).toBeCloseTo((14 * 5 + 196 * 30) / 1e6, 10);
    expect(estimateImageCost('gpt-image-2', { quality: 'low', size: '1024x640' })).toBeUndefined();
    expect(estimateImageCost('not-a-model', { quality: 'low', size: '1024x1024' })).toBeUndefined();
  });
});
