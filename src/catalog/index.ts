/**
 * The catalog's public face: the data, and small read-only queries over it.
 * Nothing outside `src/catalog/` names a model id or a parameter rule.
 */
import { MODELS } from './models.js';
import { DEFAULT_TEXT_MODEL, TEXT_MODELS, activeTextModels, isShuttingDownTextModel } from './responses.js';
import { RETURNS_URL } from './results.js';
import type { Endpoint, ModelRecord, ParamRule, SizeRule, Status } from './types.js';

export * from './types.js';
export { sources, type SourceKey } from './sources.js';
export { MODELS } from './models.js';
export { COMBINATIONS, EXCLUSIONS, TOOL_BASE } from './params.js';
export * from './migration.js';
export * from './responses.js';
export * from './results.js';
export * from './gateways.js';
export * from './requests.js';
export * from './shapes.js';
export * from './choices.js';

const byId = new Map<string, ModelRecord>(MODELS.map((m) => [m.id, m]));

export function getModel(id: string): ModelRecord | undefined {
  return byId.get(id);
}

export function isKnownImageModel(id: string): boolean {
  return byId.has(id);
}

/** The current date as YYYY-MM-DD (UTC). */
export function todayIso(now?: Date): string {
  if (now) return now.toISOString().slice(0, 10);
  // Asked per file and rule: the date is formatted once per UTC day.
  const ms = Date.now();
  if (ms >= today.until || ms < today.from) {
    const day = new Date(ms).toISOString().slice(0, 10);
    const from = Date.parse(`${day}T00:00:00Z`);
    today = { day, from, until: from + 86_400_000 };
  }
  return today.day;
}
let today = { day: '', from: 0, until: 0 };

/** Whole days from `today` to `date` (negative when past). */
export function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export function statusOn(model: ModelRecord, today: string): Status {
  if (model.shutdown && model.shutdown.value <= today) return 'shut-down';
  if (model.deprecated) return model.deprecated.value <= today ? 'deprecated' : 'active';
  // A shutdown date known without a deprecation date counts as a deprecation.
  return model.shutdown ? 'deprecated' : 'active';
}

export function paramRule(model: ModelRecord, endpoint: Endpoint, param: string): ParamRule | undefined {
  const table = model.endpoints[endpoint];
  return table && Object.prototype.hasOwnProperty.call(table, param) ? table[param] : undefined;
}

export function sizeRule(model: ModelRecord, endpoint: Endpoint): SizeRule | undefined {
  const rule = paramRule(model, endpoint, 'size');
  return rule?.kind === 'size' ? rule.rule : undefined;
}

export interface SizeVerdict {
  ok: boolean;
  /** Why a size is rejected ("1000 is not divisible by 16"). */
  reason?: string;
  /** Accepted, but documented as experimental. */
  experimental?: boolean;
}

/** 8294400 -> 8,294,400 (without Intl, which is slow on a hot path). */
export const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Checks a `size` string against a size rule. */
export function checkSize(rule: SizeRule, size: string): SizeVerdict {
  if (rule.kind === 'fixed') {
    return rule.sizes.includes(size)
      ? { ok: true }
      : { ok: false, reason: `${size} is not one of ${rule.sizes.join(', ')}` };
  }
  if (rule.keywords.includes(size)) return { ok: true };
  const m = /^(\d+)x(\d+)$/.exec(size);
  if (!m) return { ok: false, reason: `'${size}' is not WIDTHxHEIGHT (for example 1536x1024) or ${rule.keywords.join(', ')}` };
  if (rule.rejects?.sizes.includes(size)) return { ok: false, reason: `${size} is ${rule.rejects.reason}` };
  // Limits that rest on secondary sources are not checked (and give no experimental flag).
  if (rule.limitsUnconfirmed) return { ok: true };
  const w = Number(m[1]);
  const h = Number(m[2]);
  for (const edge of [w, h]) {
    if (edge % rule.multipleOf !== 0) return { ok: false, reason: `${edge} is not divisible by ${rule.multipleOf}` };
  }
  if (Math.max(w, h) > rule.maxEdge) return { ok: false, reason: `${Math.max(w, h)} is above the ${rule.maxEdge}-pixel edge limit` };
  const long = Math.max(w, h);
  const short = Math.min(w, h);
  if (short === 0 || long / short > rule.maxRatio) {
    return { ok: false, reason: `${size} is ${w >= h ? 'wider' : 'taller'} than ${rule.maxRatio}:1` };
  }
  const px = w * h;
  if (px < rule.minPixels) return { ok: false, reason: `${size} is below the ${formatCount(rule.minPixels)}-pixel minimum` };
  if (px > rule.maxPixels) return { ok: false, reason: `${size} is above the ${formatCount(rule.maxPixels)}-pixel maximum` };
  return { ok: true, experimental: px > rule.experimentalAbovePixels };
}

/** The sizes a rule accepts, said in a clause ("auto, or WIDTHxHEIGHT with ..."). */
export function describeSizes(rule: SizeRule): string {
  if (rule.kind === 'fixed') return rule.sizes.join(', ');
  const words = rule.keywords.length ? `${rule.keywords.join(', ')}, or ` : '';
  if (rule.limitsUnconfirmed) return `${words}WIDTHxHEIGHT`;
  return `${words}WIDTHxHEIGHT with both edges divisible by ${rule.multipleOf}, at most ${rule.maxEdge} px, at most ${rule.maxRatio}:1, and ${formatCount(rule.minPixels)} to ${formatCount(rule.maxPixels)} pixels`;
}

