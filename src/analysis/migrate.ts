/**
 * The migration edit plan: move one image request to a target model and fix
 * every parameter the target does not accept. The `no-legacy-model`
 * suggestion and the `migrate-image-model` transform both apply this plan.
 */
import {
  LOST_CHOICES,
  type ModelRecord,
  QUALITY_MAP,
  SIZE_FALLBACK,
  TODO_MARKER,
  DEFAULT_MODEL_WHEN_OMITTED,
  IMAGES_RESPONSE,
  RETURNS_URL,
  type SizeRule,
  acceptedByLiveModel,
  checkSize,
  describeSizes,
  getModel,
  paramRule,
  sizeRule,
  todayIso,
} from '../catalog/index.js';
import type { ImageRequest } from './calls.js';
import { todoEdits } from './checks/url-response.js';
import { resultEscapes } from './results.js';
import { type ReturnedReaders, returnedResultReaders } from './flow/returned-results.js';
import { type TextEdit, commentBeforeProperty, removeProperty, renameKey, replacePropertyWithComment, replaceString } from './edits.js';
import { type SwitchedTest, switchedTests } from './model-branches.js';
import { moduleOfNode } from './project.js';
import type { FileIndex } from './scope.js';
import { type Node, rangeOf, stringValue } from './ast.js';
import { isDeclaredLiteral } from './flow/declared-unions.js';
import { conditionalSpreadOf, isFullyKnown, lookupProperty, objectEntries, opaqueSpreads, spellKey, stringCandidates } from './values.js';

