/**
 * An image model as the top-level `model` of a Responses or Chat Completions
 * request, and a top-level model that cannot call the image_generation tool.
 */
import {
  IMAGE_MODEL_AT_TOP_LEVEL,
  IMAGE_TOOL_TYPE,
  TEXT_MODELS,
  getModel,
  isKnownImageModel,
  isShuttingDownTextModel,
  responsesTopLevelError,
  todayIso,
} from '../../catalog/index.js';
import { isLegacy } from './legacy-model.js';
import { moduleOfNode } from '../project.js';
import { type Node, rangeOf } from '../ast.js';
import { type CallSite, clientEndpoint, imageTools, nodeInCall } from '../calls.js';
import { type TextEdit, replaceString } from '../edits.js';
import type { Finding, Suggestion } from '../findings.js';
import type { FileAnalysis } from '../index.js';
import { type PropertyHit, isFullyKnown, lookupProperty, resolve, stringCandidates } from '../values.js';
import { addProperty, appendElement, literalLike } from './object-edits.js';

export interface ImageModelInResponsesOptions {
  /** The mainline model the suggestion puts at the top level. */
  textModel: string;
  /** The image model a legacy id is migrated to as it moves into the tool (none: moved as it is). */
  target?: string;
  /** ISO date legacy statuses are computed for (default: today). */
  today?: string;
}

export type ImageModelInResponsesMessageId = 'imageModelInResponses' | 'imageModelInChat' | 'noImageTool' | 'moveToTool' | 'moveMigratedToTool' | 'useTextModel';

function inside(outer: Node, inner: Node): boolean {
  if (moduleOfNode(outer) !== moduleOfNode(inner)) return false;
  const [s, e] = rangeOf(outer);
  const [is, ie] = rangeOf(inner);
  return is >= s && ie <= e;
}

export function imageModelInResponsesFindings(fa: FileAnalysis, options: ImageModelInResponsesOptions): Finding[] {
  const findings: Finding[] = [];
  for (const site of fa.sites) {
    if (site.api !== 'responses' && site.api !== 'chat') continue;
    // Only OpenAI's API is known to reject these; a gateway may serve them.
    if (clientEndpoint(fa.index, site) === 'custom') continue;
    const hit = lookupProperty(fa.index, site.params, 'model').hit;
    if (!hit) continue;
    const candidates = stringCandidates(hit.value);
    const chain = (n: Node) => nodeInCall(site.call, [n, hit.prop, ...[...hit.via].reverse(), site.arg]);
    const images = candidates.filter((c) => isKnownImageModel(c.value));
    if (images.length) {
      // A legacy id moves into the tool as the target, or the next run reports it there.
      const today = options.today ?? todayIso();
      const target = options.target && getModel(options.target) ? options.target : undefined;
      const migrate = target ? (id: string) => isLegacy(id, today, []) : () => false;
      // A text model with an announced shutdown is never put at the top level.
      const edits =
        site.api === 'responses' && !isShuttingDownTextModel(options.textModel) ? planMoveToTool(fa, site, hit, options.textModel, !!target && migrate, target) : undefined;
      for (const c of images) {
        const migrated = edits && target && migrate(c.value);
        findings.push({
          node: chain(c.node),
          messageId: site.api === 'responses' ? 'imageModelInResponses' : 'imageModelInChat',
          data: {
            id: c.value,
            textModel: options.textModel,
            error: site.api === 'responses' ? responsesTopLevelError(c.value) : IMAGE_MODEL_AT_TOP_LEVEL.chat.value,
          },
          suggestions: edits
            ? [
                migrated
                  ? { messageId: 'moveMigratedToTool', data: { id: c.value, target: target!, textModel: options.textModel }, edits }
                  : { messageId: 'moveToTool', data: { id: c.value, textModel: options.textModel }, edits },
              ]
            : [],
        });
      }
      continue;
    }
    if (site.api !== 'responses' || imageTools(fa.index, site.params).length === 0) continue;
    for (const c of candidates) {
      const record = TEXT_MODELS.find((m) => m.id === c.value);
      if (!record || record.supportsImageTool.value || record.supportsImageTool.unconfirmed) continue;
      const suggestions: Suggestion[] = inside(site.call, c.node) && !isShuttingDownTextModel(options.textModel)
        ? [{ messageId: 'useTextModel', data: { textModel: options.textModel }, edits: [replaceString(fa.index.text, c.node, options.textModel)] }]
        : [];
      const error = record.supportsImageTool.note ?? '400';
      findings.push({ node: chain(c.node), messageId: 'noImageTool', data: { id: c.value, textModel: options.textModel, error }, suggestions });
    }
  }
  return findings;
}

