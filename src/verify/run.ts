/**
 * One verify run: find the targets (the one the options name, or with
 * --from-code each call's own base URL, API and key variable), refuse unsafe
 * URLs, report what the catalog knows, then per target check the key is
 * there and run the free checks per model, then (with --generate) one real
 * call. Returns the exit code. `io` must be the redacting one
 * (src/cli/verify.ts builds it): it is the only way out.
 */
import { DEFAULT_TARGET, DEFAULT_TEXT_MODEL } from '../catalog/index.js';
import type { Io } from '../io.js';
import { PACKAGE } from '../package-info.js';
import { catalogStep, modelSteps } from './checks.js';
import { EXIT } from './exit-codes.js';
import { VerifyFailure } from './failure.js';
import type { CodeModels } from './from-code.js';
import { type ApiName, type Generation, generate } from './generate.js';
import { HttpClient, type Sleep, realSleep } from './http.js';
import type { Redacted } from './redact.js';
import { Reporter } from './report.js';
import { type Target, planTargets } from './plan.js';
import { refusal } from './target.js';

export interface VerifyOptions {
  model?: string;
  baseUrl: string;
  /** True when --base-url was given (with --from-code it then also stands for base URLs the code does not spell). */
  baseUrlGiven?: boolean;
  api: ApiName;
  generate: boolean;
  json: boolean;
  timeoutMs: number;
  apiKeyEnv: string;
  /** True when --api-key-env was given (with --from-code it then stands for keys the code does not name). */
  apiKeyEnvGiven?: boolean;
  /** Paths for --from-code; undefined without it. */
  fromCode?: string[];
  today: string;
  textModel?: string;
  retries: number;
}

/** What tests (and only tests) replace. */
export interface VerifyDeps {
  sleep?: Sleep;
  /** Socket options for undici's connector, e.g. a DNS `lookup`. */
  connect?: Record<string, unknown>;
  maxPolls?: number;
  /** How often a long wait prints a progress line (ms). */
  progressEveryMs?: number;
}

export const DEFAULTS = {
  timeoutMs: 120_000,
  retries: 2,
  backoffMs: 1_000,
  maxWaitMs: 60_000,
  pollMs: 2_000,
  maxPolls: 150,
  progressEveryMs: 10_000,
} as const;

/** Env var that caps every wait (retry-after, backoff, task polls), in ms. */
export const MAX_WAIT_ENV = 'GPT_IMAGE_VERIFY_MAX_WAIT_MS';

