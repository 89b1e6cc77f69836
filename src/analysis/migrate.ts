/**
 * The migration edit plan: move one image request to a target model and fix
 * every parameter the target does not accept. The `no-legacy-model`
 * suggestion and the `migrate-image-model` transform both apply this plan.
 */
import {
  type ModelRecord,
  QUALITY_MAP,
  SIZE_FALLBACK,
  TODO_MARKER,
  checkSize,
  paramRule,
} from '../catalog/index.js';
import type { ImageRequest } from './calls.js';
import { type TextEdit, commentBeforeProperty, removeProperty, renameKey, replacePropertyWithComment, replaceString } from './edits.js';
import type { FileIndex } from './scope.js';
import { rangeOf } from './ast.js';
import { isDeclaredLiteral } from './flow/declared-unions.js';
import { conditionalSpreadOf, isFullyKnown, objectEntries, spellKey, stringCandidates } from './values.js';

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
  const idEdits: TextEdit[] = [];
  if (model) {
    const declared: string[] = [];
    for (const c of stringCandidates(model.value)) {
      if (!options.replaceModel(c.value)) continue;
      if (isDeclaredLiteral(c.node)) declared.push(c.value);
      else idEdits.push(replaceString(text, c.node, target.id));
    }
    if (declared.length) idEdits.push(commentBeforeProperty(text, model.prop, declaredTodo('model', declared, target.id, declared.map(() => target.id))));
  }
  const paramEdits = planParams(index, req, target, edits);
  // A model chosen at run time (`process.env.IMAGE_MODEL || 'dall-e-3'`): other
  // models can reach the call, so the parameters they need stay, with a TODO.
  if (model && (req.model.uncertain || !isFullyKnown(model.value)) && paramEdits.length) {
    const [vs, ve] = rangeOf(model.prop.value ?? model.prop);
    const how = text.slice(vs, ve).replace(/\s+/g, ' ');
    const kept = [...new Set(paramEdits)].join('`, `');
    return [...idEdits, commentBeforeProperty(text, model.prop, runtimeModelTodo(how.length > 60 ? `${how.slice(0, 57)}...` : how, target.id, kept))];
  }
  return [...idEdits, ...edits];
}

/** The TODO left where a value the target rejects comes from a declared type (a parameter's union, a JSDoc `@param`). */
export function declaredTodo(key: string, values: readonly string[], target: string, to: readonly (string | undefined)[]): string {
  const map = values.map((v, i) => (to[i] ? `"${v}" -> "${to[i]}"` : `"${v}"`)).join(', ');
  if (key === 'model') {
    return `${TODO_MARKER}: \`model\` comes from a declared type that allows ${values.map((v) => `"${v}"`).join(' / ')}, a legacy model; move what the callers pass and the declaration to "${target}".`;
  }
  return `${TODO_MARKER}: \`${key}\` comes from a declared type that allows ${values.map((v) => `"${v}"`).join(' / ')}, which ${target} does not take; change what the callers pass and the declaration (${map}).`;
}

/** The TODO left where a run-time model choice keeps parameters other models need. */
export function runtimeModelTodo(how: string, target: string, params: string): string {
  return `${TODO_MARKER}: the model is chosen at run time (${how}); its fallback now is ${target}, which does not take \`${params}\` as written. They were kept for the other models that can reach this call; change them where ${target} is used.`;
}

/** The parameter edits of a migration to `target` (pushed to `edits`); returns the keys edited. */
function planParams(index: FileIndex, req: ImageRequest, target: ModelRecord, edits: TextEdit[]): string[] {
  const text = index.text;
  const keys: string[] = [];
  let lastKey: string | undefined;
  let lastLen = edits.length;
  const note = () => {
    if (lastKey !== undefined && edits.length > lastLen && !keys.includes(lastKey)) keys.push(lastKey);
  };
  const { entries } = objectEntries(index, req.params);
  for (const [key, hit] of entries) {
    note();
    lastKey = key;
    lastLen = edits.length;
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
    // A value of a declared type (`quality: 'standard' | 'hd'`) is what callers pass: the type is not where to change it.
    const declared: { from: string; to: string | undefined }[] = [];
    if (key === 'quality' && rule.kind === 'enum') {
      for (const v of values) {
        const mapped = QUALITY_MAP.value[v.value];
        if (rule.values.includes(v.value)) continue;
        const to = mapped && rule.values.includes(mapped) ? mapped : undefined;
        if (isDeclaredLiteral(v.node)) declared.push({ from: v.value, to });
        else if (to) edits.push(replaceString(text, v.node, to));
      }
    }
    if (key === 'size' && rule.kind === 'size') {
      for (const v of values) {
        const mapped = mapSize(target, req.endpoint, v.value);
        if (!mapped) continue;
        if (isDeclaredLiteral(v.node)) declared.push({ from: v.value, to: mapped });
        else edits.push(replaceString(text, v.node, mapped));
      }
    }
    if (declared.length) {
      edits.push(commentBeforeProperty(text, hit.prop, declaredTodo(key, declared.map((d) => d.from), target.id, declared.map((d) => d.to))));
    }
  }
  note();
  return keys;
}