// ---- option values (rule schemas and CLI flags ask the same questions) ----

/** `YYYY-MM-DD` with a month 01-12 and a day that month can have (Feb 29 any year). A JSON schema pattern. */
export const ISO_DATE_PATTERN =
  '^\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2\\d))$';

/** A real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!new RegExp(ISO_DATE_PATTERN).test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Why `value` is not a usable `today`, or undefined. */
export function todayProblem(value: string): string | undefined {
  return isIsoDate(value) ? undefined : `'${value}' is not a date: use YYYY-MM-DD (e.g. 2026-11-22)`;
}

/**
 * The image models a migration may target: those with no deprecation and no
 * shutdown announced. (Not "active on some date": the rule schemas and the
 * generated docs must not change as days pass, only as the catalog does.)
 */
export function migrationTargetIds(): string[] {
  return MODELS.filter((m) => !m.deprecated && !m.shutdown).map((m) => m.id);
}

/**
 * Ids that must not be the top-level (text) model of a Responses request:
 * every image model, and the text models that cannot call the image tool or
 * have a shutdown date.
 */
export function unusableTextModelIds(): string[] {
  return [...MODELS.map((m) => m.id), ...TEXT_MODELS.filter((t) => !t.supportsImageTool.value || isShuttingDownTextModel(t.id)).map((t) => t.id)];
}

/** Why `id` is not a migration target on `today`, or undefined. */
export function targetProblem(id: string, today: string): string | undefined {
  const m = getModel(id);
  if (!m) return `unknown image model '${id}' (run \`gpt-image models\` for the list)`;
  // Active on `today`: on a past date, a model deprecated since was still a fine target.
  const s = statusOn(m, today);
  if (s === 'shut-down') return `'${id}' was shut down on ${m.shutdown?.value}; choose an active model as the target`;
  if (s === 'deprecated') return `'${id}' is deprecated and shuts down on ${m.shutdown?.value}; choose an active model as the target`;
  return undefined;
}

/** Why `id` cannot be the top-level model of a Responses request, or undefined. */
export function textModelProblem(id: string): string | undefined {
  if (isKnownImageModel(id)) return `'${id}' is an image model; the top-level model must be a text model (e.g. ${DEFAULT_TEXT_MODEL.value})`;
  const t = TEXT_MODELS.find((r) => r.id === id);
  if (t && !t.supportsImageTool.value) return `'${id}' cannot call the image_generation tool`;
  if (t?.shutdown && isShuttingDownTextModel(id)) return `'${id}' shuts down on ${t.shutdown.value}; choose a text model without a shutdown date (${activeTextModels().slice(0, 3).join(', ')}, ...)`;
  return undefined;
}

// ---- what the models still serving requests accept ------------------------
// Computed from the lifecycle dates and the parameter tables, never a hand
// list: the migration drops a parameter or value that only shut-down models
// accepted, whatever model reaches the call at run time.

/** Models that still serve requests on `today` (active or deprecated, not shut down) on `endpoint`. */
export function liveModels(endpoint: Endpoint, today: string): ModelRecord[] {
  return MODELS.filter((m) => statusOn(m, today) !== 'shut-down' && !!m.endpoints[endpoint]);
}

/**
 * What one model does with `param` (and `value`, when given) on `endpoint`:
 * `accepts`, `rejects`, or `unknown` when its table does not name the
 * parameter. An `omit` rule (the API ignores the parameter and says not to
 * send it) counts as accepted: the request passes. An unconfirmed rule is
 * read as written: it lists generously (values a secondary source names, so
 * they are not reported), so a value outside it is still rejected.
 */
export function verdictOf(model: ModelRecord, endpoint: Endpoint, param: string, value?: string): 'accepts' | 'rejects' | 'unknown' {
  const rule = paramRule(model, endpoint, param);
  if (!rule) return 'unknown';
  if (rule.kind === 'unsupported') return rule.omit ? 'accepts' : 'rejects';
  if (value === undefined) return 'accepts';
  if (rule.kind === 'enum') return rule.values.includes(value) ? 'accepts' : 'rejects';
  if (rule.kind === 'size') return checkSize(rule.rule, value).ok ? 'accepts' : 'rejects';
  return 'accepts';
}

/**
 * "Accepted by a model that still serves this endpoint": false only when
 * every live model's table certainly rejects the parameter (or the value).
 * Such a request fails on every model a run-time choice can name on OpenAI:
 * 400 on a live model, 404 on a shut-down one.
 */
export function acceptedByLiveModel(endpoint: Endpoint, param: string, value: string | undefined, today: string): boolean {
  const live = liveModels(endpoint, today);
  return live.length === 0 || live.some((m) => verdictOf(m, endpoint, param, value) !== 'rejects');
}

/** The live model aliases (not dated snapshots) that certainly accept `param` (and `value`) on `endpoint`, by a confirmed rule. */
export function liveModelsAccepting(endpoint: Endpoint, param: string, value: string | undefined, today: string): ModelRecord[] {
  return liveModels(endpoint, today).filter(
    (m) => m.family === m.id && !paramRule(m, endpoint, param)?.unconfirmed && verdictOf(m, endpoint, param, value) === 'accepts',
  );
}

/** True when a model still serving `endpoint` can return a `url` (so a `url` read may be defined). */
export function liveModelReturnsUrl(endpoint: Endpoint, today: string): boolean {
  return liveModels(endpoint, today).some((m) => RETURNS_URL[m.line].value);
}
