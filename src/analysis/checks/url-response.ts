/**
 * Reads of `url` on the result of a GPT image call: GPT image models return
 * base64 (`b64_json`) only, so the read is always `undefined`.
 */
import {
  DEFAULT_MODEL_WHEN_OMITTED,
  DEFAULT_OUTPUT_FORMAT,
  IMAGES_RESPONSE,
  OUTPUT_FORMAT_MIME,
  RETURNS_URL,
  TODO_MARKER,
  URL_SINKS,
  getModel,
  liveModelReturnsUrl,
  todayIso,
} from '../../catalog/index.js';
import { type Node, isCall, isIdentifier, isMember, isWrapper, memberName, propertyKey, rangeOf, stringValue, unwrap } from '../ast.js';
import { type ImageRequest, clientKind, looksLikeImageRequest } from '../calls.js';
import { elsewhereOf } from './shapes.js';
import { type TextEdit, insertAt, lineEnding, renameKey, replaceString } from '../edits.js';
import type { Finding, Suggestion } from '../findings.js';
import type { FileAnalysis } from '../index.js';
import type { FileIndex } from '../scope.js';
import { type UrlRead, urlReads } from '../results.js';
import { type Sink, SinkWalker, referencesOf } from '../sinks.js';
import { isFullyKnown, isObjectLike, lookupProperty, stringCandidates } from '../values.js';

export interface UrlResponseOptions {
  /** Offer the data-URL suggestion next to the `b64_json` one (default true). */
  dataUrl?: boolean;
}

export type UrlResponseMessageId = 'urlUndefined' | 'urlUndefinedDefault' | 'urlUndefinedOnSome' | 'useB64Json' | 'useDataUrl';

/** How a request without a model is named when the SDK names no default, only its line (`images.edit`). */
export const API_DEFAULT_GPT_MODEL = "the API's default GPT image model";

/** The follow-up comment left by the `todo` mode; its wording is what keeps a second run from adding another. */
export const URL_TODO = `${TODO_MARKER}: GPT image models return base64 only, so \`url\` is undefined; read \`b64_json\` (decode it, or build a data URL).`;

/**
 * The model ids a request may be sent with, when all of them are known:
 * the `model` values, or the API default when the request certainly names none.
 */
export function certainModels(index: FileIndex, req: ImageRequest): string[] | undefined {
  const hit = req.model.hit;
  if (!hit) {
    if (req.model.uncertain || !isObjectLike(req.params) || !looksLikeImageRequest(index, req)) return undefined;
    const fallback = DEFAULT_MODEL_WHEN_OMITTED[req.endpoint];
    return fallback.value === undefined ? undefined : [fallback.value];
  }
  if (req.model.uncertain || !isFullyKnown(hit.value)) return undefined;
  const ids = stringCandidates(hit.value).map((c) => c.value);
  return ids.length ? ids : undefined;
}

/**
 * The models (as a label) when no model the request may use returns a `url`:
 * the certain ids, or, for a model chosen at run time on a call that goes to
 * OpenAI, the ids it spells when none of them and no model still serving the
 * endpoint returns one (decided by the catalog, not by the id in the code).
 */
export function neverReturnsUrl(index: FileIndex, req: ImageRequest, today: string = todayIso()): string | undefined {
  if (!req.model.hit && !req.model.uncertain && isObjectLike(req.params) && looksLikeImageRequest(index, req)) {
    const fallback = DEFAULT_MODEL_WHEN_OMITTED[req.endpoint];
    if (fallback.value === undefined) return fallback.line && !RETURNS_URL[fallback.line].value ? API_DEFAULT_GPT_MODEL : undefined;
  }
  const ids = certainModels(index, req) ?? runtimeModels(index, req, today);
  if (!ids) return undefined;
  for (const id of ids) {
    const model = getModel(id);
    if (!model || RETURNS_URL[model.line].value) return undefined;
  }
  return ids.join('` / `');
}

/** The ids a run-time model choice spells, when the call goes to OpenAI and no live model there returns a `url`. */
function runtimeModels(index: FileIndex, req: ImageRequest, today: string): string[] | undefined {
  const hit = req.model.hit;
  if (!hit || liveModelReturnsUrl(req.endpoint, today)) return undefined;
  const ids = stringCandidates(hit.value).map((c) => c.value);
  if (!ids.length) return undefined;
  if (elsewhereOf(clientKind(index, req.site), req) !== undefined) return undefined;
  return [...new Set(ids)];
}

