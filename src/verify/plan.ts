/**
 * `--from-code`: where verify sends each model's checks. Every call goes to
 * its own base URL with its own key variable, as the code says; the user's
 * `--base-url` and `--api-key-env` stand in only where the code leaves them to
 * the library's default or does not spell them. A call whose base URL or key
 * cannot be told is not guessed: the run stops before any request.
 */
import { CLIENT_DEFAULTS, OPENAI_API_HOST } from '../catalog/index.js';
import type { CodeModels, CodeTarget } from './from-code.js';
import type { ApiName } from './generate.js';

export interface Target {
  baseUrl: string;
  /** `tasks`, or the API of the first call (`images` and `responses` calls to one base URL share the free checks). */
  api: ApiName;
  /** Every API the code calls there. */
  apis: ApiName[];
  keyEnv: string;
  models: string[];
  /** Where the base URL and the key variable come from, for the report; `keyNamed` when the code names the variable. */
  from: { base: string; key: string; keyNamed?: boolean };
}

export interface PlanOptions {
  /** The base URL for calls the code leaves to the default: --base-url, else OPENAI_BASE_URL, else OpenAI's. */
  baseUrl: string;
  /** True when --base-url was given: it then also stands for base URLs the code does not spell. */
  baseUrlGiven: boolean;
  apiKeyEnv: string;
  apiKeyEnvGiven: boolean;
}

export interface Plan {
  targets: Target[];
  /** Why some calls cannot be checked safely; non-empty means: stop, exit 2. */
  problems: string[];
}

export function planTargets(code: CodeModels, o: PlanOptions, env: NodeJS.ProcessEnv): Plan {
  const merged = new Map<string, Target>();
  const problems: string[] = [];
  for (const t of code.targets) {
    const calls = describeCalls(t);
    const base = baseOf(t, o, env);
    if ('problem' in base) {
      problems.push(`cannot tell where ${calls} go${base.problem}. Pass --base-url URL: it is used for every call whose base URL the code does not spell`);
      continue;
    }
    const key = keyOf(t, o, base.url);
    if ('problem' in key) {
      problems.push(`cannot tell which key ${calls} send to ${base.url}: ${key.problem}. Pass --api-key-env NAME: it is used for every call whose key the code does not name`);
      continue;
    }
    const id = JSON.stringify([base.url, t.api === 'tasks', key.name]);
    const target = merged.get(id) ?? { baseUrl: base.url, api: t.api, apis: [], keyEnv: key.name, models: [], from: { base: base.from, key: key.from, keyNamed: t.key.kind === 'env' } };
    if (!target.apis.includes(t.api)) target.apis.push(t.api);
    for (const m of t.models) if (!target.models.includes(m.id)) target.models.push(m.id);
    target.models.sort();
    merged.set(id, target);
  }
  return { targets: [...merged.values()], problems };
}

function describeCalls(t: CodeTarget): string {
  const where = t.models.flatMap((m) => m.where);
  return `the calls to ${t.models.map((m) => `\`${m.id}\``).join(', ')} (${where.slice(0, 3).join(', ')}${where.length > 3 ? ` and ${where.length - 3} more` : ''})`;
}

function baseOf(t: CodeTarget, o: PlanOptions, env: NodeJS.ProcessEnv): { url: string; from: string } | { problem: string } {
  const b = t.base;
  switch (b.kind) {
    case 'spelled':
      return { url: b.url, from: "the code's base URL" };
    case 'env': {
      const value = env[b.name]?.trim();
      if (value) return { url: value, from: `${b.name}, which the code reads` };
      if (b.fallback !== undefined) return { url: b.fallback, from: `the code's fallback (${b.name} is not set)` };
      if (o.baseUrlGiven) return { url: o.baseUrl, from: `--base-url (${b.name}, which the code reads, is not set)` };
      // \`baseURL: process.env.OPENAI_BASE_URL\` unset is the SDK's own default; with OpenAI's key variable that is OpenAI.
      const openAiKey = (t.key.kind === 'env' || t.key.kind === 'default') && t.key.name === CLIENT_DEFAULTS.apiKeyEnv && !o.apiKeyEnvGiven;
      if (b.name === CLIENT_DEFAULTS.baseUrlEnv && openAiKey) return { url: o.baseUrl, from: `the SDK's default (${b.name} is not set)` };
      return { problem: `: the code reads the base URL from ${b.name}, which is not set` };
    }
    case 'default':
      return { url: o.baseUrl, from: o.baseUrlGiven ? '--base-url' : env[CLIENT_DEFAULTS.baseUrlEnv] ? CLIENT_DEFAULTS.baseUrlEnv : "the SDK's default" };
    case 'unknown':
      if (o.baseUrlGiven) return { url: o.baseUrl, from: `--base-url (${b.why})` };
      return { problem: `: ${b.why}` };
  }
}

function keyOf(t: CodeTarget, o: PlanOptions, baseUrl: string): { name: string; from: string } | { problem: string } {
  const k = t.key;
  if (k.kind === 'env') return { name: k.name, from: 'named by the code' };
  if (o.apiKeyEnvGiven) return { name: o.apiKeyEnv, from: '--api-key-env' };
  if (k.kind === 'default') return { name: k.name, from: "the SDK's default" };
  // Only OpenAI's own key goes to OpenAI's own host without the code naming it.
  if (hostOf(baseUrl) === OPENAI_API_HOST.value) return { name: CLIENT_DEFAULTS.apiKeyEnv, from: "the SDK's default" };
  return { problem: k.why };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}
