/**
 * Risky but valid: values the catalog marks as preview for a model (a
 * transparent background on gpt-image-2) and sizes inside a flexible rule's
 * budget but above its documented experimental threshold.
 *
 * Only active models, only fully confirmed catalog facts, only known values.
 */
import { checkSize, formatCount, getModel, paramRule, statusOn } from '../../catalog/index.js';
import { nodeInCall } from '../calls.js';
import type { Finding } from '../findings.js';
import type { FileAnalysis } from '../index.js';
import { objectEntries, stringCandidates } from '../values.js';

export type PreviewFeatureMessageId = 'previewValue' | 'experimentalSize';


export function previewFeatureFindings(fa: FileAnalysis, options: { today: string }): Finding[] {
  const findings: Finding[] = [];
  for (const req of fa.requests) {
    const hit = req.model.hit;
    if (!hit) continue;
    const models = stringCandidates(hit.value)
      .map((c) => getModel(c.value))
      .filter((m) => m !== undefined && statusOn(m, options.today) !== 'shut-down');
    if (!models.length) continue;
    const { entries } = objectEntries(fa.index, req.params);
    for (const model of models) {
      for (const [key, entry] of entries) {
        const rule = paramRule(model!, req.endpoint, key);
        if (!rule || rule.unconfirmed) continue;
        for (const v of stringCandidates(entry.value)) {
          const node = nodeInCall(req.site.call, [v.node, entry.prop, ...[...entry.via].reverse(), req.site.arg]);
          if (rule.kind === 'enum' && rule.preview?.includes(v.value)) {
            findings.push({ node, messageId: 'previewValue', data: { param: key, value: v.value, model: model!.id }, suggestions: [] });
          } else if (rule.kind === 'size' && rule.rule.kind === 'flexible' && !rule.rule.unconfirmed) {
            const verdict = checkSize(rule.rule, v.value);
            if (verdict.ok && verdict.experimental) {
              const [w, h] = v.value.split('x').map(Number);
              findings.push({
                node,
                messageId: 'experimentalSize',
                data: { value: v.value, pixels: formatCount(w * h), limit: formatCount(rule.rule.experimentalAbovePixels), model: model!.id },
                suggestions: [],
              });
            }
          }
        }
      }
    }
  }
  return findings;
}