/** The MIME type of the images the request produces, when it is certain. */
export function outputMime(fa: FileAnalysis, req: ImageRequest, outputFormat?: string): string | undefined {
  const mimes = OUTPUT_FORMAT_MIME.value;
  if (outputFormat !== undefined) return mimes[outputFormat];
  const found = lookupProperty(fa.index, req.params, 'output_format');
  if (found.uncertain) return undefined;
  if (!found.hit) return mimes[DEFAULT_OUTPUT_FORMAT.value];
  const values = stringCandidates(found.hit.value);
  if (!isFullyKnown(found.hit.value) || values.length !== 1) return undefined;
  return mimes[values[0].value];
}

/**
 * What the requests that reach a read return: `none` when none of them
 * returns a `url` (`model`: their ids), `some` when at least one certainly
 * returns none but another may (a `let` assigned by two calls).
 */
export function readVerdict(index: FileIndex, read: UrlRead, today: string = todayIso()): { kind: 'none' | 'some'; model: string } | undefined {
  const models = read.requests.map((r) => neverReturnsUrl(index, r, today));
  const none = [...new Set(models.filter((m): m is string => !!m))];
  if (!none.length) return undefined;
  return { kind: models.every(Boolean) ? 'none' : 'some', model: none.join('` / `') };
}

/** The MIME type of the images every request that reaches a read produces, when it is certain and the same. */
function readMime(fa: FileAnalysis, read: UrlRead, outputFormat?: string): string | undefined {
  const mimes = new Set(read.requests.map((r) => outputMime(fa, r, outputFormat)));
  return mimes.size === 1 ? [...mimes][0] : undefined;
}

/** The TODO left at a read that some requests reaching it answer without a `url`. */
export function urlSomeTodo(model: string): string {
  return `${TODO_MARKER}: this value comes from several requests, and on ${model} \`url\` is undefined (base64 only, in \`b64_json\`) while the others may return a URL; read \`b64_json\` on every path (or request \`response_format: 'b64_json'\` where the model takes it).`;
}

export function urlResponseFindings(fa: FileAnalysis, options: UrlResponseOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const read of urlReads(fa)) {
    const verdict = readVerdict(fa.index, read);
    if (!verdict) continue;
    const model = verdict.model;
    const suggestions: Suggestion[] = [];
    const b64 = verdict.kind === 'none' ? urlReadEdits(fa, read, 'b64_json') : [];
    if (b64.length) suggestions.push({ messageId: 'useB64Json', data: { field: IMAGES_RESPONSE.value.base64 }, edits: b64 });
    const mime = readMime(fa, read);
    const dataUrl = verdict.kind === 'none' && options.dataUrl !== false && mime ? dataUrlEdit(fa, read) : undefined;
    if (dataUrl) suggestions.push({ messageId: 'useDataUrl', data: { mime: mime!, field: IMAGES_RESPONSE.value.base64 }, edits: [dataUrl] });
    findings.push({
      node: read.node,
      messageId: verdict.kind === 'some' ? 'urlUndefinedOnSome' : model === API_DEFAULT_GPT_MODEL ? 'urlUndefinedDefault' : 'urlUndefined',
      data: { model, url: IMAGES_RESPONSE.value.url, field: IMAGES_RESPONSE.value.base64 },
      suggestions,
    });
  }
  return findings;
}

/**
 * The edits that replace one `url` read:
 * - `b64_json`: read `b64_json` instead (`res.data[0].b64_json`, `{ b64_json: url }`);
 * - `data-url`: a data URL built from `b64_json` with the MIME type of the
 *   call's `output_format` (or `outputFormat`), `undefined` when there is no
 *   image (the value keeps its nullability, so a `!url` guard still fires);
 *   falls back to `todo` for destructuring reads and when the format is not known;
 * - `todo`: a `TODO(gpt-image)` comment above the statement, added once.
 */
