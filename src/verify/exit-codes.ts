/**
 * One exit code per failure class. The table is the single source for
 * `gpt-image verify --help`, `--json` output and docs/verify.md.
 */
export const EXIT = {
  ok: 0,
  usage: 2,
  noKey: 3,
  auth: 4,
  orgUnverified: 5,
  model: 6,
  badRequest: 7,
  rateLimited: 8,
  quota: 9,
  server: 10,
  timeout: 11,
  badResponse: 12,
  network: 13,
  image: 14,
  redirect: 15,
  internal: 70,
} as const;

export type FailureKind = Exclude<keyof typeof EXIT, 'ok'>;

export const EXIT_TABLE: readonly { code: number; kind: keyof typeof EXIT; meaning: string }[] = [
  { code: EXIT.ok, kind: 'ok', meaning: 'every check passed (warnings, such as a shutdown date, do not fail)' },
  { code: EXIT.usage, kind: 'usage', meaning: 'bad option, a --from-code path that does not exist, a base URL with a query string or a plain-HTTP URL to a host that is not loopback, or a --from-code call whose base URL or key cannot be told' },
  { code: EXIT.noKey, kind: 'noKey', meaning: 'no API key in OPENAI_API_KEY (or the --api-key-env variable)' },
  { code: EXIT.auth, kind: 'auth', meaning: '401 invalid key, or permission_denied / another 403' },
  { code: EXIT.orgUnverified, kind: 'orgUnverified', meaning: '403 organisation not verified for the model' },
  { code: EXIT.model, kind: 'model', meaning: '404 model_not_found, or the model is shut down (on a task API without /models: shut down or unknown to the catalog)' },
  { code: EXIT.badRequest, kind: 'badRequest', meaning: '400 unknown_parameter / invalid_value (or another 4xx)' },
  { code: EXIT.rateLimited, kind: 'rateLimited', meaning: '429 rate limit, still limited after the bounded retries' },
  { code: EXIT.quota, kind: 'quota', meaning: '429 insufficient_quota / credit_balance_exhausted, or 402 (not retried); also inside a 200 body' },
  { code: EXIT.server, kind: 'server', meaning: '5xx, still failing after the bounded retries' },
  { code: EXIT.timeout, kind: 'timeout', meaning: 'no answer within --timeout (or the task never finished)' },
  { code: EXIT.badResponse, kind: 'badResponse', meaning: 'the answer is not JSON, is truncated, or lacks expected fields (such as the task id)' },
  { code: EXIT.network, kind: 'network', meaning: 'DNS, TLS, proxy or connection error' },
  { code: EXIT.image, kind: 'image', meaning: 'no image came back, or it does not decode as a PNG/JPEG/WebP of the expected size (or its download failed or was refused, or the task was not found)' },
  { code: EXIT.redirect, kind: 'redirect', meaning: '3xx redirect from the API: the target is shown, never followed with the key' },
  { code: EXIT.internal, kind: 'internal', meaning: 'internal error in verify itself (a bug: please report it)' },
];

/** The table as text, for --help. */
export function exitCodeHelp(): string {
  return EXIT_TABLE.map((r) => `  ${String(r.code).padStart(2)}  ${r.meaning}`).join('\n');
}
