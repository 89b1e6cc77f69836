/**
 * Image requests that name no `model`: the API then picks a default that has
 * changed over time (and, for generations, is shut down).
 */
import {
  DEFAULT_MODEL_WHEN_OMITTED,
  IMAGE_TOOL_TYPE,
  daysBetween,
  getModel,
  paramRule,
  statusOn,
  todayIso,
} from '../../catalog/index.js';
import { type Node, rangeOf } from '../ast.js';
import { type ImageRequest, nodeInCall } from '../calls.js';
import type { Finding } from '../findings.js';
import type { FileAnalysis } from '../index.js';
import { objectEntries, lookupProperty } from '../values.js';
import { planMigration } from '../migrate.js';
import { addProperty, literalLike } from './object-edits.js';

export interface RequireModelOptions {
  /** The model the suggestion adds. */
  target: string;
  /** ISO date the default model's status is computed for (default: today). */
  today?: string;
}

export type RequireModelMessageId = 'missingModel' | 'missingToolModel' | 'addModel';

const CALL_NAMES: Readonly<Record<ImageRequest['endpoint'], string>> = {
  generations: '`images.generate` call',
  edits: '`images.edit` call',
  variations: '`images.createVariation` call',
  'responses-tool': 'image_generation tool',
};

/** What happens with the default model, said in a clause. */
function consequence(req: ImageRequest, fa: FileAnalysis, today: string): string {
  const fallback = DEFAULT_MODEL_WHEN_OMITTED[req.endpoint];
  const model = getModel(fallback.value);
  // A DALL-E default gives way to a GPT image model when a GPT-only parameter is sent (SDK doc).
  const { entries } = objectEntries(fa.index, req.params);
  const steered =
    model?.line === 'dall-e' && [...entries.keys()].some((k) => paramRule(model, req.endpoint, k)?.kind === 'unsupported');
  if (!model || steered) return 'the API picks a default model, and that default has changed over time';
  const status = statusOn(model, today);
  if (status === 'shut-down') return `the API falls back to \`${model.id}\`, which was shut down on ${model.shutdown!.value}; requests fail`;
  if (status === 'deprecated') {
    const days = daysBetween(today, model.shutdown!.value);
    return `the API falls back to \`${model.id}\`, which is deprecated and shuts down on ${model.shutdown!.value} (${days} ${days === 1 ? 'day' : 'days'})`;
  }
  return `the API falls back to \`${model.id}\` today, and that default has changed between releases`;
}

export function requireModelFindings(fa: FileAnalysis, options: RequireModelOptions): Finding[] {
  const findings: Finding[] = [];
  const today = options.today ?? todayIso();
  const target = getModel(options.target);
  for (const req of fa.requests) {
    // The variations endpoint no longer accepts requests with any model.
    if (req.endpoint === 'variations') continue;
    if (req.params.kind !== 'object' || req.model.hit || req.model.uncertain) continue;
    const obj = req.params.node;
    const isTool = req.endpoint === 'responses-tool';
    const text = fa.index.text;
    const suggestions =
      target && target.endpoints[req.endpoint]
        ? [
            {
              messageId: 'addModel',
              data: { target: target.id },
              // The request ran on the API's default model, so it may carry parameters the
              // target rejects (a DALL-E default's `response_format`): fix those too, as the migration does.
              edits: [
                addProperty(text, obj, `model: ${literalLike(text, obj, target.id)}`, isTool ? toolTypeProp(fa, req) : undefined),
                ...(planMigration(fa.index, req, target, { replaceModel: () => false }) ?? []),
              ],
            },
          ]
        : [];
    findings.push({
      node: reportNode(req, obj),
      messageId: isTool ? 'missingToolModel' : 'missingModel',
      data: { call: CALL_NAMES[req.endpoint], consequence: consequence(req, fa, today) },
      suggestions,
    });
  }
  return findings;
}

/** The `type: "image_generation"` property of a tool literal, when it is a direct member. */
function toolTypeProp(fa: FileAnalysis, req: ImageRequest): Node | undefined {
  const found = lookupProperty(fa.index, req.params, 'type');
  const hit = found.hit;
  if (!hit || hit.via.length || hit.value.kind !== 'string' || hit.value.value !== IMAGE_TOOL_TYPE.value) return undefined;
  return hit.prop;
}

/** The callee for an Images call (`client.images.generate`), the tool object for a tool. */
function reportNode(req: ImageRequest, obj: Node): Node {
  if (req.endpoint === 'responses-tool') return nodeInCall(req.site.call, [obj, req.site.arg]);
  const callee = req.site.call.callee as Node;
  const [s, e] = rangeOf(callee);
  return s < e ? callee : req.site.call;
}