export function urlReadEdits(fa: FileAnalysis, read: UrlRead, mode: 'b64_json' | 'data-url' | 'todo', outputFormat?: string): TextEdit[] {
  const text = fa.index.text;
  const { base64 } = IMAGES_RESPONSE.value;
  const node = read.node;
  if (mode === 'b64_json') {
    if (isMember(node)) {
      const prop = node.property as Node;
      if (!node.computed) return [{ range: rangeOf(prop), text: base64 }];
      const literal = unwrap(prop);
      return literal && stringValue(literal) !== undefined ? [replaceString(text, literal, base64)] : [];
    }
    if (node.shorthand) return [insertAt(rangeOf(node)[0], `${base64}: `)];
    if (node.computed) {
      const literal = unwrap(node.key);
      return literal && stringValue(literal) !== undefined ? [replaceString(text, literal, base64)] : [];
    }
    const e = renameKey(text, node, base64);
    return e ? [e] : [];
  }
  if (mode === 'data-url') {
    const edit = dataUrlEdit(fa, read, outputFormat);
    return edit ? [edit] : urlReadEdits(fa, read, 'todo');
  }
  return todoEdits(fa, node, URL_TODO);
}

/** `res.data[0].b64_json` for the read `res.data[0].url` (its object, spelled as written). */
function base64Access(fa: FileAnalysis, node: Node): string {
  const [os, oe] = rangeOf(node.object);
  return `${fa.index.text.slice(os, oe)}${node.optional ? '?.' : '.'}${IMAGES_RESPONSE.value.base64}`;
}

/** An expression that reads the same value each time it is evaluated: names, `this`, member reads with static keys. */
function isPure(nodeIn: Node | undefined): boolean {
  const node = unwrap(nodeIn);
  if (!node) return false;
  if (node.type === 'Identifier' || node.type === 'ThisExpression') return true;
  if (isMember(node)) {
    if (node.computed) {
      const key = unwrap(node.property);
      const literal = key && (stringValue(key) !== undefined || key.type === 'NumericLiteral' || (key.type === 'Literal' && typeof key.value === 'number'));
      if (!literal && !(key && key.type === 'Identifier')) return false;
    }
    return isPure(node.object);
  }
  return false;
}

/** Parents in which a conditional expression needs no parentheses. */
const LOOSE_PARENTS = new Set([
  'VariableDeclarator',
  'ReturnStatement',
  'Property',
  'ObjectProperty',
  'ArrayExpression',
  'JSXExpressionContainer',
  'TemplateLiteral',
  'ExpressionStatement',
  'SpreadElement',
]);

/**
 * `b64 ? \`data:<mime>;base64,${b64}\` : undefined` in place of the read: the
 * data URL where there is an image, `undefined` where `url` was undefined.
 * Undefined when the MIME type is not known or the read cannot be replaced.
 */
function dataUrlEdit(fa: FileAnalysis, read: UrlRead, outputFormat?: string): TextEdit | undefined {
  const node = read.node;
  const mime = readMime(fa, read, outputFormat);
  if (!mime || !isMember(node) || isAssignmentTarget(fa, node) || !isPure(node.object)) return undefined;
  const access = base64Access(fa, node);
  const expr = `${access} ? \`data:${mime};base64,\${${access}}\` : undefined`;
  let outer = node;
  let p = fa.index.parents.get(outer);
  while (p && p.type === 'ChainExpression') {
    outer = p;
    p = fa.index.parents.get(outer);
  }
  const loose =
    !!p &&
    (LOOSE_PARENTS.has(p.type) ||
      (p.type === 'ArrowFunctionExpression' && p.body === outer) ||
      (p.type === 'AssignmentExpression' && p.right === outer) ||
      ((isCall(p) || p.type === 'NewExpression') && p.callee !== outer));
  return { range: rangeOf(node), text: loose ? expr : `(${expr})` };
}

/** The TODO left where the value of a `url` read goes somewhere a data URL may not work. */
export function urlSinkTodo(model: string, sink: string): string {
  return `${TODO_MARKER}: \`url\` is undefined on ${model} (base64 only, in \`b64_json\`), and this value goes to ${sink}; a data URL of the whole image may not work there. Decode \`b64_json\` (Buffer.from(b64, 'base64')) and store or upload the bytes, or build a data URL only where one is accepted.`;
}

/** The TODO left at a check on `url` that guards a read left with a TODO: the two move together, by hand. */
export function urlCheckTodo(model: string): string {
  return `${TODO_MARKER}: this tests \`url\`, which is undefined on ${model} (base64 only, in \`b64_json\`), and the code it guards reads \`url\` where the migration left a TODO; test \`b64_json\` here when you change that read.`;
}