export interface MigrationOptions {
  /** Should this model id be replaced by the target? */
  replaceModel: (id: string) => boolean;
  /** The day that decides which models still serve requests (default: today). */
  today?: string;
  /**
   * Set (to a description such as "`https://gw.example/v1`") when the call may
   * go somewhere other than OpenAI: a gateway, or a base URL the file does not
   * spell. A run-time model choice then keeps every parameter, with a TODO.
   */
  elsewhere?: string;
  /** For a model chosen at run time, apply only what no live model accepts and add no TODO for the rest (a later pass marks what lint still reports). */
  onlyDead?: boolean;
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

/** A literal in code that an edit may rewrite: not a value known only from a type (a declared union, the checker's literal type). */
function isRewritable(index: FileIndex, node: Node): boolean {
  if (stringValue(node) === undefined || isDeclaredLiteral(node)) return false;
  const module = moduleOfNode(node);
  // A literal the type checker found in another module, where `migrate` edits it.
  if (module && module.index.root === node) return true;
  // A literal of a type (the walk skips types, so it has no parent) is not a value the code sets.
  const p = (module ? module.index : index).parents.get(node);
  return !!p && p.type !== 'TSLiteralType';
}

/** How a parameter's value is spelled in the call, shortened for a comment. */
function spelled(text: string, node: Node): string {
  const [s, e] = rangeOf(node);
  const t = text.slice(s, e).replace(/\s+/g, ' ');
  return t.length > 40 ? `${t.slice(0, 37)}...` : t;
}

/** The TODO left where a user's choice of a legacy-only parameter is removed or cannot be kept. */
export function lostChoiceTodo(param: string, how: string, target: string, values?: readonly string[]): string {
  const choice = LOST_CHOICES.value[param];
  const may = values && values.length ? `, which may be ${values.map((v) => `"${v}"`).join(' or ')}` : '';
  const did = choice ? ` It ${choice.did}; ${target} ${choice.instead}.` : ` ${target} does not accept it as written.`;
  return `${TODO_MARKER}: \`${param}\` came from \`${how}\`${may} (the user's choice).${did}`;
}

/** One parameter's part of a migration. */
interface ParamPlan {
  key: string;
  /** The property as written. */
  prop: Node;
  /** Edits that change the request. */
  edits: TextEdit[];
  /** Comments only (a preview note): they change nothing the program does. */
  notes: TextEdit[];
  /** No model still serving the endpoint accepts what the edits remove or map: the request fails whatever model is chosen. */
  dead: boolean;
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
  const today = options.today ?? todayIso();
  const model = req.model.hit;
  const idEdits: TextEdit[] = [];
  const from: string[] = [];
  if (model) {
    const declared: string[] = [];
    for (const c of stringCandidates(model.value)) {
      if (!options.replaceModel(c.value)) continue;
      from.push(c.value);
      if (isDeclaredLiteral(c.node)) {
        declared.push(c.value);
        continue;
      }
      idEdits.push(replaceString(text, c.node, target.id));
      for (const t of switchedTests(index, c.node, c.value, target.id)) idEdits.push(...todoEdits({ index }, t.test, switchedTodo(c.value, target.id, t)));
    }
    if (declared.length) idEdits.push(commentBeforeProperty(text, model.prop, declaredTodo('model', declared, target.id, declared.map(() => target.id))));
  }
  // The request is also written where its key cannot be read (`params[key] = v`): nothing moves (the finding's TODO says why).
  if (from.length && unreadWrites(req).length) return undefined;
  const plans = planParams(index, req, target, from, today);
  const notes = plans.flatMap((p) => p.notes);
  // The request moves to the target (a legacy id replaced, or `model` added): what a spread it cannot see carries is not checked.
  if (from.length || !model) {
    const old = from.length ? from : oldDefault(index, req);
    for (const spread of opaqueSpreads(index, req.params)) notes.push(commentBeforeProperty(text, spread, opaqueSpreadTodo(spelled(text, spread), req, old, target)));
    // The old model answered with URLs, and the result leaves where the reads of `url` are followed.
    const hadUrls = old.some((id) => { const m = getModel(id); return !!m && RETURNS_URL[m.line].value; });
    if (hadUrls && !RETURNS_URL[target.line].value && !asksBase64(index, req)) {
      if (resultEscapes({ index }, req)) notes.push(...todoEdits({ index }, req.site.call, escapedResultTodo(old, target.id)));
      else {
        // The whole result returned: its callers' reads of `url`, or callers not seen.
        const readers = returnedResultReaders(index, req);
        if (readers.kind !== 'none') notes.push(...todoEdits({ index }, req.site.call, returnedResultTodo(old, target.id, readers)));
      }
    }
  }
  const runtime = !!model && (req.model.uncertain || !isFullyKnown(model.value));
  if (!runtime) return [...idEdits, ...notes, ...plans.flatMap((p) => p.edits)];
  // A model chosen at run time (`process.env.IMAGE_MODEL || 'dall-e-3'`). On OpenAI, what no
  // live model accepts fails whatever id arrives: it goes. What another live model needs stays,
  // with a TODO; so does everything when the call may go to a gateway that serves other models.
  const changing = plans.filter((p) => p.edits.length);
  const applied = options.elsewhere ? [] : changing.filter((p) => p.dead);
  const keptPlans = changing.filter((p) => !applied.includes(p));
  const kept = keptPlans.map((p) => p.key);
  const out = [...idEdits, ...notes, ...applied.flatMap((p) => p.edits)];
  if (!kept.length || options.onlyDead) return out;
  // The TODO goes above the first parameter kept (so the ones after it are near), else above `model`.
  const first = keptPlans.map((p) => p.prop).filter((n) => !moduleOfNode(n)).sort((a, b) => rangeOf(a)[0] - rangeOf(b)[0])[0];
  const [vs, ve] = rangeOf(model!.prop.value ?? model!.prop);
  const how = text.slice(vs, ve).replace(/\s+/g, ' ');
  const todo = runtimeModelTodo(how.length > 60 ? `${how.slice(0, 57)}...` : how, target.id, [...new Set(kept)].join('`, `'), options.elsewhere, from.length > 0);
  return [...out, commentBeforeProperty(text, first ?? model!.prop, todo)];
}

/** Writes to the request whose key cannot be read (`params[key] = v`, a write in another function), first first. */
export function unreadWrites(req: ImageRequest): Node[] {
  const out = req.params.kind === 'view' ? req.params.parts.flatMap((p) => (p.kind === 'entries' ? (p.unread ?? []) : [])) : [];
  return [...out].sort((a, b) => rangeOf(a)[0] - rangeOf(b)[0]);
}

/** The TODO left at a call whose request is also written where its key cannot be read. */
export function unreadWriteTodo(index: FileIndex, write: Node, id: string, target: string): string {
  const [s, e] = rangeOf(write);
  const how = index.text.slice(s, e).replace(/\s+/g, ' ');
  return `${TODO_MARKER}: \`${id}\` is not moved here: this request is also filled by \`${how.length > 60 ? `${how.slice(0, 57)}...` : how}\`, with a key this migration cannot read. Set \`model\` to "${target}" and check that every key set there is accepted by ${target}.`;
}

/** The TODO left where a value the target rejects comes from a declared type (a parameter's union, a JSDoc `@param`). */
export function declaredTodo(key: string, values: readonly string[], target: string, to: readonly (string | undefined)[]): string {
  const map = values.map((v, i) => (to[i] ? `"${v}" -> "${to[i]}"` : `"${v}"`)).join(', ');
  if (key === 'model') {
    return `${TODO_MARKER}: \`model\` comes from a declared type that allows ${values.map((v) => `"${v}"`).join(' / ')}, a legacy model; move what the callers pass and the declaration to "${target}".`;
  }
  return `${TODO_MARKER}: \`${key}\` comes from a declared type that allows ${values.map((v) => `"${v}"`).join(' / ')}, which ${target} does not take; change what the callers pass and the declaration (${map}).`;
}

/** The TODO left above a test on the model id whose outcome the migration turns around. */
export function switchedTodo(from: string, to: string, t: SwitchedTest): string {
  const sets = t.sets.map((k) => {
    const choice = LOST_CHOICES.value[k];
    return choice ? ` It sets \`${k}\`, which ${choice.did}; ${to} ${choice.instead}.` : ` It sets \`${k}\`.`;
  });
  const now = t.before ? 'no longer holds' : 'now holds';
  return `${TODO_MARKER}: this test on the model id ${now} since the default \`${from}\` became \`${to}\`.${sets.join('')} Decide what this branch does on ${to}.`;
}

/**
 * The TODO left where a run-time model choice keeps parameters: on OpenAI
 * because another live model needs them; on a gateway (`where`) because it
 * may serve models that accept them.
 */
export function runtimeModelTodo(how: string, target: string, params: string, where?: string, migrated = true): string {
  const why = where
    ? `the call may go elsewhere than OpenAI (${where}), where other models may take them`
    : 'other models that still serve requests take them';
  return `${TODO_MARKER}: the model is chosen at run time (${how}); its fallback ${migrated ? 'now ' : ''}is ${target}, which does not take \`${params}\` as written. They were kept because ${why}; change them where ${target} is used.`;
}

/** The parameter plans of a migration to `target`; `from`: the legacy ids the call moves off. */
function planParams(index: FileIndex, req: ImageRequest, target: ModelRecord, from: readonly string[], today: string): ParamPlan[] {
  const text = index.text;
  const plans: ParamPlan[] = [];
  const { entries } = objectEntries(index, req.params);
  const live = (key: string, value?: string) => acceptedByLiveModel(req.endpoint, key, value, today);
  for (const [key, hit] of entries) {
    if (key === 'model') continue;
    const rule = paramRule(target, req.endpoint, key);
    if (!rule) continue;
    const plan: ParamPlan = { key, prop: hit.prop, edits: [], notes: [], dead: true };
    plans.push(plan);
    const values = stringCandidates(hit.value);
    const literal = isFullyKnown(hit.value) && values.every((v) => isRewritable(index, v.node));
    const valueNode = (hit.prop.value as Node | undefined) ?? hit.prop;
    if (rule.kind === 'unsupported') {
      plan.dead = !live(key);
      if (rule.renameTo) {
        const e = renameKey(text, hit.prop, spellKey(req.params, rule.renameTo));
        if (e) plan.edits.push(e);
      } else if (!literal) {
        // A variable, a parameter, a prop: the user's choice goes, and the TODO says what it did.
        const todo = lostChoiceTodo(key, spelled(text, valueNode), target.id, values.map((v) => v.value));
        plan.edits.push(replacePropertyWithComment(text, conditionalSpreadOf(hit) ?? hit.prop, todo));
      } else if (key === 'style' && values.length > 0) {
        plan.edits.push(replacePropertyWithComment(text, hit.prop, styleTodo(values.map((v) => v.value).join('" / "'), target.id)));
      } else {
        plan.edits.push(removeProperty(text, conditionalSpreadOf(hit) ?? hit.prop));
      }
      continue;
    }
    if (rule.kind === 'enum' && rule.preview && !rule.unconfirmed) {
      const preview = values.find((v) => rule.preview!.includes(v.value));
      if (preview) plan.notes.push(commentBeforeProperty(text, hit.prop, previewTodo(key, preview.value, target.id)));
    }
    const mapped = (v: string): string | undefined => {
      if (key === 'quality' && rule.kind === 'enum') {
        const m = QUALITY_MAP.value[v];
        return !rule.values.includes(v) && m && rule.values.includes(m) ? m : undefined;
      }
      return key === 'size' && rule.kind === 'size' ? mapSize(target, req.endpoint, v) : undefined;
    };
    // A value of a declared type (`quality: 'standard' | 'hd'`) is what callers pass: the type is not where to change it.
    const rejected = (v: string) => (key === 'quality' && rule.kind === 'enum' ? !rule.values.includes(v) : mapped(v) !== undefined);
    const declared = values.filter((v) => isDeclaredLiteral(v.node) && rejected(v.value));
    if (declared.length) {
      plan.notes.push(commentBeforeProperty(text, hit.prop, declaredTodo(key, declared.map((d) => d.value), target.id, declared.map((d) => mapped(d.value)))));
    }
    const changes = values
      .filter((v) => !isDeclaredLiteral(v.node))
      .map((v) => ({ v, to: mapped(v.value) }))
      .filter((c) => c.to !== undefined);
    const rewritable = changes.every((c) => isRewritable(index, c.v.node));
    if (changes.length && rewritable) {
      for (const c of changes) plan.edits.push(replaceString(text, c.v.node, c.to!));
      plan.dead = changes.every((c) => !live(key, c.v.value));
    }
    // A value from elsewhere (a checker's literal type), or a value from elsewhere where the
    // old model took only values the target does not: the value is the user's to change.
    const oldValues = from.flatMap((id) => {
      const old = getModel(id);
      const r = old && paramRule(old, req.endpoint, key);
      return r?.kind === 'enum' ? r.values : [];
    });
    const legacyOnly =
      !declared.length && !isFullyKnown(hit.value) && oldValues.length > 0 && rule.kind === 'enum' && !oldValues.some((v) => rule.values.includes(v));
    if ((changes.length && !rewritable) || legacyOnly) {
      const shown = changes.length && !rewritable ? changes.map((c) => c.v.value) : oldValues;
      plan.notes.push(commentBeforeProperty(text, hit.prop, lostChoiceTodo(key, spelled(text, valueNode), target.id, shown)));
    } else if (key === 'size' && rule.kind === 'size' && !declared.length && !changes.length && !isFullyKnown(hit.value)) {
      // A size chosen at run time, where the old model took sizes the target rejects (DALL-E's 256x256).
      const old = oldSizes(index, req, from).filter((s) => !checkSize(rule.rule, s).ok);
      if (old.length) plan.notes.push(commentBeforeProperty(text, hit.prop, runtimeSizeTodo(spelled(text, valueNode), old, target.id, rule.rule)));
    }
  }
  return plans;
}

/**
 * The sizes the model(s) the request ran on took: those of `from`, else of
 * the endpoint's default when the request names no model (and sends nothing
 * that steers the default to a GPT image model).
 */
function oldSizes(index: FileIndex, req: ImageRequest, from: readonly string[]): string[] {
  const ids = from.length ? from : oldDefault(index, req);
  const sizes = ids.flatMap((id) => {
    const m = getModel(id);
    const r = m && sizeRule(m, req.endpoint);
    return r?.kind === 'fixed' ? r.sizes : [];
  });
  return [...new Set(sizes)];
}

/** The endpoint's default model for a request that names none (none when it sends what steers the default to a GPT image model). */
function oldDefault(index: FileIndex, req: ImageRequest): string[] {
  if (req.model.hit || req.model.uncertain) return [];
  const fallback = DEFAULT_MODEL_WHEN_OMITTED[req.endpoint].value;
  const model = fallback ? getModel(fallback) : undefined;
  if (!model) return [];
  const { entries } = objectEntries(index, req.params);
  const steered = [...entries.keys()].some((k) => paramRule(model, req.endpoint, k)?.kind === 'unsupported');
  return steered ? [] : [model.id];
}

/** The request asks for base64 (`response_format: 'b64_json'`), so its readers already expect no URL. */
function asksBase64(index: FileIndex, req: ImageRequest): boolean {
  const found = lookupProperty(index, req.params, 'response_format');
  if (!found.hit || found.uncertain || !isFullyKnown(found.hit.value)) return false;
  const values = stringCandidates(found.hit.value);
  return values.length > 0 && values.every((v) => v.value === IMAGES_RESPONSE.value.base64);
}

/** The TODO left at a request whose result leaves the function, now that it carries no URL. */
export function escapedResultTodo(old: readonly string[], target: string): string {
  const { url, base64 } = IMAGES_RESPONSE.value;
  return `${TODO_MARKER}: this result leaves here (returned, stored or passed on); on ${old.join(' / ')} its images had a \`${url}\`, on ${target} they carry \`${base64}\` only, so code elsewhere that reads \`.${url}\` gets undefined. Read \`${base64}\` there instead.`;
}

/** The TODO left at a request whose whole result is returned to code that reads `url` (or to callers not all seen). */
export function returnedResultTodo(old: readonly string[], target: string, readers: Exclude<ReturnedReaders, { kind: 'none' }>): string {
  const { url, base64 } = IMAGES_RESPONSE.value;
  const had = `on ${old.join(' / ')} its images had a \`${url}\`, on ${target} they carry \`${base64}\` only`;
  if (readers.kind === 'read') return `${TODO_MARKER}: this result is returned to code that reads \`.${url}\` from it (${readers.where}); ${had}, so that read gets undefined. Read \`${base64}\` there instead.`;
  return `${TODO_MARKER}: this result is returned, and not every reader of it can be seen (${readers.where}); ${had}, so a reader of \`.${url}\` gets undefined. Read \`${base64}\` there instead.`;
}

/** The TODO left above a spread the analysis cannot see in a request that moves to `target`. */
export function opaqueSpreadTodo(how: string, req: ImageRequest, old: readonly string[], target: ModelRecord): string {
  const table = target.endpoints[req.endpoint] ?? {};
  const rejected = Object.keys(table).filter((k) => {
    const r = table[k];
    return r.kind === 'unsupported' && !r.renameTo && (!old.length || old.some((id) => { const m = getModel(id); const o = m && paramRule(m, req.endpoint, k); return !!o && o.kind !== 'unsupported'; }));
  });
  const which = rejected.length ? ` ${target.id} rejects ${rejected.map((k) => `\`${k}\``).join(', ')}${old.length ? ` (which ${old.join(' / ')} took)` : ''}, and a \`size\` or \`quality\` it carries must be one ${target.id} takes.` : ` A \`size\` or \`quality\` it carries must be one ${target.id} takes.`;
  return `${TODO_MARKER}: \`${how}\` adds parameters the migration cannot see; the request now goes to ${target.id}.${which} Check what it carries.`;
}

/** The TODO left above a size chosen at run time that may be one the target rejects. */
export function runtimeSizeTodo(how: string, old: readonly string[], target: string, rule: SizeRule): string {
  return `${TODO_MARKER}: \`size\` is chosen at run time (\`${how}\`); the old model took ${old.join(' / ')}, which ${target} rejects. ${target} takes ${describeSizes(rule)}; map what reaches here.`;
}
