/**
 * The HTTP side of verify, on undici: one request function with a timeout,
 * bounded retries (429 honouring retry-after, 5xx with exponential backoff),
 * HTTPS_PROXY through ProxyAgent, and every error mapped to a failure class.
 */
import { Agent, ProxyAgent, request, type Dispatcher } from 'undici';
import { VerifyFailure, apiErrorOf, errorInBody, httpFailure, isQuotaError, redirectFailure, transportFailure } from './failure.js';
import { signatureOf } from './image.js';
import { secretPart } from './redact.js';
import { joinUrl, proxyFor, refusal } from './target.js';

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface HttpOptions {
  baseUrl: string;
  apiKey: string;
  /** Per attempt, for the headers and the whole body. */
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
  /** Retries after the first attempt, for 429 rate limits and 5xx. */
  retries: number;
  /** First backoff for 5xx (doubles per retry). */
  backoffMs: number;
  /** Cap on any single wait (backoff, retry-after, task polling). */
  maxWaitMs: number;
  /** A retry-after longer than this is not waited for: the run fails at once. */
  maxRetryAfterMs: number;
  sleep: Sleep;
  /** Extra socket options (tests inject a DNS lookup here). */
  connect?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Not OpenAI itself: a 400's advice points at the gateway's documentation, not the lint rules. */
  gateway?: boolean;
  /** Told before each retry, so the report can say why it waited. */
  onRetry?: (info: { request: string; status: number; waitMs: number; attempt: number }) => void;
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
  /** Milliseconds of the attempt that answered. */
  latencyMs: number;
  attempts: number;
}

/** What a request is for: the model it concerns, and the parameters verify added itself (so a 400 on one says so). */
export interface RequestContext {
  model?: string;
  added?: readonly string[];
}

export interface JsonAnswer extends HttpAnswer {
  body: unknown;
}

const MAX_BODY = 64 * 1024 * 1024;
/** Redirects a download follows (without the key) before giving up. */
export const MAX_DOWNLOAD_REDIRECTS = 5;
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

class Timeout extends Error {}

export class HttpClient {
  private readonly dispatchers = new Map<string, Dispatcher>();
  private readonly origin: string;

  constructor(private readonly o: HttpOptions) {
    this.origin = new URL(o.baseUrl).origin;
  }

