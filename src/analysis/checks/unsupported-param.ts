/**
 * Parameters and values an image model does not accept on an endpoint, read
 * from the catalog's parameter tables: parameters of the other model line,
 * values outside the allowed set or range, sizes, combinations between
 * parameters, fields the Responses image_generation tool does not have, and
 * `tool_choice` forcing a tool that is not in `tools`.
 *
 * Never reported: parameters the catalog does not know, rules marked
 * `unconfirmed`, values that are not statically known, and properties that a
 * later unresolved spread may override.
 */
import {
  COMBINATIONS,
  EXCLUSIONS,
  IMAGE_TOOL_TYPE,
  type ModelRecord,
  TOOL_CHOICE_WITHOUT_TOOL,
  type ParamRule,
  QUALITY_MAP,
  TOOL_BASE,
  checkSize,
  getModel,
  paramRule,
} from '../../catalog/index.js';
import { type Node, rangeOf } from '../ast.js';
import { type ImageRequest, nodeInCall } from '../calls.js';
import { isDeclaredLiteral } from '../flow/declared-unions.js';
import { moduleOfNode } from '../project.js';
import { type TextEdit, removeProperty, renameKey, replaceString } from '../edits.js';
import type { Finding, MessageData, Suggestion } from '../findings.js';
import type { FileAnalysis } from '../index.js';
import { mapSize } from '../migrate.js';
import { wayOut } from './shapes.js';
import {
  type PropertyHit,
  type Value,
  isFullyKnown,
  lookupProperty,
  spellKey,
  isObjectLike,
  objectEntries,
  resolve,
  stringCandidates,
} from '../values.js';

export type UnsupportedParamMessageId =
  | 'unsupported'
  | 'omit'
  | 'badValue'
  | 'outOfRange'
  | 'badSize'
  | 'combination'
  | 'combinationAbsent'
  | 'combinationDefault'
  | 'exclusion'
  | 'toolChoiceWithoutTool'
  | 'librarySends'
  | 'removeParam'
  | 'replaceValue';

const ENDPOINT_NAMES: Readonly<Record<ImageRequest['endpoint'], string>> = {
  generations: '`images.generate`',
  edits: '`images.edit`',
  variations: '`images.createVariation`',
  'responses-tool': 'the image_generation tool',
};

interface Context {
  fa: FileAnalysis;
  req: ImageRequest;
  /** The model the request is checked against; undefined: the tool fields every model shares. */
  model?: ModelRecord;
  /** There is exactly one model candidate, fully known: autofixes are safe. */
  single: boolean;
  findings: Finding[];
  /** Check the library's own schema (`shape.params`) instead of a model's table. */
  library?: boolean;
  /** Parameters (and values) already reported by the library's schema. */
  reported?: Set<string>;
}

/** Raw HTTP requests are named by their path, not by an SDK method they do not use. */
const HTTP_ENDPOINT_NAMES: Readonly<Record<ImageRequest['endpoint'], string>> = {
  generations: 'a request to `/images/generations`',
  edits: 'a request to `/images/edits`',
  variations: 'a request to `/images/variations`',
  'responses-tool': 'the image_generation tool',
};

const where = (ctx: Context) => {
  const shape = ctx.req.site.shape;
  if (ctx.library) return `by ${shape.label} (its schema rejects it before sending)`;
  const via = shape.id === 'sdk' || shape.id === 'http' ? '' : ` (through ${shape.label})`;
  const endpoint = (shape.id === 'http' ? HTTP_ENDPOINT_NAMES : ENDPOINT_NAMES)[ctx.req.endpoint];
  return ctx.model ? `with \`${ctx.model.id}\` in ${endpoint}${via}` : `in ${endpoint}${via}`;
};

const isUnconfirmed = (rule: ParamRule) => rule.unconfirmed === true || (rule.kind === 'size' && rule.rule.unconfirmed === true);

/** Where a finding about `hit` is reported: the node itself when it is inside the call, else what leads there. */
function reportAt(req: ImageRequest, hit: PropertyHit, first?: Node): Node {
  return nodeInCall(req.site.call, [first, hit.prop, ...[...hit.via].reverse(), req.site.arg]);
}

function numberCandidates(v: Value): { value: number; node: Node }[] {
  if (v.kind === 'number') return [{ value: v.value, node: v.node }];
  if (v.kind === 'union') return v.options.flatMap(numberCandidates);
  return [];
}