/**
 * What a check on a `url` read guards: the consequent of the `if` or `?:`
 * whose test it is (through `!` and `&&`), or the right side of `read && ...`.
 */
export function guardedBy(fa: FileAnalysis, read: Node): Node | undefined {
  let node = read;
  for (let p = fa.index.parents.get(node); p; node = p, p = fa.index.parents.get(node)) {
    if (p.type === 'ChainExpression' || isWrapper(p) || (p.type === 'UnaryExpression' && p.operator === '!')) continue;
    if (p.type === 'LogicalExpression' && p.operator === '&&') {
      if (p.left === node) return p.right;
      continue;
    }
    if ((p.type === 'IfStatement' || p.type === 'ConditionalExpression') && p.test === node) return p.consequent;
    return undefined;
  }
  return undefined;
}

/** The TODO left where a download of the URL could not be rewritten. */
export function urlDownloadTodo(model: string, sink: string): string {
  return `${TODO_MARKER}: \`url\` is undefined on ${model} (base64 only, in \`b64_json\`), and this value is downloaded with ${sink}; decode \`b64_json\` instead (Buffer.from(b64, 'base64')) and drop the download.`;
}

export interface UrlReadPlan {
  /** `data-url`, `download` (decoded from b64_json, download dropped), `check` (a truthiness or null check, now on `b64_json`), or `todo`. */
  kind: 'data-url' | 'download' | 'check' | 'todo';
  edits: TextEdit[];
}

/**
 * The codemod's default: follow the value to its uses and pick the rewrite
 * that keeps the program working.
 * - Returned, put into JSON, used as an image `src`, or only checked: a data
 *   URL (nullable, see `data-url`).
 * - Downloaded once (`fetch`, node-fetch, undici, axios), apart from checks:
 *   read `b64_json`, decode it where the download's bytes were used, drop the
 *   download.
 * - Anything else (a chat message, a log, a database, an LLM tool result, an
 *   unknown function): the code stays as it is, with a TODO naming the sink.
 */
export function planUrlRead(fa: FileAnalysis, read: UrlRead, model: string): UrlReadPlan {
  const walker = new SinkWalker(fa.index);
  const node = read.node;
  const value = isMember(node) ? node : (node.value as Node | undefined);
  const todo = (text: string): UrlReadPlan => ({ kind: 'todo', edits: todoEdits(fa, node, text) });
  if (!value) return todo(URL_TODO);
  // `const { url } = item`: the binding's reads; `{ url: u = x }` is not followed.
  const sinks = isMember(node) ? walker.sinksOf(value) : value.type === 'Identifier' ? walker.variable(value, 0) : undefined;
  if (!sinks) return todo(URL_TODO);
  const downloads = sinks.filter((s) => s.kind === 'download');
  const others = sinks.filter((s) => s.kind === 'other');
  if (others.length) return todo(urlSinkTodo(model, others[0].label));
  // Only tested (`if (res.data[0].url)`, `url ? a : b`, `url && ...`, `!url`): the test reads what the target returns.
  if (sinks.length && sinks.every((s) => s.kind === 'check')) {
    const edits = urlReadEdits(fa, read, 'b64_json');
    return edits.length ? { kind: 'check', edits } : todo(URL_TODO);
  }
  if (downloads.length === 0) {
    const edit = isMember(node) ? dataUrlEdit(fa, read) : undefined;
    return edit ? { kind: 'data-url', edits: [edit] } : todo(URL_TODO);
  }
  if (downloads.length > 1 || sinks.some((s) => s.kind === 'safe')) return todo(urlDownloadTodo(model, downloads[0].label));
  const dl = downloads[0] as Extract<Sink, { kind: 'download' }>;
  // The base64 string where the download's bytes were: the read itself, or the variable that now holds `b64_json`.
  const [as, ae] = rangeOf(dl.node);
  const [rs, re] = rangeOf(node);
  const inline = isMember(node) && rs >= as && re <= ae;
  // The download's argument as written, with the read turned into `b64_json` when it is inline.
  const text = fa.index.text;
  const b64 = inline ? `${text.slice(as, rs)}${base64Access(fa, node)}${text.slice(re, ae)}` : text.slice(as, ae);
  const replaced = downloadEdits(fa, walker, dl, `Buffer.from(${b64}, 'base64')`, readMime(fa, read));
  if (!replaced) return todo(urlDownloadTodo(model, dl.label));
  const readEdits = inline ? [] : urlReadEdits(fa, read, 'b64_json');
  if (!inline && !readEdits.length) return todo(urlDownloadTodo(model, dl.label));
  return { kind: 'download', edits: [...readEdits, ...replaced] };
}

