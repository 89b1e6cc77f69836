/**
 * Failures and how HTTP answers and transport errors map onto them. Each
 * failure carries its exit code, one line naming the cause, and what to do.
 */
import { ORG_VERIFICATION_URL, isKnownImageModel } from '../catalog/index.js';
import { EXIT, type FailureKind } from './exit-codes.js';

export interface FailureDetails {
  status?: number;
  /** `error.type` / `error.code` / `error.param` from an OpenAI error body. */
  type?: string | null;
  code?: string | null;
  param?: string | null;
  /** The request that failed, e.g. `POST /images/generations`. */
  request?: string;
  /** How many attempts were made (retries included). */
  attempts?: number;
  /** Seconds the server asked to wait (429 retry-after), as given: 0.3 for `retry-after-ms: 300`. */
  retryAfterSeconds?: number;
  /** The same wait in milliseconds. */
  retryAfterMs?: number;
  /** For an error carried inside a 2xx answer: the HTTP status it stands for (its twin), by which it is classed. */
  bodyStatus?: number;
  /** The server's own error message, when it gave one. */
  serverMessage?: string;
  /** Where a 3xx pointed. */
  location?: string;
}

export class VerifyFailure extends Error {
  readonly exitCode: number;
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly hint: string,
    readonly details: FailureDetails = {},
  ) {
    super(message);
    this.exitCode = EXIT[kind];
  }
}

/** The `error` object of an OpenAI error body, when there is one. */
export interface ApiErrorBody {
  message?: string;
  type?: string | null;
  code?: string | null;
  param?: string | null;
}

/**
 * The error an answer carries, whatever the body's shape: OpenAI's `error`
 * object (or string), a gateway's top-level `code` / `message` / `msg`
 * (HiAPI: `{ "code": "permission_denied", "message": "..." }`), or a
 * `detail` (string, object or FastAPI's list). A numeric `code` equal to the
 * HTTP status says nothing and is dropped.
 */
export function apiErrorOf(body: unknown, status?: number): ApiErrorBody | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const b = body as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const code = (v: unknown) => str(v) ?? (typeof v === 'number' && v !== status ? String(v) : undefined);
  const messageOf = (o: Record<string, unknown>) => str(o.message) ?? str(o.msg) ?? str(o.error_description) ?? str(o.error_message);
  const e = b.error;
  if (e && typeof e === 'object' && !Array.isArray(e)) {
    const o = e as Record<string, unknown>;
    const nullable = (v: unknown) => (v === null ? null : undefined);
    return {
      message: messageOf(o) ?? messageOf(b),
      type: str(o.type) ?? nullable(o.type),
      code: code(o.code) ?? nullable(o.code) ?? code(b.code),
      param: str(o.param) ?? nullable(o.param),
    };
  }
  const detail = detailOf(b.detail);
  const found: ApiErrorBody = {
    message: str(e) ?? messageOf(b) ?? detail,
    type: str(b.type),
    code: code(b.code) ?? str(b.error_code),
    param: str(b.param),
  };
  // `error: "permission_denied"` with a separate message: the string is the code.
  if (str(e) && messageOf(b) && !found.code) found.code = str(e);
  if (found.code && str(e) === found.code) found.message = messageOf(b) ?? detail;
  return found.message !== undefined || found.code ? found : undefined;
}

function detailOf(d: unknown): string | undefined {
  if (typeof d === 'string' && d) return d;
  if (Array.isArray(d)) {
    const parts = d.map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' ? detailOf((x as Record<string, unknown>).msg ?? (x as Record<string, unknown>).message) : undefined)).filter(Boolean);
    return parts.length ? parts.join('; ') : undefined;
  }
  if (d && typeof d === 'object') return detailOf((d as Record<string, unknown>).message ?? (d as Record<string, unknown>).msg);
  return undefined;
}

const QUOTA_CODES = new Set(['insufficient_quota', 'credit_balance_exhausted']);

/** True when a 429 is about money, not speed: never retried. */
export function isQuotaError(err: ApiErrorBody | undefined): boolean {
  return !!err && (QUOTA_CODES.has(err.code ?? '') || QUOTA_CODES.has(err.type ?? ''));
}