export function unsupportedParamFindings(fa: FileAnalysis): Finding[] {
  const findings: Finding[] = [];
  for (const req of fa.requests) {
    if (!isObjectLike(req.params)) continue;
    const modelValue = req.model.hit?.value;
    const models = modelValue
      ? stringCandidates(modelValue)
          .map((c) => getModel(c.value))
          .filter((m): m is ModelRecord => !!m)
      : [];
    const single = models.length === 1 && !!modelValue && isFullyKnown(modelValue) && !req.model.uncertain;
    const unique = models.filter((m, i) => models.findIndex((o) => o.id === m.id) === i);
    const reported = new Set<string>();
    if (req.site.shape.params) checkRequest({ fa, req, single, findings, library: true, reported });
    if (unique.length) {
      for (const model of unique) checkRequest({ fa, req, model, single, findings, reported });
      librarySends(fa, req, unique, findings);
    } else if (req.endpoint === 'responses-tool') {
      checkRequest({ fa, req, single: false, findings, reported });
    }
  }
  toolChoiceFindings(fa, findings);
  return findings;
}

function checkRequest(ctx: Context): void {
  const { fa, req } = ctx;
  const { entries } = objectEntries(fa.index, req.params);
  for (const key of entries.keys()) {
    const found = lookupProperty(fa.index, req.params, key);
    if (!found.hit || found.uncertain) continue;
    const libraryTable = req.site.shape.params;
    const rule = ctx.library
      ? libraryTable && Object.prototype.hasOwnProperty.call(libraryTable, key)
        ? libraryTable[key]
        : undefined
      : ctx.model
        ? paramRule(ctx.model, req.endpoint, key)
        : Object.prototype.hasOwnProperty.call(TOOL_BASE, key)
          ? (TOOL_BASE as Record<string, ParamRule>)[key]
          : undefined;
    if (!rule || isUnconfirmed(rule)) continue;
    if (!ctx.model && !ctx.library && rule.kind !== 'unsupported') continue;
    if (!ctx.library && ctx.reported?.has(key)) continue;
    const before = ctx.findings.length;
    checkParam(ctx, key, rule, found.hit, entries);
    if (ctx.library && ctx.findings.length > before) ctx.reported?.add(key);
  }
  if (ctx.model && !ctx.library) {
    combinationFindings(ctx);
    exclusionFindings(ctx);
  }
}

function push(ctx: Context, node: Node, messageId: UnsupportedParamMessageId, data: MessageData, suggestions: Suggestion[] = [], fix?: TextEdit[]): void {
  ctx.findings.push({ node, messageId, data, suggestions, ...(fix ? { fix } : {}) });
}

function checkParam(ctx: Context, key: string, rule: ParamRule, hit: PropertyHit, entries: Map<string, PropertyHit>): void {
  const text = ctx.fa.index.text;
  // A library that sends its own defaults (DallEAPIWrapper) is not fixed by editing its options.
  const editable = hit.via.length === 0 && ctx.req.site.shape.editable;
  const remove = (): Suggestion[] =>
    editable ? [{ messageId: 'removeParam', data: { param: key }, edits: [removeProperty(text, hit.prop)] }] : [];
  switch (rule.kind) {
    case 'unsupported': {
      const data = { param: key, where: where(ctx), reason: rule.reason };
      if (rule.renameTo) {
        const rename = editable && !entries.has(rule.renameTo) ? renameKey(text, hit.prop, spellKey(ctx.req.params, rule.renameTo)) : undefined;
        if (rename) push(ctx, reportAt(ctx.req, hit), 'unsupported', data, [], [rename]);
        else push(ctx, reportAt(ctx.req, hit), 'unsupported', data, remove());
        return;
      }
      if (rule.omit) {
        push(ctx, reportAt(ctx.req, hit), 'omit', data, [], editable ? [removeProperty(text, hit.prop)] : undefined);
        return;
      }
      const values = stringCandidates(hit.value);
      const droppable =
        ctx.single &&
        editable &&
        !!rule.droppable &&
        isFullyKnown(hit.value) &&
        values.length > 0 &&
        values.every((v) => rule.droppable!.includes(v.value));
      if (droppable) push(ctx, reportAt(ctx.req, hit), 'unsupported', data, [], [removeProperty(text, hit.prop)]);
      else push(ctx, reportAt(ctx.req, hit), 'unsupported', data, remove());
      return;
    }
    case 'enum': {
      for (const c of stringCandidates(hit.value)) {
        if (rule.values.includes(c.value) || rule.unconfirmedValues?.includes(c.value)) continue;
        const mapped = QUALITY_MAP.value[c.value];
        const suggestions: Suggestion[] =
          mapped && rule.values.includes(mapped) && editable && !isDeclaredLiteral(c.node)
            ? [{ messageId: 'replaceValue', data: { param: key, value: JSON.stringify(mapped) }, edits: [replaceString(text, c.node, mapped)] }]
            : [];
        push(ctx, reportAt(ctx.req, hit, c.node), 'badValue', { param: key, value: c.value, where: where(ctx), allowed: rule.values.join(', ') }, suggestions);
      }
      return;
    }
    case 'int': {
      for (const c of numberCandidates(hit.value)) {
        if (!Number.isInteger(c.value)) continue;
        if (c.value >= rule.min && c.value <= rule.max) continue;
        const bound = c.value > rule.max ? rule.max : rule.min;
        const limit = c.value > rule.max ? `above the maximum of ${rule.max}` : `below the minimum of ${rule.min}`;
        const suggestions: Suggestion[] = editable
          ? [{ messageId: 'replaceValue', data: { param: key, value: String(bound) }, edits: [{ range: rangeOf(c.node), text: String(bound), ...(moduleOfNode(c.node) ? { file: moduleOfNode(c.node)!.file } : {}) }] }]
          : [];
        push(ctx, reportAt(ctx.req, hit, c.node), 'outOfRange', { param: key, value: c.value, where: where(ctx), limit }, suggestions);
      }
      return;
    }
    case 'size': {
      for (const c of stringCandidates(hit.value)) {
        const verdict = checkSize(rule.rule, c.value);
        if (verdict.ok) continue;
        const better = ctx.model ? nearestSize(ctx.model, ctx.req, rule, c.value) : undefined;
        const suggestions: Suggestion[] =
          better && editable && !isDeclaredLiteral(c.node)
            ? [{ messageId: 'replaceValue', data: { param: key, value: JSON.stringify(better) }, edits: [replaceString(text, c.node, better)] }]
            : [];
        push(ctx, reportAt(ctx.req, hit, c.node), 'badSize', { value: c.value, where: where(ctx), reason: verdict.reason ?? '' }, suggestions);
      }
      return;
    }
    default:
      return;
  }
}