/**
 * Replaces a download's use with `bytes` and drops the download: the
 * response's bytes (`Buffer.from(await res.arrayBuffer())`, `await
 * res.buffer()`, `await res.arrayBuffer()`, `await res.blob()`, got's
 * `await got(url).buffer()`, an axios `data` fetched as an `arraybuffer`)
 * become `bytes` (an `ArrayBuffer` or a `Blob` of them where one was read);
 * the body as a stream (`res.body` piped or passed to `pipeline`,
 * `Readable.fromWeb(res.body)`, an axios `data` fetched as a `stream`)
 * becomes `Readable.from([bytes])`; the statement that made the request and
 * `if (!res.ok) throw ...` checks on it go. Undefined when the response is
 * used in any other way.
 */
function downloadEdits(fa: FileAnalysis, walker: SinkWalker, dl: Extract<Sink, { kind: 'download' }>, bytes: string, mime: string | undefined): TextEdit[] | undefined {
  const index = fa.index;
  const text = index.text;
  const call = dl.call;
  const awaited = walker.outer(call);
  const extra: TextEdit[] = [];
  /** `Readable.from([bytes])`, importing `Readable` when the file does not have it. */
  const stream = (): string | undefined => {
    const r = readableIn(fa);
    if (!r) return undefined;
    extra.push(...r.edits);
    return `${r.name}.from([${bytes}])`;
  };
  if (dl.client === 'got') {
    // `await got(url).buffer()`
    const m = index.parents.get(awaited);
    const c = m && isMember(m) && m.object === awaited && memberName(m) === URL_SINKS.gotBytes ? index.parents.get(m) : undefined;
    const done = c && isCall(c) && c.callee === m ? walker.outer(c) : undefined;
    return done && done.type === 'AwaitExpression' ? [{ range: rangeOf(done), text: bytes }] : undefined;
  }
  if (awaited.type !== 'AwaitExpression' && awaited === call) return undefined;
  let axiosType: string | undefined;
  if (dl.client === 'axios') {
    const config = unwrap(call.arguments[1]);
    const responseType = config?.type === 'ObjectExpression' ? (config.properties as Node[]).find((p) => propertyKey(p) === 'responseType') : undefined;
    axiosType = responseType ? stringValue(unwrap(responseType.value)) : undefined;
    if (axiosType !== URL_SINKS.axiosBytes && axiosType !== URL_SINKS.axiosStream) return undefined;
  }
  const edits: TextEdit[] = [];
  /** `x` is the response: its bytes (or its body as a stream) are read right here. */
  const bytesAt = (response: Node): { node: Node; text: string } | undefined => {
    const p = index.parents.get(walker.outer(response));
    if (!p || !isMember(p) || p.object !== walker.outer(response)) return undefined;
    const name = memberName(p);
    if (dl.client === 'axios') {
      if (name !== 'data') return undefined;
      if (axiosType === URL_SINKS.axiosBytes) return { node: widen(p), text: bytes };
      const s = stream();
      return s ? { node: p, text: s } : undefined;
    }
    if (name === URL_SINKS.fetchStream) {
      // `Readable.fromWeb(res.body)` (undici, global fetch) or the Node stream itself (node-fetch 2).
      const outer = walker.outer(p);
      const c = index.parents.get(outer);
      const callee = c && isCall(c) && c.arguments[0] === outer && c.arguments.length === 1 ? unwrap(c.callee) : undefined;
      if (callee && isMember(callee) && memberName(callee) === 'fromWeb') {
        const [os, oe] = rangeOf(callee.object);
        return { node: c!, text: `${text.slice(os, oe)}.from([${bytes}])` };
      }
      const s = stream();
      return s ? { node: p, text: s } : undefined;
    }
    const c = index.parents.get(p);
    if (!name || !c || !isCall(c) || c.callee !== p) return undefined;
    const done = walker.outer(c);
    if (done.type !== 'AwaitExpression') return undefined;
    if (name === URL_SINKS.fetchBlob) return { node: done, text: `new Blob([${bytes}]${mime ? `, { type: '${mime}' }` : ''})` };
    if (!URL_SINKS.fetchBytes.includes(name)) return undefined;
    if (name === 'buffer') return { node: done, text: bytes };
    const w = widen(done);
    // `await res.arrayBuffer()` used as an ArrayBuffer: one of exactly the image's bytes.
    return w === done ? { node: done, text: `new Uint8Array(${bytes}).buffer` } : { node: w, text: bytes };
  };
  /** `Buffer.from(x)`, `Buffer.from(x, 'binary')`, `new Uint8Array(x)`: the whole wrapper, which `bytes` replaces. */
  const widen = (n: Node): Node => {
    const outer = walker.outer(n);
    const p = index.parents.get(outer);
    if (p && (isCall(p) || p.type === 'NewExpression') && p.arguments[0] === outer) {
      const callee = unwrap(p.callee);
      const isBufferFrom = callee && isMember(callee) && memberName(callee) === 'from' && isIdentifier(unwrap(callee.object), 'Buffer');
      const isUint8 = p.type === 'NewExpression' && callee && isIdentifier(callee, 'Uint8Array');
      if ((isBufferFrom && p.arguments.length <= 2) || (isUint8 && p.arguments.length === 1)) return p;
    }
    return dl.client === 'axios' ? n : outer;
  };
  const direct = bytesAt(awaited);
  if (direct) return [{ range: rangeOf(direct.node), text: direct.text }, ...extra];
  const parent = index.parents.get(awaited);
  if (parent?.type !== 'VariableDeclarator' || parent.init !== awaited) return undefined;
  const decl = index.parents.get(parent);
  if (!decl || decl.type !== 'VariableDeclaration' || decl.declarations.length !== 1) return undefined;
  const stmtEdit = removeStatement(text, decl);
  // `const { data } = await axios.get(url, { responseType: 'arraybuffer' })`
  if (parent.id.type === 'ObjectPattern') {
    const props = parent.id.properties as Node[];
    if (dl.client !== 'axios' || props.length !== 1 || propertyKey(props[0]) !== 'data' || props[0].value?.type !== 'Identifier') return undefined;
    const value = axiosType === URL_SINKS.axiosBytes ? bytes : stream();
    return value ? [{ range: rangeOf(decl), text: `${decl.kind} ${props[0].value.name} = ${value};` }, ...extra] : undefined;
  }
  if (parent.id.type !== 'Identifier') return undefined;
  let reads = 0;
  const guards: Node[] = [];
  const inside = (n: Node, outer: Node) => rangeOf(n)[0] >= rangeOf(outer)[0] && rangeOf(n)[1] <= rangeOf(outer)[1];
  for (const ref of referencesOf(index, parent.id)) {
    if (guards.some((g) => inside(ref, g))) continue;
    const at = bytesAt(ref);
    if (at) {
      edits.push({ range: rangeOf(at.node), text: at.text });
      reads++;
      continue;
    }
    const guard = statusGuard(index, ref);
    if (!guard) return undefined;
    guards.push(guard);
    edits.push(removeStatement(text, guard));
  }
  if (reads === 0) return undefined;
  return [stmtEdit, ...edits, ...extra];
}

