/**
 * The migration edit plan: move one image request to a target model and fix
 * every parameter the target does not accept. The `no-legacy-model`
 * suggestion and the `migrate-image-model` transform both apply this plan.
 */
import {
  type ModelRecord,
  OPENAI_V3,
  QUALITY_MAP,
  SIZE_FALLBACK,
  TODO_MARKER,
  checkSize,
  paramRule,
} from '../catalog/index.js';
import type { ImageRequest } from './calls.js';
import { type TextEdit, commentBeforeProperty, removeProperty, renameKey, replacePropertyWithComment, replaceString } from './edits.js';
import { type Node, forEachChild, isFunctionLike, isMember, memberName, rangeOf, unwrap } from './ast.js';
import { type FileIndex, lookup } from './scope.js';
import { conditionalSpreadOf, objectEntries, spellKey, stringCandidates } from './values.js';

export interface MigrationOptions {
  /** Should this model id be replaced by the target? */
  replaceModel: (id: string) => boolean;
}

/** The TODO left where `style` was removed; its wording is what makes a second run find nothing to add. */
export function styleTodo(style: string, target: string): string {
  return `${TODO_MARKER}: style "${style}" is not supported by ${target}; describe it in the prompt.`;
}

/** The TODO left above a value the target accepts only in preview. */
export function previewTodo(param: string, value: string, target: string): string {
  return `${TODO_MARKER}: ${param} "${value}" is only in preview for ${target}; check it with \`gpt-image verify --generate\`.`;
}

/** The size a target accepts for a legacy size, or undefined when the size can stay. */
export function mapSize(target: ModelRecord, endpoint: ImageRequest['endpoint'], size: string): string | undefined {
  const rule = paramRule(target, endpoint, 'size');
  if (!rule || rule.kind !== 'size') return undefined;
  if (checkSize(rule.rule, size).ok) return undefined;
  const m = /^(\d+)x(\d+)$/.exec(size);
  if (!m) return undefined;
  const w = Number(m[1]);
  const h = Number(m[2]);
  const fb = SIZE_FALLBACK.value;
  const mapped = w === h ? fb.square : w > h ? fb.landscape : fb.portrait;
  return checkSize(rule.rule, mapped).ok ? mapped : undefined;
}

/**
 * The edits that move `req` to `target`. Returns undefined when the target
 * cannot serve the request's endpoint (then no edit makes the call work).
 */
export function planMigration(
  index: FileIndex,
  req: ImageRequest,
  target: ModelRecord,
  options: MigrationOptions,
): TextEdit[] | undefined {
  if (!target.endpoints[req.endpoint]) return undefined;
  const text = index.text;
  const edits: TextEdit[] = [];
  const model = req.model.hit;
  if (model) {
    for (const c of stringCandidates(model.value)) {
      if (options.replaceModel(c.value)) edits.push(replaceString(text, c.node, target.id));
    }
  }
  const { entries } = objectEntries(index, req.params);
  for (const [key, hit] of entries) {
    if (key === 'model') continue;
    const rule = paramRule(target, req.endpoint, key);
    if (!rule) continue;
    const values = stringCandidates(hit.value);
    if (rule.kind === 'unsupported') {
      if (rule.renameTo) {
        const e = renameKey(text, hit.prop, spellKey(req.params, rule.renameTo));
        if (e) edits.push(e);
      } else if (key === 'style' && values.length > 0) {
        edits.push(replacePropertyWithComment(text, hit.prop, styleTodo(values.map((v) => v.value).join('" / "'), target.id)));
      } else {
        edits.push(removeProperty(text, conditionalSpreadOf(hit) ?? hit.prop));
      }
      continue;
    }
    if (rule.kind === 'enum' && rule.preview && !rule.unconfirmed) {
      const preview = values.find((v) => rule.preview!.includes(v.value));
      if (preview) edits.push(commentBeforeProperty(text, hit.prop, previewTodo(key, preview.value, target.id)));
    }
    if (key === 'quality' && rule.kind === 'enum') {
      for (const v of values) {
        const mapped = QUALITY_MAP.value[v.value];
        if (!rule.values.includes(v.value) && mapped && rule.values.includes(mapped)) edits.push(replaceString(text, v.node, mapped));
      }
      continue;
    }
    if (key === 'size' && rule.kind === 'size') {
      for (const v of values) {
        const mapped = mapSize(target, req.endpoint, v.value);
        if (mapped) edits.push(replaceString(text, v.node, mapped));
      }
    }
  }
  return edits;
}