/** A size the model accepts close to `size`: edges rounded to the grid, else the standard size of the same orientation. */
function nearestSize(model: ModelRecord, req: ImageRequest, rule: ParamRule & { kind: 'size' }, size: string): string | undefined {
  const m = /^(\d+)x(\d+)$/.exec(size);
  if (m && rule.rule.kind === 'flexible') {
    const step = rule.rule.multipleOf;
    const rounded = `${Math.round(Number(m[1]) / step) * step}x${Math.round(Number(m[2]) / step) * step}`;
    if (checkSize(rule.rule, rounded).ok) return rounded;
  }
  return mapSize(model, req.endpoint, size);
}

/**
 * Parameters a library always sends (DallEAPIWrapper: `response_format`,
 * `style`, `quality`) that the request's model rejects, when the code does
 * not set them itself: reported at the library call, with the way out.
 */
function librarySends(fa: FileAnalysis, req: ImageRequest, models: ModelRecord[], findings: Finding[]): void {
  const sends = req.site.shape.alwaysSends?.value;
  if (!sends) return;
  const { entries } = objectEntries(fa.index, req.params);
  const callee = req.site.call.callee as Node | undefined;
  for (const model of models) {
    for (const [param, value] of Object.entries(sends)) {
      if (entries.has(param)) continue;
      const rule = paramRule(model, req.endpoint, param);
      if (!rule || isUnconfirmed(rule)) continue;
      const rejected = rule.kind === 'unsupported' ? rule.reason : rule.kind === 'enum' && !rule.values.includes(value) ? `allowed: ${rule.values.join(', ')}` : undefined;
      if (!rejected) continue;
      findings.push({
        node: callee ?? req.site.call,
        messageId: 'librarySends',
        data: { library: req.site.shape.label, param, value, model: model.id, reason: rejected, wayOut: wayOut(req).trim() },
        suggestions: [],
      });
    }
  }
}

function combinationFindings(ctx: Context): void {
  const { fa, req, model } = ctx;
  if (!model) return;
  for (const combo of COMBINATIONS) {
    const own = paramRule(model, req.endpoint, combo.param);
    if (!own || own.kind === 'unsupported' || combo.unconfirmed) continue;
    const trigger = lookupProperty(fa.index, req.params, combo.param);
    if (!trigger.hit || trigger.uncertain) continue;
    if (combo.whenValues) {
      const values = stringCandidates(trigger.hit.value);
      if (!values.some((v) => combo.whenValues!.includes(v.value))) continue;
    }
    const other = lookupProperty(fa.index, req.params, combo.requires);
    if (other.uncertain) continue;
    const node = reportAt(req, trigger.hit);
    if (!other.hit) {
      if (combo.requiredWhenAbsent) push(ctx, node, 'combinationAbsent', { message: combo.message, other: combo.requires });
      // The API's default applies only where the request goes as written (a library may send its own).
      else if (combo.whenAbsent !== undefined && !combo.requiresValues.includes(combo.whenAbsent) && (req.site.shape.id === 'sdk' || req.site.shape.id === 'http')) {
        push(ctx, node, 'combinationDefault', { message: combo.message, other: combo.requires, value: combo.whenAbsent });
      }
      continue;
    }
    if (!isFullyKnown(other.hit.value)) continue;
    const bad = stringCandidates(other.hit.value).filter((v) => !combo.requiresValues.includes(v.value));
    if (bad.length) {
      push(ctx, node, 'combination', { message: combo.message, other: combo.requires, value: bad.map((b) => `"${b.value}"`).join(' or ') });
    }
  }
}

