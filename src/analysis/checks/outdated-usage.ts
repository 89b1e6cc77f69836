/**
 * What still works but is on its way out, reported as advice: a legacy id
 * sent to a gateway that documents still serving it (the request works there;
 * an upgrade is recommended), and a parameter the catalog marks as deprecated
 * in favour of another (`user` -> `safety_identifier`).
 */
import { getModel, paramRule } from '../../catalog/index.js';
import { nodeInCall } from '../calls.js';
import { removeProperty, renameKey } from '../edits.js';
import type { Finding, Suggestion } from '../findings.js';
import type { FileAnalysis } from '../index.js';
import { isObjectLike, objectEntries, spellKey, stringCandidates } from '../values.js';
import { type LegacyModelOptions, legacyModelFindings } from './legacy-model.js';

/** Shapes whose request object goes to the API as written: the openai SDK and raw HTTP. */
const DIRECT_SHAPES = new Set(['sdk', 'http']);

export type OutdatedUsageMessageId = 'upgradeRecommended' | 'deprecatedParam' | 'migrate' | 'renameParam' | 'removeParam';

export function outdatedUsageFindings(fa: FileAnalysis, options: LegacyModelOptions): Finding[] {
  const findings = legacyModelFindings(fa, options).filter((f) => f.messageId === 'upgradeRecommended');
  for (const req of fa.requests) {
    const hit = req.model.hit;
    // Libraries validate their own options (the AI SDK's schema has `user` but no `safety_identifier`): only direct requests.
    if (!hit || !isObjectLike(req.params) || !DIRECT_SHAPES.has(req.site.shape.id)) continue;
    const models = stringCandidates(hit.value).map((c) => getModel(c.value));
    if (!models.length || models.some((m) => !m)) continue;
    const { entries } = objectEntries(fa.index, req.params);
    for (const [key, entry] of entries) {
      // Deprecated for every model the request may use.
      const rules = models.map((m) => paramRule(m!, req.endpoint, key));
      const first = rules[0];
      if (!first || first.kind !== 'string' || !first.deprecatedFor || first.unconfirmed) continue;
      const instead = first.deprecatedFor;
      if (!rules.every((r) => r?.kind === 'string' && r.deprecatedFor === instead)) continue;
      const editable = entry.via.length === 0 && req.site.shape.editable;
      const text = fa.index.text;
      const suggestions: Suggestion[] = [];
      if (editable && !entries.has(instead)) {
        const rename = renameKey(text, entry.prop, spellKey(req.params, instead));
        if (rename) suggestions.push({ messageId: 'renameParam', data: { param: key, instead }, edits: [rename] });
      } else if (editable) {
        // The new parameter is set: it takes precedence, and the old one is only a fallback when it is empty.
        suggestions.push({ messageId: 'removeParam', data: { param: key, instead }, edits: [removeProperty(text, entry.prop)] });
      }
      findings.push({
        node: nodeInCall(req.site.call, [entry.prop, ...[...entry.via].reverse(), req.site.arg]),
        messageId: 'deprecatedParam',
        data: { param: key, instead },
        suggestions,
      });
    }
  }
  return findings;
}