export async function verify(o: VerifyOptions, io: Redacted<Io>, deps: VerifyDeps = {}): Promise<number> {
  const report = new Reporter(io, o.json);
  const doc: Record<string, unknown> = {
    tool: `${PACKAGE.name} ${PACKAGE.version}`,
    baseUrl: o.baseUrl,
    api: o.api,
    generate: o.generate,
    today: o.today,
  };
  let targets: Target[] = [];
  const finish = (code: number, failure?: VerifyFailure): number => {
    if (o.json) {
      const f = failure ? { kind: failure.kind, exitCode: failure.exitCode, message: failure.message, hint: failure.hint, ...failure.details } : null;
      report.document({ ok: code === EXIT.ok, exitCode: code, ...doc, failure: f });
    } else if (code === EXIT.ok) {
      report.line(`\nOK: verified at ${[...new Set(targets.map((t) => t.baseUrl))].join(', ') || o.baseUrl}.`);
    } else if (failure) {
      report.line(`\nFailed (exit ${code}): ${failure.kind}.`);
    }
    return code;
  };
  /** A usage failure found before any request: stderr in text mode, the document with --json. */
  const usage = (f: VerifyFailure): number => {
    if (o.json) return finish(f.exitCode, f);
    report.error(`${f.message}\n  -> ${f.hint}`);
    return f.exitCode;
  };

  if (o.fromCode) {
    const paths = o.fromCode.length ? o.fromCode : ['.'];
    report.line(`gpt-image verify: the models the code in ${paths.join(', ')} calls, each at its own base URL, free checks`);
    // The parser loads only when --from-code needs it.
    const { collectModels } = await import('./from-code.js');
    const code: CodeModels = collectModels(paths, io.cwd);
    doc.code = code;
    for (const s of code.skipped) report.add({ status: 'warn', check: 'from-code', message: `from-code: skipped ${s.file}: ${s.reason}` });
    if (!code.models.length) {
      report.add({ status: 'warn', check: 'from-code', message: `from-code: no image model ids found in ${code.files} file(s); nothing to verify.` });
      doc.models = [];
      return finish(EXIT.ok);
    }
    for (const m of code.models) report.add({ status: 'info', check: 'from-code', model: m.id, message: `from-code: \`${m.id}\` at ${m.where.slice(0, 3).join(', ')}${m.where.length > 3 ? ` and ${m.where.length - 3} more` : ''}` });
    const plan = planTargets(code, { baseUrl: o.baseUrl, baseUrlGiven: !!o.baseUrlGiven, apiKeyEnv: o.apiKeyEnv, apiKeyEnvGiven: !!o.apiKeyEnvGiven }, io.env);
    doc.models = code.models.map((m) => m.id);
    if (plan.problems.length) {
      return usage(new VerifyFailure('usage', `gpt-image verify: ${plan.problems.join('; ')}.`, 'verify sends a key only to a host the code or you name; nothing was sent.'));
    }
    targets = plan.targets;
    doc.targets = targets;
    // Each target has its own base URL and API: the top-level fields name them only when there is one.
    doc.baseUrl = targets.length === 1 ? targets[0].baseUrl : null;
    doc.api = targets.length === 1 ? targets[0].api : null;
    for (const t of targets) {
      report.add({ status: 'info', check: 'from-code', message: `from-code: ${t.models.map((m) => `\`${m}\``).join(', ')} at ${t.baseUrl} (${t.from.base}), ${t.apis.join(' and ')} API, key from ${t.keyEnv} (${t.from.key})` });
    }
  } else {
    targets = [{ baseUrl: o.baseUrl, api: o.api, apis: [o.api], keyEnv: o.apiKeyEnv, models: [o.model ?? DEFAULT_TARGET.value], from: { base: '', key: '' } }];
    doc.models = targets[0].models;
  }

  // No request to a URL that is refused, for any target.
  for (const t of targets) {
    const refused = refusal(t.baseUrl);
    if (refused) {
      const hint = /query|fragment/.test(refused) ? 'Pass the base URL alone, for example https://api.openai.com/v1: verify adds the paths.' : 'Use an https:// base URL.';
      return usage(new VerifyFailure('usage', `gpt-image verify: ${refused}.`, hint, {}));
    }
  }
  if (!o.fromCode) report.line(`gpt-image verify: ${targets[0].models.join(', ')} at ${o.baseUrl}${o.generate ? `, --generate through the ${o.api} API` : ', free checks'}`);

  // What the catalog knows comes first, before any request.
  for (const id of doc.models as string[]) report.add(catalogStep(id, o.today));

  // Every key this run may send is masked from every output, before it is used.
  for (const t of targets) io.protect(io.env[t.keyEnv]);

  const maxWait = Number(io.env[MAX_WAIT_ENV]);
  const maxWaitMs = Number.isFinite(maxWait) && maxWait >= 0 && io.env[MAX_WAIT_ENV] !== '' ? maxWait : DEFAULTS.maxWaitMs;
  const sleep = deps.sleep ?? realSleep;
  const headers: Record<string, string> = { 'user-agent': `${PACKAGE.name}/${PACKAGE.version} (gpt-image verify)` };
  if (io.env.OPENAI_ORG_ID) headers['openai-organization'] = io.env.OPENAI_ORG_ID;
  if (io.env.OPENAI_PROJECT_ID) headers['openai-project'] = io.env.OPENAI_PROJECT_ID;
  // Live progress only for a person watching: stderr a terminal, and no --json.
  const progress = !o.json && io.errIsTTY ? (text: string) => io.err(`  ... ${text}`) : undefined;

  let first: VerifyFailure | undefined;
  for (const t of targets) {
    const key = io.env[t.keyEnv]?.trim() || undefined;
    if (!key) {
      const f = new VerifyFailure(
        'noKey',
        `no API key: ${t.keyEnv} is not set${o.fromCode ? ` (the key for ${t.baseUrl})` : ''}.`,
        t.from.keyNamed
          ? `Set ${t.keyEnv}: the code reads the key for ${t.baseUrl} from it.`
          : t.keyEnv === 'OPENAI_API_KEY'
            ? 'Set OPENAI_API_KEY, or name another variable with --api-key-env NAME.'
            : `Set ${t.keyEnv}, or drop --api-key-env to use OPENAI_API_KEY.`,
      );
      report.failure(f);
      first ??= f;
      if (!o.fromCode) break;
      continue;
    }
    const client = new HttpClient({
      baseUrl: t.baseUrl,
      apiKey: key,
      timeoutMs: o.timeoutMs,
      env: io.env,
      retries: o.retries,
      backoffMs: DEFAULTS.backoffMs,
      maxWaitMs,
      maxRetryAfterMs: DEFAULTS.maxWaitMs,
      sleep,
      connect: deps.connect,
      headers,
      gateway: t.api === 'tasks' || !isOpenAI(t.baseUrl),
      onRetry: (r) =>
        report.add({
          status: 'info',
          check: r.request,
          message: `${r.request}: ${r.status}, retrying in ${r.waitMs} ms (attempt ${r.attempt + 1} of ${o.retries + 1}).`,
          data: { retry: r },
        }),
    });
    try {
      for (const id of t.models) {
        try {
          for (const s of await modelSteps(client, id, o.today, t.api === 'tasks', o.generate)) report.add(s);
        } catch (e) {
          if (!(e instanceof VerifyFailure)) throw e;
          report.failure(e, id);
          first ??= e;
          if (!o.fromCode) break;
        }
      }
      if (o.generate && !first) {
        const model = t.models[0];
        try {
          const g = await generate(client, {
            api: t.api,
            model,
            textModel: o.textModel ?? DEFAULT_TEXT_MODEL.value,
            pollMs: Math.min(DEFAULTS.pollMs, maxWaitMs),
            maxPolls: deps.maxPolls ?? DEFAULTS.maxPolls,
            sleep,
            progress,
            progressEveryMs: deps.progressEveryMs ?? DEFAULTS.progressEveryMs,
          });
          doc.generation = g;
          for (const s of generationSteps(g)) report.add(s);
        } catch (e) {
          if (!(e instanceof VerifyFailure)) throw e;
          report.failure(e, model);
          first = e;
        }
      }
    } catch (e) {
      // A bug, not a finding: still redacted.
      const f = new VerifyFailure('internal', `gpt-image verify: internal error: ${(e as Error)?.stack ?? String(e)}`, 'Please report this with the command line (not the key).');
      report.failure(f);
      return finish(f.exitCode, f);
    } finally {
      await client.close();
    }
  }
  return finish(first ? first.exitCode : EXIT.ok, first);
}

function generationSteps(g: Generation): ReturnType<typeof catalogStep>[] {
  const sent = Object.entries(g.api === 'responses' ? ((g.request.body.tools as Record<string, unknown>[])[0] ?? {}) : g.request.body)
    .filter(([k]) => k !== 'prompt' && k !== 'input' && k !== 'type')
    .map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(', ');
  const via = g.api === 'responses' ? ` with ${String(g.request.body.model)} calling the image_generation tool` : '';
  const retried = g.attempts > 1 ? ` after ${g.attempts} attempts` : '';
  const t = g.task;
  const steps: ReturnType<typeof catalogStep>[] = [
    t
      ? {
          status: 'ok',
          check: g.request.endpoint,
          model: g.model,
          message:
            `${g.request.endpoint}: task ${t.id} accepted in ${t.submitMs} ms${retried} (${sent}); ` +
            `result after ${t.resultMs} ms of polling (${(g.statuses ?? []).join(' -> ')}); ` +
            `image downloaded in ${t.downloadMs} ms${t.redirects ? ` after ${t.redirects} redirect(s)` : ''}.`,
          data: { latencyMs: g.latencyMs, attempts: g.attempts, ...t, statuses: g.statuses },
        }
      : {
          status: 'ok',
          check: g.request.endpoint,
          model: g.model,
          message: `${g.request.endpoint}: answered in ${g.latencyMs} ms${retried}${via} (${sent}).`,
          data: { latencyMs: g.latencyMs, attempts: g.attempts },
        },
    {
      status: 'ok',
      check: 'image',
      model: g.model,
      message: `image: ${g.image.format.toUpperCase()} ${g.image.width}x${g.image.height}, ${g.image.bytes} bytes${g.expected ? (g.expectedFrom === 'task' ? ', the size the task reports' : ', the requested size') : ' (no size to compare with: the task API takes none)'}.`,
      data: { ...g.image },
    },
  ];
  if (g.usage) {
    const u = g.usage;
    const n = (v: number | undefined) => (v === undefined ? '?' : String(v));
    steps.push({ status: 'info', check: 'usage', model: g.model, message: `usage (${u.of}): ${n(u.inputTokens)} input, ${n(u.outputTokens)} output, ${n(u.totalTokens)} total tokens.`, data: { ...u } });
  } else {
    steps.push({ status: 'info', check: 'usage', model: g.model, message: 'usage: the answer reports no token usage.' });
  }
  const size = g.expected ? `${g.expected.width}x${g.expected.height}` : undefined;
  if (g.cost) {
    const basis = g.cost.basis === 'per-image' ? 'per-image price' : 'token prices times the usage';
    steps.push({
      status: 'info',
      check: 'cost',
      model: g.model,
      message: `estimated cost: $${g.cost.usd.toFixed(4)} (catalog ${basis}${g.cost.unconfirmed ? ', unconfirmed' : ''}${g.cost.note ? `; ${g.cost.note}` : ''}).`,
      data: { ...g.cost },
    });
  } else {
    steps.push({ status: 'info', check: 'cost', model: g.model, message: `estimated cost: not available (the catalog has no per-image price for \`${g.model}\`${size ? ` at ${size}` : ''}, and no image-token usage to price).` });
  }
  return steps;
}

function isOpenAI(baseUrl: string): boolean {
  try {
    return new URL(baseUrl).hostname.toLowerCase() === 'api.openai.com';
  } catch {
    return false;
  }
}