/**
 * The openai v3 `createImage({...})` -> openai v4+ `images.generate({...})`
 * rewrite: the method, and every read of the result's body, which v3 wrapped
 * in an axios response (`response.data.data` becomes `response.data`).
 * Undefined when the result is used in a way that is not clearly the same
 * after the rewrite (passed on, returned, destructured, read other than as
 * `.data.data`): that is left to a person.
 */
export function planV3Rewrite(index: FileIndex, req: ImageRequest): TextEdit[] | undefined {
  const { call } = req.site;
  const spec = OPENAI_V3.methods[req.site.method];
  const callee = unwrap(call.callee);
  if (!spec || spec.args !== 'object' || !callee || !isMember(callee) || callee.computed) return undefined;
  const edits: TextEdit[] = [{ range: rangeOf(callee.property), text: spec.replacement }];
  const body = OPENAI_V3.responseBody;
  // `<response>.data.data`: drop the first `.data`.
  const unwrapBody = (ref: Node): TextEdit | undefined => {
    const outer = climb(index, ref);
    const first = index.parents.get(outer);
    if (!first || !isMember(first) || first.object !== outer || memberName(first) !== body) return undefined;
    const second = index.parents.get(climb(index, first));
    if (!second || !isMember(second) || memberName(second) !== body) return undefined;
    return { range: [rangeOf(outer)[1], rangeOf(first)[1]], text: '' };
  };
  let node = call;
  let parent = index.parents.get(node);
  let awaited = false;
  while (parent && (parent.type === 'AwaitExpression' || WRAPPER_TYPES.has(parent.type))) {
    if (parent.type === 'AwaitExpression') awaited = true;
    node = parent;
    parent = index.parents.get(node);
  }
  if (!awaited || !parent) return undefined;
  if (isMember(parent) && parent.object === node) {
    const e = unwrapBody(node);
    return e ? [...edits, e] : undefined;
  }
  if (parent.type !== 'VariableDeclarator' || parent.init !== node || parent.id.type !== 'Identifier') return undefined;
  const refs = referencesOf(index, parent.id);
  for (const ref of refs) {
    const e = unwrapBody(ref);
    if (!e) return undefined;
    edits.push(e);
  }
  return edits;
}

const WRAPPER_TYPES = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'ParenthesizedExpression', 'ChainExpression']);

function climb(index: FileIndex, node: Node): Node {
  let cur = node;
  let p = index.parents.get(cur);
  while (p && WRAPPER_TYPES.has(p.type) && p.expression === cur) {
    cur = p;
    p = index.parents.get(cur);
  }
  return cur;
}

/** The reads of a variable in its function (undefined-safe: a reassigned variable has a write among them). */
function referencesOf(index: FileIndex, id: Node): Node[] {
  let scope = index.parents.get(id);
  while (scope && !isFunctionLike(scope) && scope.type !== 'Program') scope = index.parents.get(scope);
  const refs: Node[] = [];
  const walk = (n: Node) => {
    if (n.type === 'Identifier' && n !== id && n.name === id.name) {
      const p = index.parents.get(n);
      const isProp = p && ((isMember(p) && p.property === n && !p.computed) || ((p.type === 'Property' || p.type === 'ObjectProperty') && p.key === n && p.value !== n));
      if (!isProp) {
        const b = lookup(index, n, n.name);
        if (b && 'id' in b && b.id === id) refs.push(n);
      }
    }
    forEachChild(n, walk);
  };
  walk(scope ?? index.root);
  return refs;
}
