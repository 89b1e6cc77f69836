/**
 * `gpt-image verify`: proves a key, a model and a request shape work, with
 * free checks and (with --generate) one cheapest real call. See
 * docs/verify.md; the work happens in src/verify/.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { todayIso } from '../catalog/index.js';
import { PACKAGE } from '../package-info.js';
import { EXIT, exitCodeHelp } from '../verify/exit-codes.js';
import { APIS, type ApiName } from '../verify/generate.js';
import { DEFAULTS, MAX_WAIT_ENV, type VerifyDeps, verify } from '../verify/run.js';
import { createRedactor, redactingIo } from '../verify/redact.js';
import { DEFAULT_BASE_URL } from '../verify/target.js';
import { UsageError, parse } from './args.js';
import type { Io } from '../io.js';

export const HELP = `Usage: gpt-image verify [options]
       gpt-image verify --from-code [paths...] [options]

Proves that a key, a model and a request shape work. Free checks first:
what the catalog knows about the model (legacy ids are reported before any
request), then GET {base}/models/{id} (visible to the key; a shutdown_date
is a warning with the days left). With --generate, one cheapest real call
(quality low, the smallest size the model accepts, one image) and the
image decoded for real: strict base64, PNG chunks and pixel data, JPEG
scans, WebP chunks, and the dimensions. --api tasks speaks the task API as
HiAPI documents it (data.taskId, then data.output[0].url); there a server
without GET /models/{id} is a note, not a failure.

Options:
  --model ID           the model to check (default: the catalog's migration target)
  --base-url URL       API base (default: OPENAI_BASE_URL or ${DEFAULT_BASE_URL});
                       https only, plain http only for 127.0.0.0/8, localhost, [::1];
                       no query string. With --from-code: for calls whose base
                       URL the code leaves to the SDK or does not spell
  --api NAME           images (default), responses or tasks, for --generate
                       (not with --from-code: each call's API comes from the code)
  --generate           make one real, billed call and check the image
  --text-model ID      top-level model for --api responses (default: from the catalog)
  --from-code          run the free checks for every model the code in [paths] calls,
                       each at the base URL, API and key variable the code uses;
                       a base URL or key it cannot tell stops the run (exit 2)
  --api-key-env NAME   read the key from NAME instead of OPENAI_API_KEY (with
                       --from-code: for calls whose key the code does not name)
  --timeout MS         per request (default ${DEFAULTS.timeoutMs})
  --retries N          retries for 429 rate limits and 5xx (default ${DEFAULTS.retries})
  --today YYYY-MM-DD   evaluate shutdown dates for this date (default: today)
  --json               one JSON document on stdout
  -h, --help

The key is never printed: no run of 4 characters of its secret part reaches
any output, error or --json. API redirects are reported (exit 15), never
followed with the key; image downloads follow up to 5 redirects, keyless.
An output URL that holds the key is not fetched.
HTTPS_PROXY / https_proxy (and NO_PROXY) are honoured. While --generate
waits, progress (task statuses, seconds waited) goes to stderr when it is
a terminal, never with --json. ${MAX_WAIT_ENV} caps
any wait (retry-after, backoff, task polling) in ms.

Exit codes:
${exitCodeHelp()}`;

export async function run(argv: string[], rawIo: Io, deps: VerifyDeps = {}): Promise<number> {
  // The single way out: every byte verify writes, from here on, is redacted.
  const io = redactingIo(rawIo, createRedactor(keysIn(argv, rawIo.env)));
  const json = argv.includes('--json');
  const usage = (msg: string, withHelp = false): number => {
    const message = `gpt-image verify: ${msg.replace(/^gpt-image verify: /, '')}`;
    if (json) {
      const failure = { kind: 'usage', exitCode: EXIT.usage, message, hint: 'Run `gpt-image verify --help` for the options.' };
      io.out(JSON.stringify({ ok: false, exitCode: EXIT.usage, tool: `${PACKAGE.name} ${PACKAGE.version}`, failure, steps: [] }, null, 2));
    } else {
      io.err(withHelp ? `${message}\n\n${HELP}` : message);
    }
    return EXIT.usage;
  };
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse('verify', argv, OPTIONS);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message, true);
    throw e;
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const api = (v.api ?? 'images') as string;
  if (!APIS.includes(api as ApiName)) return usage(`--api must be ${APIS.join(', ')}; got '${api}'`);
  const timeoutMs = v.timeout === undefined ? DEFAULTS.timeoutMs : Number(v.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) return usage('--timeout must be a positive number of milliseconds');
  const retries = v.retries === undefined ? DEFAULTS.retries : Number(v.retries);
  if (!Number.isInteger(retries) || retries < 0 || retries > 10) return usage('--retries must be an integer from 0 to 10');
  const today = (v.today as string | undefined) ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) return usage(`--today must be YYYY-MM-DD, got '${today}'`);
  const apiKeyEnv = (v['api-key-env'] as string | undefined) ?? 'OPENAI_API_KEY';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(apiKeyEnv)) return usage('--api-key-env must be an environment variable name');
  const fromCode = !!v['from-code'];
  if (fromCode && v.model !== undefined) return usage('--from-code and --model exclude each other');
  if (fromCode && v.generate) return usage('--from-code runs the free checks only; use --model ID --generate for a real call');
  if (fromCode && v.api !== undefined) return usage('--from-code takes each call\'s API from the code; drop --api');
  if (!fromCode && positionals.length) {
    const a = positionals[0];
    if (looksLikeKey(a)) return usage('unexpected argument that looks like an API key (not printed): put the key in OPENAI_API_KEY, or in a variable named by --api-key-env NAME, never on the command line');
    return usage(`unexpected argument '${a}' (paths go with --from-code)`);
  }
  if (fromCode) {
    const missing = positionals.filter((p) => !existsSync(path.resolve(io.cwd, p)));
    if (missing.length) return usage(`no such file or directory: ${missing.join(', ')}`);
  }
  const model = v.model as string | undefined;
  if (model !== undefined && !model.trim()) return usage('--model must not be empty');

  try {
    return await verify(
      {
        model,
        baseUrl: (v['base-url'] as string | undefined) ?? (io.env.OPENAI_BASE_URL || DEFAULT_BASE_URL),
        baseUrlGiven: v['base-url'] !== undefined,
        apiKeyEnvGiven: v['api-key-env'] !== undefined,
        api: api as ApiName,
        generate: !!v.generate,
        json: !!v.json,
        timeoutMs,
        apiKeyEnv,
        fromCode: fromCode ? positionals : undefined,
        today,
        textModel: v['text-model'] as string | undefined,
        retries,
      },
      io,
      deps,
    );
  } catch (e) {
    // A bug, not a finding: still redacted, since it goes through io.
    io.err(`gpt-image verify: internal error: ${(e as Error)?.stack ?? String(e)}`);
    return EXIT.internal;
  }
}

const OPTIONS = {
  model: { type: 'string' },
  'base-url': { type: 'string' },
  api: { type: 'string' },
  generate: { type: 'boolean' },
  'text-model': { type: 'string' },
  'from-code': { type: 'boolean' },
  'api-key-env': { type: 'string' },
  timeout: { type: 'string' },
  retries: { type: 'string' },
  today: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The keys a run may hold, read before the options are checked:
 * OPENAI_API_KEY, every --api-key-env variable named, and any argument that
 * looks like a key (pasted on the command line by mistake). Key variables the
 * code names (--from-code) are added once they are known.
 */
function keysIn(argv: string[], env: NodeJS.ProcessEnv): (string | undefined)[] {
  const names = new Set(['OPENAI_API_KEY']);
  argv.forEach((a, i) => {
    if (a === '--api-key-env' && argv[i + 1] !== undefined) names.add(argv[i + 1]);
    else if (a.startsWith('--api-key-env=')) names.add(a.slice('--api-key-env='.length));
  });
  const pasted = argv.flatMap((a) => a.split('=')).filter(looksLikeKey);
  return [...[...names].map((n) => env[n]), ...pasted];
}

/**
 * An argument that is a key, not a path or a model id: a known key prefix, or
 * a long random-looking token (no dots or slashes, letters and digits
 * alternating often, as words and dates do not).
 */
function looksLikeKey(a: string): boolean {
  if (/^(?:sk|sess|rk)-[A-Za-z0-9_-]{16,}$/.test(a) || /^hiapi[-_][A-Za-z0-9]{12,}$/.test(a)) return true;
  if (a.length < 20 || !/^[A-Za-z0-9_-]+$/.test(a)) return false;
  return (a.match(/[A-Za-z][0-9]|[0-9][A-Za-z]/g) ?? []).length >= 4;
}