/**
 * Moves the top-level `model` into the image_generation tool (adding the tool
 * when there is none) and puts `textModel` at the top level. Undefined when
 * the move cannot be planned with certainty (the model comes through a
 * spread, `tools` is not a literal array, a branch may be a text model).
 */
export function planMoveToTool(
  fa: FileAnalysis,
  site: CallSite,
  hit: PropertyHit,
  textModel: string,
  migrate?: false | ((id: string) => boolean),
  target?: string,
): TextEdit[] | undefined {
  const text = fa.index.text;
  if (site.params.kind !== 'object' || hit.via.length) return undefined;
  if (!isFullyKnown(hit.value) || !stringCandidates(hit.value).every((c) => isKnownImageModel(c.value))) return undefined;
  const prop = hit.prop;
  const value = prop.value as Node | undefined;
  if (!value || prop.computed || moduleOfNode(prop)) return undefined;
  const obj = site.params.node;
  // A legacy id written in the call moves as the target; one defined elsewhere is migrated where it is defined.
  const candidates = stringCandidates(hit.value);
  const moved = migrate && target && candidates.length === 1 && migrate(candidates[0].value) ? candidates[0] : undefined;
  const movedInCall = moved && inside(value, moved.node);
  const modelProp = prop.shorthand ? 'model' : `model: ${movedInCall ? literalLike(text, obj, target!) : text.slice(...rangeOf(value))}`;
  const elsewhere: TextEdit[] = moved && !movedInCall ? [replaceString(text, moved.node, target!)] : [];
  const plan = planMove(fa, site, prop, value, obj, modelProp, textModel);
  return plan ? [...plan, ...elsewhere] : undefined;
}

function planMove(fa: FileAnalysis, site: CallSite, prop: Node, value: Node, obj: Node, modelProp: string, textModel: string): TextEdit[] | undefined {
  const text = fa.index.text;
  const topLevel: TextEdit = prop.shorthand
    ? { range: rangeOf(prop), text: `model: ${literalLike(text, obj, textModel)}` }
    : { range: rangeOf(value), text: literalLike(text, obj, textModel) };

  const tools = lookupProperty(fa.index, site.params, 'tools');
  if (tools.uncertain) return undefined;
  const toolType = literalLike(text, obj, IMAGE_TOOL_TYPE.value);
  const newTool = `{ type: ${toolType}, ${modelProp} }`;
  if (!tools.hit) return [topLevel, addProperty(text, obj, `tools: [${newTool}]`, prop)];
  if (tools.hit.value.kind !== 'array') return undefined;

  const existing = imageTools(fa.index, site.params).filter((t) => t.kind === 'object');
  if (existing.length) {
    const tool = existing[0];
    const toolModel = lookupProperty(fa.index, tool, 'model');
    // The tool already names its model (or may): only the top level changes.
    if (toolModel.hit || toolModel.uncertain) return [topLevel];
    const typeHit = lookupProperty(fa.index, tool, 'type').hit;
    const after = typeHit && typeHit.via.length === 0 ? typeHit.prop : undefined;
    return [topLevel, addProperty(text, tool.node, modelProp, after)];
  }
  // Append a tool only when every element is certainly some other tool.
  const arr = tools.hit.value.node;
  for (const el of arr.elements as (Node | null)[]) {
    if (!el || el.type === 'SpreadElement') return undefined;
    const t = resolve(fa.index, el);
    const type = lookupProperty(fa.index, t, 'type');
    if (!type.hit || type.uncertain || !isFullyKnown(type.hit.value)) return undefined;
  }
  return [topLevel, appendElement(text, arr, newTool)];
}
