import { describe, expect, it } from 'vitest';
import { FLEXIBLE_SIZES, GPT1_SIZES, DALLE2_SIZES } from '../../src/catalog/params.js';
import { checkSize, cheapestImageRequest, estimateImageCost, getModel, sizeRule, smallestSize } from '../../src/catalog/index.js';
import { deflateSync } from 'node:zlib';
import { base64Problem, decodeBase64, decodeImage } from '../../src/verify/image.js';
import { createRedactor } from '../../src/verify/redact.js';
import { apiErrorOf, errorInBody, waitText } from '../../src/verify/failure.js';
import { taskId } from '../../src/verify/generate.js';
import { isLoopbackHost, proxyFor, refusal } from '../../src/verify/target.js';
import { describeBody, retryAfter } from '../../src/verify/http.js';
import { WEBP_LOSSLESS_1024x640, WEBP_LOSSY_1024x640, chunk, jpeg, jpegHeaderOnly, png, pngOf, webp, webpHeaderOnly, webpLossless } from './support/images.js';

describe('image checks: what comes back is decoded', () => {
  it('reads the dimensions of a real PNG, JPEG and WebP (lossy, lossless, extended)', () => {
    expect(decodeImage(png(1024, 640))).toEqual({ ok: true, info: { format: 'png', width: 1024, height: 640, bytes: png(1024, 640).length } });
    expect(decodeImage(jpeg(1536, 1024))).toMatchObject({ ok: true, info: { format: 'jpeg', width: 1536, height: 1024 } });
    expect(decodeImage(WEBP_LOSSY_1024x640)).toMatchObject({ ok: true, info: { format: 'webp', width: 1024, height: 640 } });
    expect(decodeImage(WEBP_LOSSLESS_1024x640)).toMatchObject({ ok: true, info: { format: 'webp', width: 1024, height: 640 } });
    expect(decodeImage(webp(1024, 1536))).toMatchObject({ ok: true, info: { format: 'webp', width: 1024, height: 1536 } });
    expect(decodeImage(webpLossless(640, 1024))).toMatchObject({ ok: true, info: { format: 'webp', width: 640, height: 1024 } });
  });

  it('rejects a PNG cut short, a corrupted header, and bytes with no image signature', () => {
    const full = png(64, 64);
    expect(decodeImage(full.subarray(0, full.length - 12))).toMatchObject({ ok: false, reason: expect.stringContaining('truncated') });
    const corrupt = Buffer.from(full);
    corrupt[17] ^= 0xff;
    expect(decodeImage(corrupt)).toMatchObject({ ok: false, reason: expect.stringContaining('checksum') });
    expect(decodeImage(Buffer.from('<html>nope</html>'))).toMatchObject({ ok: false, reason: expect.stringContaining('no PNG, JPEG or WebP signature') });
  });

  it('PNG: checks every chunk CRC, not only the header', () => {
    const b = Buffer.from(png(64, 64));
    const idat = b.indexOf('IDAT', 0, 'latin1');
    b[idat + 10] ^= 0x55;
    expect(decodeImage(b)).toEqual({ ok: false, reason: 'PNG IDAT checksum does not match (corrupted chunk)' });
  });

  it('PNG: the IDAT data must inflate to exactly what the header needs', () => {
    const row = (w: number, bytesPerPixel: number) => Buffer.alloc(1 + w * bytesPerPixel);
    const rows = (w: number, h: number, bpp: number) => Buffer.concat(Array.from({ length: h }, () => row(w, bpp)));
    // One scanline short: correct CRCs, a valid deflate stream, the wrong amount of pixels.
    expect(decodeImage(pngOf({ width: 64, height: 64, raw: rows(64, 63, 3) }))).toEqual({ ok: false, reason: 'PNG image data inflates to 12159 bytes, but 64x64 RGB at 8 bits needs 12352' });
    expect(decodeImage(pngOf({ width: 64, height: 64, raw: rows(64, 65, 3) }))).toMatchObject({ ok: false, reason: expect.stringContaining('inflates to more than the 12352 bytes') });
    // 16-bit RGBA: 8 bytes a pixel.
    expect(decodeImage(pngOf({ width: 10, height: 3, depth: 16, colourType: 6, raw: rows(10, 3, 8) }))).toMatchObject({ ok: true, info: { width: 10, height: 3 } });
    // 1-bit greyscale packs 8 pixels a byte: 9 pixels need 2 bytes a row.
    expect(decodeImage(pngOf({ width: 9, height: 2, depth: 1, colourType: 0, raw: Buffer.alloc(2 * 3) }))).toMatchObject({ ok: true });
    // Adam7 on 3x3: passes of 1x1, none, none, 1x1, 2x1, 1x2 and 3x1 pixels, each row with its filter byte.
    const passes: [number, number][] = [[1, 1], [0, 0], [0, 0], [1, 1], [2, 1], [1, 2], [3, 1]];
    const interlaced = Buffer.concat(passes.filter(([w, h]) => w && h).map(([w, h]) => rows(w, h, 3)));
    expect(decodeImage(pngOf({ width: 3, height: 3, interlace: 1, raw: interlaced }))).toMatchObject({ ok: true, info: { width: 3, height: 3 } });
    expect(decodeImage(pngOf({ width: 3, height: 3, interlace: 0, raw: interlaced }))).toMatchObject({ ok: false });
  });

  it('PNG: a deflate stream cut short, a bad filter byte, a palette without PLTE, an impossible bit depth', () => {
    const raw = Buffer.alloc(4 * (1 + 4 * 3));
    const cut = Buffer.concat([
      png(4, 4).subarray(0, 33),
      chunk('IDAT', deflateSync(raw).subarray(0, 10)),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    expect(decodeImage(cut)).toMatchObject({ ok: false, reason: expect.stringContaining('does not inflate') });
    const badFilter = Buffer.from(raw);
    badFilter[13] = 9;
    expect(decodeImage(pngOf({ width: 4, height: 4, raw: badFilter }))).toEqual({ ok: false, reason: 'PNG scanline 1 has an invalid filter type 9' });
    expect(decodeImage(pngOf({ width: 4, height: 4, colourType: 3, raw: Buffer.alloc(4 * 5) }))).toEqual({ ok: false, reason: 'PNG palette image without a PLTE chunk' });
    expect(decodeImage(pngOf({ width: 4, height: 4, colourType: 3, raw: Buffer.alloc(4 * 5), before: [chunk('PLTE', Buffer.alloc(3))] }))).toMatchObject({ ok: true });
    expect(decodeImage(pngOf({ width: 4, height: 4, depth: 4, colourType: 2, raw }))).toMatchObject({ ok: false, reason: expect.stringContaining('bit depth 4 is invalid') });
  });

  it('JPEG: a header with no scan data is not an image (the 41-byte "JPEG 1024x640")', () => {
    const header = jpegHeaderOnly(1024, 640);
    expect(header.length).toBe(41);
    expect(decodeImage(header)).toEqual({ ok: false, reason: 'JPEG has a header but no scan (SOS): no image data' });
  });

  it('JPEG: scan data cut short, or a scan that does not decode', () => {
    const full = jpeg(64, 48);
    expect(decodeImage(full.subarray(0, full.length - 40))).toMatchObject({ ok: false, reason: expect.stringContaining('truncated') });
    // A frame header that claims more MCUs than the scan holds: the decoder runs out of data.
    const lying = Buffer.from(full);
    const sof = lying.indexOf(Buffer.from([0xff, 0xc0]));
    lying.writeUInt16BE(4800, sof + 5);
    expect(decodeImage(lying)).toMatchObject({ ok: false, reason: expect.stringMatching(/^JPEG does not decode: /) });
  });

  it('WebP: a VP8X header without an image, a bad VP8 start code, a canvas that is not the image, a file cut short', () => {
    expect(decodeImage(webpHeaderOnly(1024, 640))).toEqual({ ok: false, reason: 'WebP VP8X header without an image chunk (VP8 or VP8L): no image data' });
    const badStart = Buffer.from(WEBP_LOSSY_1024x640);
    badStart[23] = 0;
    expect(decodeImage(badStart)).toEqual({ ok: false, reason: 'WebP VP8 frame without its start code' });
    const mismatch = webp(1024, 640);
    mismatch.writeUIntLE(1535, 24, 3);
    expect(decodeImage(mismatch)).toEqual({ ok: false, reason: 'WebP canvas is 1536x640, but its image is 1024x640' });
    expect(decodeImage(WEBP_LOSSY_1024x640.subarray(0, 600))).toMatchObject({ ok: false, reason: expect.stringContaining('WebP is truncated') });
  });

  it('decodes strict base64 only', () => {
    const b = png(16, 16);
    expect(decodeBase64(b.toString('base64'))?.equals(b)).toBe(true);
    expect(decodeBase64(`data:image/png;base64,${b.toString('base64')}`)?.equals(b)).toBe(true);
    expect(decodeBase64('not base64!')).toBeUndefined();
    expect(decodeBase64('abc')).toBeUndefined();
    expect(decodeBase64('')).toBeUndefined();
  });

  it('strict means no line break or space anywhere, and says where', () => {
    const b64 = png(16, 16).toString('base64');
    expect(decodeBase64(`${b64.slice(0, 8)}\n${b64.slice(8)}`)).toBeUndefined();
    expect(decodeBase64(`${b64}\n`)).toBeUndefined();
    expect(decodeBase64(`${b64.slice(0, 8)} ${b64.slice(8)}`)).toBeUndefined();
    expect(base64Problem(`${b64.slice(0, 8)}\r\n${b64.slice(8)}`)).toBe('it has a line break at character 8');
    expect(base64Problem(`${b64.slice(0, 4)}\t${b64.slice(4)}`)).toBe('it has whitespace at character 4');
    expect(base64Problem('ab-d')).toBe('it has a character outside the base64 alphabet at character 2');
    expect(base64Problem('QR==')).toBe('its last character carries bits that are not data');
    expect(base64Problem(b64)).toBeUndefined();
  });
});

describe('one-line descriptions', () => {
  it('waits as the server gave them', () => {
    expect(waitText(300)).toBe('300 ms');
    expect(waitText(1000)).toBe('1 s');
    expect(waitText(1500)).toBe('1.5 s');
    expect(waitText(3_600_000)).toBe('3600 s');
  });

  it('bodies that are not JSON: images named, binary counted, text quoted', () => {
    const p = png(8, 8);
    expect(describeBody(p, 'image/png', 80)).toBe(`a PNG image, ${p.length} bytes`);
    expect(describeBody(jpeg(8, 8), undefined, 80)).toMatch(/^a JPEG image, \d+ bytes$/);
    expect(describeBody(Buffer.from([0, 1, 2, 3, 0xff]), 'application/octet-stream', 80)).toBe('5 bytes of binary data (application/octet-stream)');
    expect(describeBody(Buffer.from('<html>Bad Gateway</html>'), 'text/html', 80)).toBe('"<html>Bad Gateway</html>"');
    expect(describeBody(Buffer.from('x'.repeat(100)), undefined, 10)).toBe(`"${'x'.repeat(10)}..."`);
  });
});

describe('errors inside a 2xx body', () => {
  it('are classed by the status they stand for', () => {
    const e = (code: string | null, type: string | null = 'invalid_request_error') => ({ error: { message: 'm', type, param: null, code } });
    expect(errorInBody(e('insufficient_quota', 'insufficient_quota'))).toBe(429);
    expect(errorInBody(e('credit_balance_exhausted', 'insufficient_quota'))).toBe(429);
    expect(errorInBody(e('invalid_api_key'))).toBe(401);
    expect(errorInBody(e('model_not_found'))).toBe(404);
    expect(errorInBody(e('rate_limit_exceeded', 'requests'))).toBe(429);
    expect(errorInBody(e(null, 'server_error'))).toBe(500);
    expect(errorInBody(e('unknown_parameter'))).toBe(400);
    expect(errorInBody({ code: 402, message: 'insufficient balance' })).toBe(402);
    expect(errorInBody({ code: '401', message: 'bad key' })).toBe(401);
    expect(errorInBody({ code: 'permission_denied', message: 'The API key is missing, invalid, or not permitted to use this model.', data: null })).toBe(401);
    expect(errorInBody(e('permission_denied'))).toBe(401);
  });

  it('are not seen in a success', () => {
    expect(errorInBody({ code: 200, message: 'success', data: { taskId: 't' } })).toBeUndefined();
    expect(errorInBody({ id: 'resp_1', status: 'completed', error: null, output: [] })).toBeUndefined();
    expect(errorInBody({ data: [{ b64_json: 'AAAA' }] })).toBeUndefined();
    expect(errorInBody({ code: 'success', message: 'ok', data: { taskId: 't' } })).toBeUndefined();
    expect(errorInBody({ code: 'permission_denied', data: { taskId: 't' } })).toBeUndefined();
    expect(errorInBody([{ error: { message: 'x' } }])).toBeUndefined();
  });
});

describe('error bodies and task ids, whatever the shape the server uses', () => {
  it('reads the error from OpenAI, gateway, msg and detail shapes', () => {
    expect(apiErrorOf({ error: { message: 'm', type: 't', code: 'c', param: 'p' } }, 400)).toEqual({ message: 'm', type: 't', code: 'c', param: 'p' });
    expect(apiErrorOf({ code: 'permission_denied', message: 'no access', data: null }, 401)).toMatchObject({ code: 'permission_denied', message: 'no access' });
    expect(apiErrorOf({ code: 10031, msg: 'insufficient balance' }, 402)).toMatchObject({ code: '10031', message: 'insufficient balance' });
    // A numeric code that only repeats the HTTP status is dropped.
    expect(apiErrorOf({ code: 400, message: 'bad model' }, 400)).toMatchObject({ code: undefined, message: 'bad model' });
    expect(apiErrorOf({ detail: 'Not authenticated' }, 401)).toMatchObject({ message: 'Not authenticated' });
    expect(apiErrorOf({ detail: [{ loc: ['body', 'model'], msg: 'field required' }] }, 422)).toMatchObject({ message: 'field required' });
    expect(apiErrorOf({ error: 'invalid_api_key', message: 'Bad key' }, 401)).toMatchObject({ code: 'invalid_api_key', message: 'Bad key' });
    expect(apiErrorOf({ error: 'something broke' }, 500)).toMatchObject({ message: 'something broke' });
    expect(apiErrorOf({ data: [] }, 500)).toBeUndefined();
  });

  it("reads HiAPI's data.taskId first, then the other spellings", () => {
    expect(taskId({ code: 200, message: 'success', data: { taskId: 'a', id: 'b' } })).toBe('a');
    expect(taskId({ data: { task_id: 'c' } })).toBe('c');
    expect(taskId({ data: { id: 'd' } })).toBe('d');
    expect(taskId({ taskId: 'e' })).toBe('e');
    expect(taskId({ id: 42 })).toBe('42');
    expect(taskId({ data: {} })).toBeUndefined();
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

  it('masks a key added once the run has started (a variable the code names)', () => {
    const r = createRedactor([key]);
    const later = 'gw-Lt9Mn8Bv7Cx6Zq5Wp4Ks3Jd2';
    expect(r(`sent ${later}`)).toContain('Lt9M');
    r.add(later);
    r.add(undefined);
    expect(r(`sent ${later} and ...Ks3Jd2`)).not.toMatch(/Lt9M|Ks3J/);
    expect(r(`key ${key}`)).not.toContain('abcd');
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
    // The 2.6 flexible limits are unconfirmed: a standard size every GPT image model supports, not 1024x640.
    expect(cheapestImageRequest('gpt-image-2.6-sunburst', 'generations').size).toBe('1024x1024');
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