  /** A JSON request to `{base}/{path}`, with the key, retried as described. */
  async json(method: 'GET' | 'POST', path: string, payload?: unknown, ctx: RequestContext = {}): Promise<JsonAnswer> {
    const label = `${method} /${readable(path.replace(/^\/+/, ''))}`;
    const answer = await this.send(method, joinUrl(this.o.baseUrl, path), label, payload, ctx);
    const text = answer.bytes.toString('utf8');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw notJson(label, answer, text);
    }
    // An error inside a 200 is shown and classed like its HTTP twin (not retried).
    const twin = errorInBody(body);
    if (twin !== undefined) {
      throw httpFailure(twin, body, undefined, { request: label, attempts: answer.attempts, model: ctx.model, gateway: this.o.gateway, added: ctx.added, inBody: true, status: answer.status });
    }
    return { ...answer, body };
  }

  /**
   * Downloads bytes from an absolute URL (a task's output). The key is sent
   * only to the base URL's own origin, never to a CDN, and never after a
   * redirect; up to MAX_DOWNLOAD_REDIRECTS redirects are followed.
   */
  async download(rawUrl: string): Promise<HttpAnswer & { url: string; redirects: number }> {
    let url = rawUrl;
    let auth = safeUrl(url)?.origin === this.origin;
    for (let redirects = 0; ; redirects++) {
      const label = downloadLabel(url);
      if (this.holdsKey(url)) {
        throw new VerifyFailure(
          'image',
          `${label}: not fetched: the ${redirects ? 'redirect target' : 'output URL'} holds the API key, and fetching it would send the key to ${safeUrl(url)?.host ?? 'that host'}.`,
          'The server put the key into the image URL: report it to the gateway, and rotate the key if such URLs are logged or shared.',
          { request: label },
        );
      }
      const refused = refusal(url, 'download');
      if (refused) {
        throw new VerifyFailure('image', `${label}: ${refused}.`, 'The gateway returned an image URL verify will not fetch: ask the gateway for an https:// output URL.', { request: label });
      }
      let answer: HttpAnswer;
      try {
        answer = await this.send('GET', url, label, undefined, {}, auth, true);
      } catch (e) {
        if (e instanceof VerifyFailure && e.details.status !== undefined && e.kind !== 'badResponse') {
          const status = e.details.status;
          const gone = status === 403 || status === 404 || status === 410;
          throw new VerifyFailure(
            'image',
            `${label}: ${status} while downloading the image${redirects ? ` (after ${redirects} redirect(s))` : ''}.`,
            gone
              ? 'The output URL may have expired (they are short-lived): run again, and download task output promptly.'
              : 'The image host is failing: run again later.',
            e.details,
          );
        }
        throw e;
      }
      if (answer.status < 300 || answer.status >= 400) return { ...answer, url, redirects };
      const location = one(answer.headers, 'location');
      if (!location) throw new VerifyFailure('image', `${label}: ${answer.status} redirect without a Location header.`, 'The image host answered a redirect that names no target: run again, or check the gateway.', { request: label, status: answer.status });
      if (redirects >= MAX_DOWNLOAD_REDIRECTS) {
        throw new VerifyFailure('image', `${label}: more than ${MAX_DOWNLOAD_REDIRECTS} redirects while downloading the image.`, 'The image host redirects in a loop: check the gateway.', { request: label, status: answer.status });
      }
      const next = safeUrl(safeResolve(location, new URL(url)));
      if (!next) throw new VerifyFailure('image', `${label}: ${answer.status} redirect to a Location that is not a URL.`, 'The image host answered a broken redirect: check the gateway.', { request: label, status: answer.status });
      url = next.href;
      auth = false;
    }
  }

  /** True when a URL carries the key's secret part (as written or percent-encoded). */
  private holdsKey(url: string): boolean {
    const secret = secretPart(this.o.apiKey);
    if (secret.length < 8) return false;
    let decoded = url;
    try {
      decoded = decodeURIComponent(url.replace(/\+/g, ' '));
    } catch {
      // keep the raw URL
    }
    return url.includes(secret) || decoded.includes(secret);
  }

  async close(): Promise<void> {
    await Promise.all([...this.dispatchers.values()].map((d) => d.destroy().catch(() => undefined)));
    this.dispatchers.clear();
  }

  private dispatcherFor(url: URL): { dispatcher: Dispatcher; proxy?: string } {
    const proxy = proxyFor(url, this.o.env);
    const id = proxy ?? '';
    let d = this.dispatchers.get(id);
    if (!d) {
      const connect = this.o.connect ?? {};
      d = proxy ? new ProxyAgent({ uri: proxy, requestTls: connect }) : new Agent({ connect });
      this.dispatchers.set(id, d);
    }
    return { dispatcher: d, proxy };
  }

  private async send(
    method: 'GET' | 'POST',
    rawUrl: string,
    label: string,
    payload: unknown,
    ctx: RequestContext,
    auth = true,
    binary = false,
  ): Promise<HttpAnswer> {
    const url = new URL(rawUrl);
    const { dispatcher, proxy } = this.dispatcherFor(url);
    const headers: Record<string, string> = { accept: binary ? '*/*' : 'application/json', ...(auth ? this.o.headers : {}) };
    if (auth) headers.authorization = `Bearer ${this.o.apiKey}`;
    const body = payload === undefined ? undefined : JSON.stringify(payload);
    if (body !== undefined) headers['content-type'] = 'application/json';

    for (let attempt = 1; ; attempt++) {
      const started = performance.now();
      let answer: Omit<HttpAnswer, 'attempts'>;
      try {
        answer = await this.once(url, label, method, headers, body, dispatcher);
      } catch (e) {
        if (e instanceof Timeout) {
          throw new VerifyFailure(
            'timeout',
            `${label}: no complete answer within ${this.o.timeoutMs} ms.`,
            'Raise --timeout (image generation can take a minute or more), or check the network and the server.',
            { request: label, attempts: attempt },
          );
        }
        if (e instanceof VerifyFailure) throw e;
        throw transportFailure(e, label, url.host, proxy);
      }
      answer.latencyMs = Math.round(performance.now() - started);
      if (answer.status >= 200 && answer.status < 300) return { ...answer, attempts: attempt };
      if (answer.status >= 300 && answer.status < 400) {
        // A download follows it without the key; an API redirect is reported, never followed with the key.
        if (binary) return { ...answer, attempts: attempt };
        const location = one(answer.headers, 'location');
        throw redirectFailure(label, answer.status, location === undefined ? undefined : safeResolve(location, url));
      }

      const text = answer.bytes.toString('utf8');
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      const retryAfterMs = retryAfter(answer.headers);
      const retryable = (answer.status === 429 && !isQuotaError(apiErrorOf(parsed))) || answer.status >= 500;
      const tooLong = retryAfterMs !== undefined && retryAfterMs > this.o.maxRetryAfterMs;
      if (retryable && attempt <= this.o.retries && !tooLong) {
        const backoff = this.o.backoffMs * 2 ** (attempt - 1);
        const waitMs = Math.min(retryAfterMs ?? backoff, this.o.maxWaitMs);
        this.o.onRetry?.({ request: label, status: answer.status, waitMs, attempt });
        await this.o.sleep(waitMs);
        continue;
      }
      throw httpFailure(answer.status, parsed, parsed === undefined ? describeBody(answer.bytes, one(answer.headers, 'content-type'), 120) : undefined, {
        request: label,
        attempts: attempt,
        model: ctx.model,
        gateway: this.o.gateway,
        added: ctx.added,
        retryAfterSeconds: retryAfterMs === undefined ? undefined : retryAfterMs / 1000,
        retryAfterMs,
      });
    }
  }

  /** One attempt: the answer with its whole body, or a thrown error (Timeout on time-out). */
  private async once(
    url: URL,
    label: string,
    method: 'GET' | 'POST',
    headers: Record<string, string>,
    body: string | undefined,
    dispatcher: Dispatcher,
  ): Promise<Omit<HttpAnswer, 'attempts'>> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.o.timeoutMs);
    let res: Dispatcher.ResponseData<unknown>;
    try {
      res = await request(url, {
        method,
        headers,
        body,
        dispatcher,
        signal: controller.signal,
        headersTimeout: this.o.timeoutMs + 1000,
        bodyTimeout: this.o.timeoutMs + 1000,
      } as Parameters<typeof request>[1]);
    } catch (e) {
      clearTimeout(timer);
      if (timedOut || TIMEOUT_CODES.has((e as { code?: string }).code ?? '')) throw new Timeout();
      throw e;
    }
    try {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of res.body) {
        size += (chunk as Buffer).length;
        if (size > MAX_BODY) throw new VerifyFailure('badResponse', `${label}: the answer is larger than ${MAX_BODY / 1024 / 1024} MiB.`, 'Check --base-url.');
        chunks.push(chunk as Buffer);
      }
      return { status: res.statusCode, headers: res.headers, bytes: Buffer.concat(chunks), latencyMs: 0 };
    } catch (e) {
      if (timedOut || TIMEOUT_CODES.has((e as { code?: string }).code ?? '')) throw new Timeout();
      if (e instanceof VerifyFailure) throw e;
      throw new VerifyFailure(
        'badResponse',
        `${label}: the answer was cut off (${res.statusCode}, ${(e as { code?: string }).code ?? (e as Error).message}).`,
        'The connection closed mid-answer: run again; if it persists, check a proxy or gateway between you and the API.',
        { status: res.statusCode, request: label },
      );
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Milliseconds from `retry-after-ms` or `retry-after` (seconds or an HTTP date). */
export function retryAfter(headers: Record<string, string | string[] | undefined>, now = Date.now()): number | undefined {
  const ms = one(headers, 'retry-after-ms');
  if (ms !== undefined && /^\d+(\.\d+)?$/.test(ms.trim())) return Number(ms);
  const ra = one(headers, 'retry-after');
  if (ra === undefined) return undefined;
  if (/^\d+(\.\d+)?$/.test(ra.trim())) return Math.ceil(Number(ra) * 1000);
  const date = Date.parse(ra);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function notJson(label: string, answer: HttpAnswer, text: string): VerifyFailure {
  const trimmed = text.trim();
  const contentType = String(answer.headers['content-type'] ?? 'no content-type');
  const truncated = /^[[{]/.test(trimmed);
  const snippet = describeBody(answer.bytes, undefined, 80);
  return new VerifyFailure(
    'badResponse',
    truncated
      ? `${label}: ${answer.status} with truncated or malformed JSON (${answer.bytes.length} bytes, ${contentType}): ${snippet}.`
      : `${label}: ${answer.status} with a body that is not JSON (${contentType}): ${snippet}.`,
    truncated
      ? 'The answer was cut off or corrupted: run again; if it persists, check a proxy or gateway in between.'
      : 'Check --base-url: it should point at an OpenAI-compatible API (usually ending in /v1), not a web page or a login portal.',
    { status: answer.status, request: label, attempts: answer.attempts },
  );
}

/**
 * A body that is not JSON, fit for one line: an image is named with its size
 * ("a PNG image, 1234 bytes"), other binary data counted, text quoted and cut.
 * Never raw bytes.
 */
export function describeBody(bytes: Buffer, contentType: string | undefined, max: number): string {
  const format = signatureOf(bytes);
  if (format) return `a ${format} image, ${bytes.length} bytes`;
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD') || /[\u0000-\u0008\u000e-\u001f\u007f]/.test(text)) return `${bytes.length} bytes of binary data${contentType ? ` (${contentType})` : ''}`;
  const trimmed = text.trim();
  return JSON.stringify(trimmed.length > max ? `${trimmed.slice(0, max)}...` : trimmed);
}

function one(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function safeUrl(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

function safeResolve(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch {
    return location;
  }
}

/** How a download is named in messages: `GET https://host/path`, without the query (signatures, expiry). */
export function downloadLabel(raw: string): string {
  const u = safeUrl(raw);
  return u ? `GET ${u.origin}${u.pathname}` : `GET ${raw}`;
}

/** `models/gpt-image-2%2Ftext-to-image` -> `models/gpt-image-2/text-to-image`: labels name the id as the user wrote it. */
function readable(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