/**
 * The name `Readable` (Node's stream class) goes by in the file, with the
 * import that brings it in when the file does not have it: after the last
 * `import` of an ES module, or the last top-level `require` of a CommonJS
 * one. Undefined when the file uses the name for something else, or neither
 * form is clear.
 */
function readableIn(fa: FileAnalysis): { name: string; edits: TextEdit[] } | undefined {
  const text = fa.index.text;
  const body = (fa.index.root.type === 'File' ? fa.index.root.program.body : fa.index.root.body) as Node[];
  let lastImport: Node | undefined;
  let lastRequire: Node | undefined;
  for (const stmt of body) {
    if (stmt.type === 'ImportDeclaration') {
      lastImport = stmt;
      if (!URL_SINKS.streamModules.includes(stringValue(stmt.source) ?? '')) continue;
      for (const spec of stmt.specifiers as Node[]) {
        const imported = spec.imported as Node | undefined;
        if (spec.type === 'ImportSpecifier' && (imported?.name ?? stringValue(imported)) === 'Readable') return { name: spec.local.name, edits: [] };
      }
    } else if (stmt.type === 'VariableDeclaration') {
      for (const d of stmt.declarations as Node[]) {
        const init = unwrap(d.init);
        if (!init || !isCall(init) || !isIdentifier(unwrap(init.callee), 'require')) continue;
        lastRequire = stmt;
        if (!URL_SINKS.streamModules.includes(stringValue(unwrap(init.arguments[0])) ?? '') || d.id.type !== 'ObjectPattern') continue;
        for (const p of d.id.properties as Node[]) if (propertyKey(p) === 'Readable' && p.value?.type === 'Identifier') return { name: p.value.name, edits: [] };
      }
    }
  }
  if (/\bReadable\b/.test(text)) return undefined;
  const eol = lineEnding(text);
  const after = lastImport ?? lastRequire;
  if (!after) return undefined;
  const line = lastImport ? `import { Readable } from 'node:stream';` : `const { Readable } = require('node:stream');`;
  return { name: 'Readable', edits: [insertAt(rangeOf(after)[1], `${eol}${line}`)] };
}