/** The statically known values of a property: strings, numbers and booleans. */
function literalCandidates(v: Value): (string | number | boolean)[] | undefined {
  if (v.kind === 'string' || v.kind === 'number' || v.kind === 'boolean') return [v.value];
  if (v.kind !== 'union') return undefined;
  const out: (string | number | boolean)[] = [];
  for (const o of v.options) {
    const c = literalCandidates(o);
    if (!c) return undefined;
    out.push(...c);
  }
  return out;
}

/**
 * A parameter that rules another out (`output_format: "svg"` with `n: 2`,
 * `stream: true`; `markup` with `mask`): reported at the excluded parameter
 * when the model accepts the trigger and every value of the excluded one is
 * known and not allowed alongside.
 */
function exclusionFindings(ctx: Context): void {
  const { fa, req, model } = ctx;
  if (!model || req.endpoint === 'variations') return;
  for (const ex of EXCLUSIONS) {
    if (!ex.endpoints.includes(req.endpoint) || ex.unconfirmed) continue;
    const own = paramRule(model, req.endpoint, ex.param);
    if (!own || own.kind === 'unsupported') continue;
    const trigger = lookupProperty(fa.index, req.params, ex.param);
    if (!trigger.hit || trigger.uncertain) continue;
    if (ex.whenValues) {
      // Only a value the model accepts: another one is reported as a bad value already.
      if (own.kind !== 'enum' || !isFullyKnown(trigger.hit.value)) continue;
      const values = stringCandidates(trigger.hit.value).map((v) => v.value);
      if (!values.length || !values.every((v) => ex.whenValues!.includes(v) && own.values.includes(v))) continue;
    }
    const other = lookupProperty(fa.index, req.params, ex.excludes);
    if (!other.hit || other.uncertain) continue;
    const allowed = ex.allowed ?? [];
    if (allowed.length) {
      const values = literalCandidates(other.hit.value);
      if (!values || !values.some((v) => !allowed.includes(v))) continue;
    }
    const trig = ex.whenValues ? `\`${ex.param}: "${ex.whenValues.join('" | "')}"\`` : `\`${ex.param}\``;
    push(ctx, reportAt(req, other.hit), 'exclusion', { message: ex.message, param: ex.excludes, trigger: trig });
  }
}

/** `tool_choice: { type: "image_generation" }` when `tools` certainly has no image_generation tool. */
function toolChoiceFindings(fa: FileAnalysis, findings: Finding[]): void {
  const toolType = IMAGE_TOOL_TYPE.value;
  for (const site of fa.sites) {
    if (site.api !== 'responses' || site.params.kind !== 'object') continue;
    const choice = lookupProperty(fa.index, site.params, 'tool_choice');
    if (!choice.hit || choice.uncertain) continue;
    const type = lookupProperty(fa.index, choice.hit.value, 'type').hit;
    if (!type || !isFullyKnown(type.value) || !stringCandidates(type.value).some((c) => c.value === toolType)) continue;
    const tools = lookupProperty(fa.index, site.params, 'tools');
    if (tools.uncertain) continue;
    if (tools.hit) {
      if (tools.hit.value.kind !== 'array') continue;
      let certainlyAbsent = true;
      for (const el of tools.hit.value.node.elements as (Node | null)[]) {
        if (!el || el.type === 'SpreadElement') {
          certainlyAbsent = false;
          break;
        }
        const t = lookupProperty(fa.index, resolve(fa.index, el), 'type');
        if (!t.hit || t.uncertain || !isFullyKnown(t.hit.value) || stringCandidates(t.hit.value).some((c) => c.value === toolType)) {
          certainlyAbsent = false;
          break;
        }
      }
      if (!certainlyAbsent) continue;
    }
    findings.push({
      node: nodeInCall(site.call, [choice.hit.prop, ...[...choice.hit.via].reverse(), site.arg]),
      messageId: 'toolChoiceWithoutTool',
      data: { tool: toolType, error: TOOL_CHOICE_WITHOUT_TOOL.value },
      suggestions: [],
    });
  }
}