/** The parameter a 400 names: `error.param`, else the one quoted in the message. */
function paramOf(err: ApiErrorBody | undefined): string | undefined {
  if (err?.param) return err.param;
  const m = err?.message && /(?:parameter|param)[:\s]+'([^']+)'/i.exec(err.message);
  return m ? m[1] : undefined;
}

const short = (text: string | undefined, max = 300) =>
  text === undefined ? '' : text.length > max ? `${text.slice(0, max)}...` : text;

/**
 * Maps a final HTTP error answer (after any retries) to a failure.
 * `snippet` is the start of a body that was not JSON.
 */
export function httpFailure(
  status: number,
  body: unknown,
  snippet: string | undefined,
  details: FailureDetails & { model?: string; gateway?: boolean; added?: readonly string[]; inBody?: boolean },
): VerifyFailure {
  const err = apiErrorOf(body, status);
  const { model: _model, gateway, added, inBody, ...rest } = details;
  const d: FailureDetails = { ...rest, status: inBody ? (details.status ?? 200) : status, type: err?.type, code: err?.code, param: err?.param, serverMessage: err?.message };
  if (inBody) d.bodyStatus = status;
  const codeTag = err?.code ? ` ${err.code}` : '';
  // An error inside a 2xx: said as such, and classed like the status it stands for.
  const bare = inBody
    ? `${details.request ?? 'request'}: ${d.status} with an error in the body (${err?.code ?? `code ${status}`})`
    : `${details.request ?? 'request'}: ${status}`;
  const what = inBody ? bare : `${bare}${codeTag}`;
  const said = err?.message ? ` "${short(err.message)}"` : snippet ? ` (body is not an OpenAI error: ${snippet})` : '';

  if (status === 401 || err?.code === 'permission_denied' || err?.code === 'invalid_api_key') {
    return new VerifyFailure(
      'auth',
      `${what}: the key was rejected.${said}`,
      status === 401
        ? 'Check the key (a new key, the right project, no stray whitespace) and that it belongs to the organisation that owns the model.'
        : 'The key is valid but lacks permission: give its project access to the model (or use a key with "All" permissions).',
      d,
    );
  }
  if (status === 403) {
    const text = err?.message ?? snippet ?? '';
    if (/verif/i.test(text)) {
      const url = /https:\/\/[^\s"')]+/.exec(text)?.[0]?.replace(/[.,]$/, '') ?? ORG_VERIFICATION_URL.value;
      return new VerifyFailure(
        'orgUnverified',
        `${bare}: the organisation must be verified to use ${details.model ? `\`${details.model}\`` : 'this model'}.`,
        `Verify the organisation at ${url} (click "Verify Organization"); access can take up to 15 minutes to propagate.`,
        d,
      );
    }
    return new VerifyFailure(
      'auth',
      `${what}: the request is not permitted.${said}`,
      'Check that the key, its project and its region may use this model.',
      d,
    );
  }
  if (status === 402 || (status === 429 && isQuotaError(err))) {
    return new VerifyFailure(
      'quota',
      `${what}: the account has no quota or credit left.${said}`,
      'Add credit or raise the spending limit in the billing settings; retrying does not help.',
      d,
    );
  }
  if (status === 429) {
    const waitMs = details.retryAfterMs ?? (details.retryAfterSeconds === undefined ? undefined : details.retryAfterSeconds * 1000);
    const wait = waitMs !== undefined ? ` (the server asks to wait ${waitText(waitMs)})` : '';
    return new VerifyFailure(
      'rateLimited',
      `${what}: rate limited after ${details.attempts ?? 1} attempt(s)${wait}.${said}`,
      'Wait and run again, or lower the request rate; image limits are per minute and per tier.',
      d,
    );
  }
  if (status === 404) {
    const text = err?.message ?? '';
    if (err?.code === 'model_not_found' || /\bmodel\b/i.test(text)) {
      const gone = /deprecat|shut ?down|retired/i.test(text);
      return new VerifyFailure(
        'model',
        `${what}: ${gone ? 'the model is shut down' : 'the model does not exist or this key cannot use it'}.${said}`,
        gone ? 'Move to a current model (`gpt-image models` lists them).' : 'Check the id (`gpt-image models`) and that the key\'s project has access to it.',
        d,
      );
    }
    return new VerifyFailure(
      'badRequest',
      `${bare}: the server has no such endpoint.${said}`,
      'Check --base-url (it usually ends in /v1) and --api: this server may not offer that API.',
      d,
    );
  }
  if (status >= 500) {
    return new VerifyFailure(
      'server',
      `${bare}: server error after ${details.attempts ?? 1} attempt(s).${said}`,
      'The service is failing; try again later and check the provider\'s status page.',
      d,
    );
  }
  const param = paramOf(err);
  const code = err?.code ?? undefined;
  const plain = details.model ? plainIdOf(details.model) : undefined;
  let hint = gateway
    ? 'The gateway rejected the request: check the model id and the parameters against the gateway\'s own documentation.'
    : 'Fix the request to match what this model accepts (`gpt-image models` and the lint rules know the parameters).';
  if (plain) hint = `\`${details.model}\` is not a model id: use the plain id \`${plain}\`.`;
  else if (param && added?.includes(bareParam(param))) {
    hint =
      `verify added \`${bareParam(param)}\` itself, to make the cheapest call; your code need not send it. ` +
      `This server or \`${details.model ?? 'the model'}\` does not accept it${code === 'unknown_parameter' ? '' : ' with that value'}: ` +
      'check --model (an id that takes it), or run without --generate (the free checks send no parameters).';
  } else if (code === 'unknown_parameter' && param) hint = `This server or model does not accept \`${param}\`: remove it.`;
  else if ((code === 'invalid_value' || code === 'unsupported_value') && param) hint = `Change \`${param}\` to a value this model accepts.`;
  else if (code === 'moderation_blocked') hint = 'The prompt or the image was blocked by moderation; do not retry the same request.';
  return new VerifyFailure(
    'badRequest',
    `${what}${param ? ` on parameter \`${param}\`` : ''}: the request was rejected.${said}`,
    hint,
    { ...d, param: param ?? d.param },
  );
}

/** `tools[0].quality` -> `quality`: the parameter's own name. */
function bareParam(param: string): string {
  return param.replace(/^tools\[\d+\]\./, '');
}

/** `300 ms`, `1.5 s`, `2 s`: a wait as the server gave it, not rounded up to a second. */
export function waitText(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/**
 * The HTTP status each documented error code comes with (facts sheet §4, and
 * HiAPI's 401 `permission_denied`, §13): how an error inside a 2xx is classed.
 */
const TWIN_STATUS: Readonly<Record<string, number>> = {
  invalid_api_key: 401,
  permission_denied: 401,
  insufficient_quota: 429,
  credit_balance_exhausted: 429,
  rate_limit_exceeded: 429,
  model_not_found: 404,
  unknown_parameter: 400,
  invalid_value: 400,
  unsupported_value: 400,
  moderation_blocked: 400,
};

/**
 * An error carried inside a 2xx answer, as the HTTP status it stands for:
 * OpenAI's `{"error": {...}}` envelope (classed by its code: quota -> 429,
 * invalid key -> 401, unknown model -> 404, ...; `server_error` -> 500; any
 * other -> 400), a gateway's numeric top-level `code` of 400-599 (HiAPI's
 * `{"code":402,"message":"insufficient balance"}`), or a documented error
 * code at the top level with no `data` (`{"code":"permission_denied",...}`).
 * Undefined for a success (HiAPI's `{"code":200,...}`, a Responses `error: null`).
 */
export function errorInBody(body: unknown): number | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const b = body as Record<string, unknown>;
  const numeric = typeof b.code === 'number' ? b.code : typeof b.code === 'string' && /^\d{3}$/.test(b.code) ? Number(b.code) : undefined;
  if (numeric !== undefined && numeric >= 400 && numeric < 600) return numeric;
  if (typeof b.code === 'string' && TWIN_STATUS[b.code] && (b.data === undefined || b.data === null)) return TWIN_STATUS[b.code];
  if (!b.error || typeof b.error !== 'object' || Array.isArray(b.error)) return undefined;
  const err = apiErrorOf(body);
  if (!err || (!err.message && !err.code)) return undefined;
  if (isQuotaError(err)) return 429;
  if (err.code && TWIN_STATUS[err.code]) return TWIN_STATUS[err.code];
  if (err.type === 'server_error') return 500;
  return 400;
}

/** `gpt-image-2/text-to-image`, `openai/gpt-image-2` -> `gpt-image-2`: the known image model inside a suffixed or prefixed id. */
export function plainIdOf(id: string): string | undefined {
  if (!id.includes('/')) return undefined;
  return id.split('/').find((part) => isKnownImageModel(part));
}

/** A 3xx from the API: reported with its target, never followed with the key. */
export function redirectFailure(request: string, status: number, location: string | undefined): VerifyFailure {
  return new VerifyFailure(
    'redirect',
    `${request}: ${status} redirect ${location ? `to ${location}` : 'without a Location header'}; verify does not follow redirects with the key.`,
    location
      ? 'If you trust the target, pass its base URL as --base-url (a redirect often means http vs https, a missing /v1, or a moved gateway).'
      : 'Check --base-url: the server answered with a redirect that names no target.',
    { request, status, location },
  );
}

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);
const CONNECTION = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'UND_ERR_CONNECT_TIMEOUT']);

function errorChain(e: unknown): { code?: string; message: string; name?: string }[] {
  const chain: { code?: string; message: string; name?: string }[] = [];
  let cur: unknown = e;
  for (let i = 0; cur && i < 6; i++) {
    const o = cur as { code?: unknown; message?: unknown; name?: unknown; cause?: unknown };
    chain.push({ code: typeof o.code === 'string' ? o.code : undefined, message: String(o.message ?? cur), name: typeof o.name === 'string' ? o.name : undefined });
    cur = o.cause;
  }
  return chain;
}

/** Maps an error thrown before any HTTP answer (DNS, TLS, proxy, refused) to a failure. */
export function transportFailure(e: unknown, request: string, host: string, viaProxy: string | undefined): VerifyFailure {
  const chain = errorChain(e);
  const codes = chain.map((c) => c.code ?? '');
  const messages = chain.map((c) => c.message).join(' / ');
  const code = codes.find(Boolean);
  const d: FailureDetails = { request, code: code ?? null };
  if (codes.some((c) => DNS.has(c))) {
    return new VerifyFailure('network', `${request}: DNS lookup of ${host} failed (${code}).`, 'Check the host name in --base-url and the machine\'s DNS / network.', d);
  }
  if (codes.some((c) => /^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|EPROTO)/.test(c)) || /SSL|TLS|certificate/i.test(messages)) {
    return new VerifyFailure(
      'network',
      `${request}: TLS handshake with ${host} failed (${code ?? 'TLS error'}: ${tlsReason(chain[chain.length - 1].message)}).`,
      'The server is not speaking valid HTTPS for this host: check the URL and port, the certificate, or a TLS-intercepting proxy (NODE_EXTRA_CA_CERTS).',
      d,
    );
  }
  if (viaProxy && /proxy/i.test(messages)) {
    return new VerifyFailure('network', `${request}: the proxy ${viaProxy} refused the tunnel to ${host} (${short(messages, 160)}).`, 'Check HTTPS_PROXY / NO_PROXY and the proxy\'s credentials.', d);
  }
  if (codes.some((c) => CONNECTION.has(c))) {
    return new VerifyFailure(
      'network',
      `${request}: connection to ${viaProxy ? `the proxy ${viaProxy}` : host} failed (${code}).`,
      viaProxy ? 'Check HTTPS_PROXY and that the proxy is running.' : 'Check --base-url (host and port) and that the server is reachable from here.',
      d,
    );
  }
  return new VerifyFailure('network', `${request}: request to ${host} failed (${code ?? chain[0]?.name ?? 'error'}: ${short(messages, 200)}).`, 'Check the network and --base-url.', d);
}

/** "...:SSL routines:ssl3_get_record:wrong version number:..." -> "wrong version number". */
function tlsReason(message: string): string {
  const m = /routines:[^:]*:([^:]+):/.exec(message);
  return short(m ? m[1] : message.split('\n')[0].trim(), 160);
}