/** `if (!res.ok) throw ...` / `if (res.status !== 200) { throw ... }` around a reference to the response. */
function statusGuard(index: FileAnalysis['index'], ref: Node): Node | undefined {
  const member = index.parents.get(ref);
  if (!member || !isMember(member) || !['ok', 'status', 'statusText'].includes(memberName(member) ?? '')) return undefined;
  let cur: Node = member;
  let p = index.parents.get(cur);
  while (p && p.type !== 'IfStatement' && (p.type === 'UnaryExpression' || p.type === 'BinaryExpression' || p.type === 'LogicalExpression' || isWrapper(p))) {
    cur = p;
    p = index.parents.get(cur);
  }
  if (!p || p.type !== 'IfStatement' || p.test !== cur || p.alternate) return undefined;
  const body = p.consequent.type === 'BlockStatement' ? p.consequent.body : [p.consequent];
  return body.length === 1 && body[0].type === 'ThrowStatement' ? p : undefined;
}

/** Removes a statement with its line when it stands alone there. */
function removeStatement(text: string, stmt: Node): TextEdit {
  const [s, e] = rangeOf(stmt);
  const ls = text.lastIndexOf('\n', s - 1) + 1;
  let le = text.indexOf('\n', e);
  if (le === -1) le = text.length;
  if (/^[ \t]*$/.test(text.slice(ls, s)) && /^[ \t]*\r?$/.test(text.slice(e, le))) return { range: [ls, Math.min(le + 1, text.length)], text: '' };
  return { range: [s, e], text: '' };
}

function isAssignmentTarget(fa: FileAnalysis, node: Node): boolean {
  let cur = node;
  let p = fa.index.parents.get(cur);
  while (p && (p.type === 'ChainExpression' || p.type === 'ParenthesizedExpression' || p.type === 'TSNonNullExpression')) {
    cur = p;
    p = fa.index.parents.get(cur);
  }
  return !!p && ((p.type === 'AssignmentExpression' && p.left === cur) || p.type === 'UpdateExpression');
}

const STATEMENT_LISTS = new Set(['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase', 'TSModuleBlock', 'ClassBody']);

/** The statement (or class member) that contains `node`; an `export` counts as part of its declaration. */
export function enclosingStatement(fa: Pick<FileAnalysis, 'index'>, node: Node): Node {
  let cur = node;
  let p = fa.index.parents.get(cur);
  while (p) {
    const isBody = /Statement$/.test(p.type) && (p.body === cur || p.consequent === cur || p.alternate === cur);
    if (STATEMENT_LISTS.has(p.type) || isBody) return cur;
    cur = p;
    p = fa.index.parents.get(cur);
  }
  return cur;
}

/** A comment above the statement that contains `node`, unless the same comment is already there. */
export function todoEdits(fa: Pick<FileAnalysis, 'index'>, node: Node, comment: string): TextEdit[] {
  const text = fa.index.text;
  const stmt = enclosingStatement(fa, node);
  const start = rangeOf(stmt)[0];
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const prevLineStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : 0;
  if (text.slice(prevLineStart, start).includes(comment)) return [];
  const before = text.slice(lineStart, start);
  if (/^[ \t]*$/.test(before)) return [insertAt(start, `// ${comment}${lineEnding(text)}${before}`)];
  return [insertAt(start, `/* ${comment.replace(/\*\//g, '* /')} */ `)];
}
