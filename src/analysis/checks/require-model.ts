/**
 * Image requests that name no `model`: the API then picks a default that has
 * changed over time (and, for generations, is shut down).
 */
import {
  DEFAULT_MODEL_WHEN_OMITTED,
  IMAGE_TOOL_TYPE,
  TODO_MARKER,
  VARIATIONS_RETIRED,
  daysBetween,
  getModel,
  paramRule,
  statusOn,
  todayIso,
} from '../../catalog/index.js';
import { type Node, rangeOf } from '../ast.js';
import { type ImageRequest, looksLikeImageRequest, nodeInCall } from '../calls.js';
import type { Finding } from '../findings.js';
import type { FileAnalysis } from '../index.js';
import { isObjectLike, objectEntries, lookupProperty, spellKey } from '../values.js';
import type { TextEdit } from '../edits.js';
import { insertAt } from '../edits.js';
import { clientKind, gatewayServes, shapeEdits, typedNote, typedOut, wayOut } from './shapes.js';
import { planMigration } from '../migrate.js';
import { addProperty, literalLike } from './object-edits.js';

export interface RequireModelOptions {
  /** The model the suggestion adds. */
  target: string;
  /** ISO date the default model's status is computed for (default: today). */
  today?: string;
  /**
   * Also report image_generation tools without a `model` (default: false). Such a
   * tool runs on the API's newest image model, which is what OpenAI's own examples do.
   */
  tools?: boolean;
}

export type RequireModelMessageId = 'missingModel' | 'missingToolModel' | 'missingModelWayOut' | 'addModel';

const CALL_NAMES: Readonly<Record<ImageRequest['endpoint'], string>> = {
  generations: '`images.generate` call',
  edits: '`images.edit` call',
  variations: '`images.createVariation` call',
  'responses-tool': 'image_generation tool',
};

/** How a request is named in the message. */
function callName(req: ImageRequest): string {
  const shape = req.site.shape;
  switch (shape.id) {
    case 'sdk':
      return CALL_NAMES[req.endpoint];
    case 'http':
      return req.endpoint === 'responses-tool' ? CALL_NAMES[req.endpoint] : `HTTP request to \`/images/${req.endpoint}\``;
    case 'openai-v3':
      return `\`${req.site.method}\` call (${shape.label})`;
    case 'vercel-tool':
    case 'langchain-tool':
      return `${shape.label} tool`;
    default:
      return shape.label;
  }
}

/** What happens with the default model, said in a clause. */
function consequence(req: ImageRequest, fa: FileAnalysis, today: string): string {
  const own = req.site.shape.defaultModel;
  if (own) {
    const m = getModel(own.value);
    const status = m ? statusOn(m, today) : 'active';
    if (m && status === 'shut-down') return `${req.site.shape.label} sends \`${m.id}\`, which was shut down on ${m.shutdown!.value}; requests fail`;
    if (m && status === 'deprecated') return `${req.site.shape.label} sends \`${m.id}\`, which is deprecated and shuts down on ${m.shutdown!.value}`;
    return `${req.site.shape.label} sends \`${own.value}\``;
  }
  const fallback = DEFAULT_MODEL_WHEN_OMITTED[req.endpoint];
  // The SDK no longer names the edits default: it is the API's own.
  if (fallback.value === undefined) return "the API uses its own default model, which the SDK no longer names and which has changed over time";
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
    if (!isObjectLike(req.params) || req.model.hit || req.model.uncertain) continue;
    // A tool without a model gets the API's newest image model: reported only on request.
    if (req.endpoint === 'responses-tool' && !options.tools && !req.site.shape.defaultModel) continue;
    // An Azure client names its deployment (the model) elsewhere.
    if (clientKind(fa.index, req.site)?.kind === 'azure') continue;
    // `store.images.edit({ id, title })` is not an OpenAI call.
    if (!looksLikeImageRequest(fa.index, req)) continue;
    const obj = req.params.node;
    // The variations endpoint no longer accepts requests with any model: no model to add, only the way out.
    if (req.endpoint === 'variations' && req.site.shape.id !== 'openai-v3') {
      findings.push({
        node: reportNode(req, obj),
        messageId: 'missingModelWayOut',
        data: { call: callName(req), consequence: consequence(req, fa, today), wayOut: VARIATIONS_RETIRED.value },
        suggestions: [],
        todo: `${TODO_MARKER}: this ${callName(req)} names no model and cannot be migrated automatically. ${VARIATIONS_RETIRED.value}`,
      });
      continue;
    }
    const isTool = req.endpoint === 'responses-tool';
    const client = clientKind(fa.index, req.site);
    // A gateway gets the target only when it is documented to serve it.
    const unservedGateway = client?.kind === 'gateway' && !!target && !gatewayServes(client, target.id);
    const add = target && target.endpoints[req.endpoint] && !typedOut(req, target.id) && !unservedGateway ? addModelEdit(fa, req, target.id) : undefined;
    const extra = add ? shapeEdits(fa, req) : undefined;
    const suggestions =
      target && add && extra
        ? [
            {
              messageId: 'addModel',
              data: { target: target.id },
              // The request ran on the API's default model, so it may carry parameters the
              // target rejects (a DALL-E default's `response_format`): fix those too, as the migration does.
              edits: [add, ...(planMigration(fa.index, req, target, { replaceModel: () => false, today: options.today }) ?? []), ...extra],
            },
          ]
        : [];
    const out = wayOut(req, target?.id);
    findings.push({
      node: reportNode(req, obj),
      messageId: out ? 'missingModelWayOut' : isTool ? 'missingToolModel' : 'missingModel',
      data: { call: callName(req), consequence: consequence(req, fa, today) + typedNote(req, target?.id).replace(/^ (.*)\.$/, '; $1'), ...(out ? { wayOut: out.trim() } : {}) },
      suggestions,
      ...(suggestions.length
        ? {}
        : unservedGateway
          ? { todo: `${TODO_MARKER}: this ${callName(req)} names no model, and it goes to ${client.kind === 'gateway' && client.baseUrl ? `\`${client.baseUrl}\`` : 'a `baseURL` this file does not spell'}, which is not known to serve \`${target!.id}\`; name a model that gateway serves.` }
          : !(out || typedNote(req, target?.id))
            ? {}
            : { todo: `${TODO_MARKER}: this ${callName(req)} names no model.${out || typedNote(req, target?.id)}` }),
    });
  }
  return findings;
}

/** Adds `model` where the request's parameters are written: the object literal, or a new `append` on the form. */
function addModelEdit(fa: FileAnalysis, req: ImageRequest, id: string): TextEdit | undefined {
  const text = fa.index.text;
  const params = req.params;
  const key = spellKey(params, 'model');
  if (params.kind === 'object') {
    return addProperty(text, params.node, `${key}: ${literalLike(text, params.node, id)}`, req.endpoint === 'responses-tool' ? toolTypeProp(fa, req) : undefined);
  }
  if (params.kind !== 'view' || !params.addTo) return undefined;
  if (params.addTo.kind === 'object') return addProperty(text, params.addTo.node, `${key}: ${literalLike(text, params.addTo.node, id)}`);
  const after = params.addTo.after;
  const end = rangeOf(after)[1];
  const lineStart = text.lastIndexOf('\n', rangeOf(after)[0] - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return insertAt(end, `${eol}${indent}${params.addTo.receiver}.append(${literalLike(text, after, key)}, ${literalLike(text, after, id)});`);
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
