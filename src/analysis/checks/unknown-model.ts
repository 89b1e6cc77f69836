/**
 * Model ids in image calls that OpenAI does not accept: gateway spellings of
 * known ids (`gpt-image-2/text-to-image`, `gpt-image-2@beta`,
 * `…:official`), near misses of known ids (`gpt-image2`, `dalle-3`), and ids
 * the catalog lists as never served (a bare `gpt-image-2.5`).
 *
 * An id that is none of these is not reported: a model released after the
 * catalog was written must not be flagged, so a near miss may differ from a
 * known id in letters and separators but never in its version digits.
 */
import {
  DATED_SNAPSHOT,
  TASK_API,
  GATEWAY_AFFIXES,
  GATEWAY_PATH_SEPARATOR,
  MODELS,
  NONEXISTENT_IDS,
  OPENAI_IMAGE_ID_SCHEME,
  isKnownImageModel,
  knownGatewayOf,
} from '../../catalog/index.js';
import { clientKind, nodeInCall } from '../calls.js';
import { replaceString } from '../edits.js';
import type { Finding } from '../findings.js';
import type { FileAnalysis } from '../index.js';
import { stringCandidates } from '../values.js';

export interface UnknownModelOptions {
  /** Ids (or `*` patterns) to accept, such as the gateway ids a team really uses. */
  allow: readonly string[];
}

export type UnknownModelMessageId = 'notServed' | 'unlistedSnapshot' | 'gatewayId' | 'nearMiss' | 'nonexistent' | 'gatewayClient' | 'taskIdNotPlain' | 'taskNotHosted' | 'didYouMean';

export type UnknownVerdict =
  | { kind: 'gateway'; bases: string[]; usedBy: string }
  | { kind: 'near-miss'; suggestions: string[] }
  | { kind: 'nonexistent'; suggestions: string[] };

const KNOWN_IDS = (): string[] => MODELS.map((m) => m.id);

const normalize = (id: string) => id.toLowerCase().replace(/[\s._-]+/g, '');
const digitsOf = (id: string) => (id.match(/\d+/g) ?? []).join('.');

/** Levenshtein distance, with an early exit above `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** The flavoured ids of a bare id the catalog lists as never served (`gpt-image-2.5` -> its -sunburst and -flare). */
function flavoursOf(id: string): string[] {
  return KNOWN_IDS().filter((k) => k.startsWith(`${id}-`) && !/-\d{4}-\d{2}-\d{2}$/.test(k));
}

/** The OpenAI ids a gateway spelling stands for, with the affix that gave it away. */
function gatewayBases(id: string): { bases: string[]; usedBy: string } | undefined {
  let rest = id;
  let usedBy: string | undefined;
  const basesOf = (candidate: string): string[] | undefined => {
    if (isKnownImageModel(candidate)) return [candidate];
    if (NONEXISTENT_IDS.value.includes(candidate)) return flavoursOf(candidate);
    return undefined;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const affix of GATEWAY_AFFIXES) {
      const m = affix.pattern.exec(rest);
      if (!m || m[0].length === rest.length) continue;
      rest = affix.at === 'prefix' ? rest.slice(m[0].length) : rest.slice(0, rest.length - m[0].length);
      usedBy ??= affix.usedBy;
      changed = true;
      const bases = basesOf(rest);
      if (bases) return { bases, usedBy };
    }
  }
  if (!usedBy) return undefined;
  const joined = rest.split(GATEWAY_PATH_SEPARATOR.value).join(GATEWAY_PATH_SEPARATOR.standsFor);
  const bases = joined !== rest ? basesOf(joined) : undefined;
  return bases ? { bases, usedBy } : undefined;
}

/** Known ids a string is a slip of: same letters apart from case and separators, or a small typo with the same version digits. */
function nearMisses(id: string): string[] {
  const known = KNOWN_IDS();
  const n = normalize(id);
  const same = known.filter((k) => normalize(k) === n);
  if (same.length) return same;
  if (id.length < 6) return [];
  const digits = digitsOf(id);
  return known.filter((k) => digitsOf(k) === digits && distance(id.toLowerCase(), k, 2) <= 2);
}

/** Why OpenAI would not accept `id`, or undefined when it is a known id or simply not recognisable. */
export function classifyModelId(id: string): UnknownVerdict | undefined {
  if (isKnownImageModel(id)) return undefined;
  const gateway = gatewayBases(id);
  if (gateway) return { kind: 'gateway', ...gateway };
  if (NONEXISTENT_IDS.value.includes(id)) return { kind: 'nonexistent', suggestions: flavoursOf(id) };
  const near = nearMisses(id);
  return near.length ? { kind: 'near-miss', suggestions: near } : undefined;
}

