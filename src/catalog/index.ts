/**
 * The catalog's public face: the data, and small read-only queries over it.
 * Nothing outside `src/catalog/` names a model id or a parameter rule.
 */
import { MODELS } from './models.js';
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

const byId = new Map<string, ModelRecord>(MODELS.map((m) => [m.id, m]));

export function getModel(id: string): ModelRecord | undefined {
  return byId.get(id);
}

export function isKnownImageModel(id: string): boolean {
  return byId.has(id);
}

/** The current date as YYYY-MM-DD (UTC). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

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