function allowed(id: string, allow: readonly string[]): boolean {
  return allow.some((pattern) => {
    if (!pattern.includes('*')) return pattern === id;
    const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    return re.test(id);
  });
}

const list = (ids: string[]) => ids.map((i) => `\`${i}\``).join(' or ');

export function unknownModelFindings(fa: FileAnalysis, options: UnknownModelOptions): Finding[] {
  const findings: Finding[] = [];
  for (const req of fa.requests) {
    const hit = req.model.hit;
    if (!hit) continue;
    const client = clientKind(fa.index, req.site);
    // An Azure deployment has its own names.
    if (client?.kind === 'azure') continue;
    const tasks = req.site.shape.id === 'hiapi-tasks';
    // A known gateway's documented ids, on its own host.
    const gateway = client?.kind === 'gateway' && !tasks ? knownGatewayOf(client.baseUrl) : undefined;
    for (const c of stringCandidates(hit.value)) {
      if (allowed(c.value, options.allow) || gateway?.ids.includes(c.value)) continue;
      const node = nodeInCall(req.site.call, [c.node, hit.prop, ...[...hit.via].reverse(), req.site.arg]);
      const replaceWith = (ids: string[]) => ids.map((t) => ({ messageId: 'didYouMean', data: { id: t }, edits: [replaceString(fa.index.text, c.node, t)] }));
      if (tasks && TASK_API.notHosted.value.includes(c.value)) {
        findings.push({ node, messageId: 'taskNotHosted', data: { id: c.value, api: req.site.shape.label }, suggestions: [] });
        continue;
      }
      const verdict = classifyModelId(c.value);
      if (!verdict) {
        // Certainly sent to OpenAI, in OpenAI's naming scheme, yet not an id it serves.
        if (client?.kind === 'openai' && !tasks && OPENAI_IMAGE_ID_SCHEME.value.test(c.value) && !isKnownImageModel(c.value)) {
          // A dated snapshot of a known alias may have been released since: unknown to the catalog, not known to fail.
          const alias = DATED_SNAPSHOT.value.exec(c.value)?.[1];
          if (alias && isKnownImageModel(alias)) {
            findings.push({ node, messageId: 'unlistedSnapshot', data: { id: c.value, alias, asOf: DATED_SNAPSHOT.listedAsOf }, suggestions: replaceWith([alias]) });
          } else {
            findings.push({ node, messageId: 'notServed', data: { id: c.value, asOf: OPENAI_IMAGE_ID_SCHEME.asOf }, suggestions: [] });
          }
        }
        continue;
      }
      const targets = verdict.kind === 'gateway' ? verdict.bases : verdict.suggestions;
      const suggestions = replaceWith(targets);
      if (tasks) {
        // The task API takes plain ids only; anything else it does not know is its own business.
        if (verdict.kind === 'gateway' && TASK_API.plainIdsOnly) {
          findings.push({ node, messageId: 'taskIdNotPlain', data: { id: c.value, api: req.site.shape.label, base: list(verdict.bases) }, suggestions });
        }
        continue;
      }
      if (client?.kind === 'gateway') {
        const why =
          verdict.kind === 'gateway' ? `a gateway-style id, as ${verdict.usedBy} spell them` : verdict.kind === 'nonexistent' ? 'OpenAI never served it' : `a near miss of ${list(verdict.suggestions)}`;
        const where = client.baseUrl ? `\`${client.baseUrl}\`` : 'its own `baseURL`';
        findings.push({ node, messageId: 'gatewayClient', data: { id: c.value, why, where }, suggestions });
        continue;
      }
      if (verdict.kind === 'gateway') {
        findings.push({ node, messageId: 'gatewayId', data: { id: c.value, base: list(verdict.bases), usedBy: verdict.usedBy }, suggestions });
      } else if (verdict.kind === 'nonexistent') {
        findings.push({
          node,
          messageId: 'nonexistent',
          data: { id: c.value, advice: verdict.suggestions.length ? ` Did you mean ${list(verdict.suggestions)}?` : '' },
          suggestions,
        });
      } else {
        findings.push({ node, messageId: 'nearMiss', data: { id: c.value, advice: list(verdict.suggestions) }, suggestions });
      }
    }
  }
  return findings;
}
