/**
 * Summaries of the project's own functions, in the manner of CodeQL's flow
 * summaries: "parameter i is the body of an image request", "the function
 * returns that request's result". A call of such a wrapper with a literal
 * request is then an image request itself, checked and migrated at the
 * literal.
 *
 * A summary is computed once per function and memoised; the requests of a
 * module are found once per module index, and the project index keeps a
 * module's index while its path, mtime and size hold, so summaries of another
 * module are computed once per process. Wrappers of wrappers are followed to
 * a fixed depth.
 */
import { HTTP_CLIENTS, HTTP_PATHS, IMAGE_TOOL_TYPE, MODELS, SHAPES, getModel } from '../../catalog/index.js';
import { type Node, isCall, isFunctionLike, isIdentifier, isMember, isWrapper, memberName, propertyKey, rangeOf, stringValue, unwrap } from '../ast.js';
import { type CallAnalysis, type CallSite, type ImageRequest, findCalls, imageTools } from '../calls.js';
import type { ResultShape } from '../calls.js';
import { type FileIndex, lookup } from '../scope.js';
import { type Value, lookupProperty, resolve } from '../values.js';
import { type FunctionRef, calledFunction } from './functions.js';

/** How one parameter of a function reaches an image request. */
export interface ParamReach {
  param: number;
  /** The call inside the function (or inside a wrapper it calls) that sends the request. */
  site: CallSite;
  /** For an Images API call, its endpoint. */
  endpoint?: ImageRequest['endpoint'];
  /** The index of the module the request is written in. */
  index: FileIndex;
  /** What the function returns of the request: its result (read as `result`), or nothing followed. */
  result: ResultShape;
}

export interface Summary {
  reaches: ParamReach[];
  /**
   * Parameters the function hands to an HTTP client as its URL and body
   * (`static makeRequest(url, data) { return axios.post(url, data) }`): a
   * call whose URL argument names an image API path sends that body there.
   */
  forwards: { url: number; body: number }[];
  /**
   * An HTTP helper taking one options object whose properties build the URL
   * and carry the body (`req({ base: 'openAi', uri: 'v1/images/generations', data })`):
   * the URL as pieces (text, an option's key, or `null` for a piece the
   * function does not spell) and the option that is the body.
   */
  templates: { param: number; url: (string | { key: string; table?: Value } | null)[]; body: string }[];
}

/** Wrappers of wrappers are followed this deep. */
const MAX_DEPTH = 3;
const EMPTY: Summary = { reaches: [], forwards: [], templates: [] };

const direct = new WeakMap<FileIndex, CallAnalysis>();
const summaries = new WeakMap<Node, Summary>();

/** The direct image calls of a module, found once per index (`seed`: the caller already found them). */
export function directCalls(index: FileIndex, seed?: CallAnalysis): CallAnalysis {
  if (seed) direct.set(index, seed);
  let hit = direct.get(index);
  if (!hit) direct.set(index, (hit = findCalls(index)));
  return hit;
}

function within(node: Node, outer: Node): boolean {
  const [s, e] = rangeOf(node);
  const [os, oe] = rangeOf(outer);
  return s >= os && e <= oe;
}

/** The parameter position a reference names in `fn`, when it is one of its plain parameters. */
function paramIndex(index: FileIndex, fn: Node, refIn: Node | undefined): number | undefined {
  const ref = unwrap(refIn);
  if (!ref || !isIdentifier(ref)) return undefined;
  const b = lookup(index, ref, ref.name);
  if (!b || (b.kind !== 'opaque' && b.kind !== 'param')) return undefined;
  const params = (fn.params ?? []) as Node[];
  for (let i = 0; i < params.length; i++) {
    let p = params[i];
    if (p.type === 'TSParameterProperty') p = p.parameter;
    if (p.type === 'AssignmentPattern') continue;
    if (p === b.id) return i;
  }
  return undefined;
}

/** The body a request carries as written: `JSON.stringify(x)` carries `x`. */
function bodyNode(site: CallSite): Node | undefined {
  const arg = unwrap(site.arg);
  if (arg && isCall(arg)) {
    const callee = unwrap(arg.callee);
    if (callee && isMember(callee) && memberName(callee) === 'stringify' && isIdentifier(unwrap(callee.object), 'JSON')) return arg.arguments[0];
  }
  return arg;
}

/** Does `fn` hand back the result of `call` as it is (`return call`, `return await call`, an arrow's body)? */
function returnsCall(index: FileIndex, fn: Node, call: Node): boolean {
  let node = call;
  let p = index.parents.get(node);
  while (p && ((isWrapper(p) && p.expression === node) || (p.type === 'AwaitExpression' && p.argument === node))) {
    node = p;
    p = index.parents.get(node);
  }
  if (!p) return false;
  if (p.type === 'ArrowFunctionExpression') return p === fn && p.body === node;
  if (p.type !== 'ReturnStatement') return false;
  let cur: Node | undefined = index.parents.get(p);
  while (cur && !isFunctionLike(cur)) cur = index.parents.get(cur);
  return cur === fn;
}

/** The summary of one function, computed once. */
export function summaryOf(ref: FunctionRef, depth = 0): Summary {
  const hit = summaries.get(ref.fn);
  if (hit) return hit;
  if (depth > MAX_DEPTH || !(ref.fn.params ?? []).length) return EMPTY;
  // A recursive function sees itself as having no summary yet.
  summaries.set(ref.fn, EMPTY);
  const { index, fn } = ref;
  const reaches: ParamReach[] = [];
  const own = directCalls(index);
  const nested = wrapperCallsIn(index, fn, depth + 1);
  for (const found of [own, nested]) {
    for (const site of found.sites) {
      if (!within(site.call, fn) || (site.api !== 'images' && site.api !== 'responses') || site.method === 'tasks') continue;
      const param = paramIndex(index, fn, bodyNode(site));
      if (param === undefined) continue;
      const endpoint = site.api === 'images' ? found.requests.find((r) => r.site === site)?.endpoint : undefined;
      if (site.api === 'images' && !endpoint) continue;
      const result = returnsCall(index, fn, site.call) ? site.result : 'none';
      reaches.push({ param, site, endpoint, index, result });
    }
  }
  const forwards = httpForwards(index, fn);
  const templates = urlTemplates(index, fn);
  const summary: Summary = reaches.length || forwards.length || templates.length ? { reaches, forwards, templates } : EMPTY;
  summaries.set(ref.fn, summary);
  return summary;
}

/** Calls in `fn` that send parameter `url` as the URL and parameter `body` as the body of an HTTP request. */
function httpForwards(index: FileIndex, fn: Node): { url: number; body: number }[] {
  const out: { url: number; body: number }[] = [];
  for (const call of index.calls) {
    if (!within(call, fn) || !isCall(call)) continue;
    const [first, second] = call.arguments as Node[];
    const url = paramIndex(index, fn, first);
    if (url === undefined || !second) continue;
    const callee = unwrap(call.callee);
    const method = callee && isMember(callee) ? memberName(callee) : undefined;
    let body: number | undefined;
    // `axios.post(url, data)`: the second argument is the body.
    if (method && HTTP_CLIENTS.dataMethods.includes(method)) body = paramIndex(index, fn, second);
    // `fetch(url, { method: 'POST', body: JSON.stringify(data) })`, `got.post(url, { json: data })`
    const options = unwrap(second);
    if (body === undefined && options?.type === 'ObjectExpression') {
      for (const p of options.properties as Node[]) {
        const key = p.type === 'SpreadElement' ? undefined : propertyKey(p);
        if (!key || !HTTP_CLIENTS.bodyOptions.includes(key)) continue;
        const v = unwrap(p.value);
        const inner = v && isCall(v) && isMember(unwrap(v.callee)) && memberName(unwrap(v.callee)!) === 'stringify' ? v.arguments[0] : v;
        body = paramIndex(index, fn, inner);
      }
    }
    if (body !== undefined) out.push({ url, body });
  }
  return out;
}

/** The key of the destructured option of `fn`'s first parameter that `ref` names (`function req({ uri, data })`). */
function optionKey(index: FileIndex, fn: Node, refIn: Node | undefined): string | undefined {
  const ref = unwrap(refIn);
  const pattern = (fn.params ?? [])[0] as Node | undefined;
  if (!ref || !isIdentifier(ref) || pattern?.type !== 'ObjectPattern') return undefined;
  const b = lookup(index, ref, ref.name);
  if (!b || !('id' in b)) return undefined;
  for (const p of pattern.properties as Node[]) {
    if (p.type === 'RestElement' || p.computed) continue;
    const v = p.value?.type === 'AssignmentPattern' ? p.value.left : p.value;
    if (v === b.id) return propertyKey(p);
  }
  return undefined;
}

/** URL templates built from the options of an HTTP helper (see `Summary.templates`). */
function urlTemplates(index: FileIndex, fn: Node): Summary['templates'] {
  const out: Summary['templates'] = [];
  if (((fn.params ?? [])[0] as Node | undefined)?.type !== 'ObjectPattern') return out;
  const pieces = (nodeIn: Node | undefined, depth = 0): Summary['templates'][number]['url'] | undefined => {
    const node = unwrap(nodeIn);
    if (!node || depth > 4) return undefined;
    const s = node.type === 'TemplateLiteral' ? undefined : stringValue(node);
    if (s !== undefined) return [s];
    const key = optionKey(index, fn, node);
    if (key) return [{ key }];
    // `BASES[base]`: a same-file table of base URLs, indexed by an option.
    if (isMember(node) && node.computed) {
      const tableKey = optionKey(index, fn, node.property);
      const table = tableKey ? resolve(index, node.object) : undefined;
      if (tableKey && table?.kind === 'object') return [{ key: tableKey, table }];
    }
    if (node.type === 'TemplateLiteral') {
      const url: Summary['templates'][number]['url'] = [];
      (node.quasis as Node[]).forEach((q, i) => {
        url.push(String(q.value.cooked ?? q.value.raw ?? ''));
        if (i < node.expressions.length) url.push(...(pieces(node.expressions[i], depth + 1) ?? [null]));
      });
      return url;
    }
    if (node.type === 'BinaryExpression' && node.operator === '+') return [...(pieces(node.left, depth + 1) ?? [null]), ...(pieces(node.right, depth + 1) ?? [null])];
    if (isIdentifier(node)) {
      const b = lookup(index, node, node.name);
      return b?.kind === 'const' ? pieces(b.init, depth + 1) : undefined;
    }
    return undefined;
  };
  for (const call of index.calls) {
    if (!within(call, fn) || !isCall(call)) continue;
    const [first, second] = call.arguments as Node[];
    const url = pieces(first);
    if (!url || !url.some((p) => p && typeof p === 'object') || !second) continue;
    const callee = unwrap(call.callee);
    const method = callee && isMember(callee) ? memberName(callee) : undefined;
    let body = method && HTTP_CLIENTS.dataMethods.includes(method) ? optionKey(index, fn, second) : undefined;
    const options = unwrap(second);
    if (!body && options?.type === 'ObjectExpression') {
      for (const p of options.properties as Node[]) {
        const key = p.type === 'SpreadElement' ? undefined : propertyKey(p);
        if (!key || !HTTP_CLIENTS.bodyOptions.includes(key)) continue;
        const v = unwrap(p.value);
        const inner = v && isCall(v) && isMember(unwrap(v.callee)) && memberName(unwrap(v.callee)!) === 'stringify' ? v.arguments[0] : v;
        body = optionKey(index, fn, inner);
      }
    }
    if (body) out.push({ param: 0, url, body });
  }
  return out;
}

/** A call's arguments that may be a literal request: an object written at the call, or a same-file `const` holding one. */
function literalArgument(index: FileIndex, arg: Node | undefined): boolean {
  const node = unwrap(arg);
  if (!node) return false;
  if (node.type === 'ObjectExpression') return true;
  if (!isIdentifier(node)) return false;
  const b = lookup(index, node, node.name);
  return b?.kind === 'const' && unwrap(b.init)?.type === 'ObjectExpression';
}

/**
 * A call that looks like raw HTTP by its URL but whose body is unknown
 * (`this.makeRequest('https://api.openai.com/v1/images/generations', data)`):
 * when it calls the project's own helper that forwards its URL and body to an
 * HTTP client, the body is the request.
 */
function forwardedBodies(index: FileIndex, sites: CallSite[], requests: ImageRequest[]): void {
  const found = directCalls(index);
  for (const site of found.sites) {
    if (!site.http || site.params.kind !== 'unknown' || site.api !== 'images' || site.method === 'tasks') continue;
    const ref = calledFunction(index, site.call.callee);
    if (!ref) continue;
    const forward = summaryOf(ref).forwards.find((f) => f.url === 0);
    const arg = forward ? (site.call.arguments as Node[])[forward.body] : undefined;
    if (!arg || arg.type === 'SpreadElement' || !literalArgument(index, arg)) continue;
    const request = found.requests.find((r) => r.site === site);
    if (!request) continue;
    const params = resolve(index, arg);
    const moved: CallSite = { ...site, arg, params, result: 'none' };
    sites.push(moved);
    requests.push({ site: moved, endpoint: request.endpoint, params, model: lookupProperty(index, params, 'model') });
  }
}

/** The image API paths, by endpoint. */
const PATH_ENDPOINTS = HTTP_PATHS.value.filter((p) => p.target === 'generations' || p.target === 'edits');

/** A call of an HTTP helper whose options spell an image API path: the body option is the request. */
function templatedRequests(index: FileIndex, call: Node, summary: Summary, sites: CallSite[], requests: ImageRequest[]): void {
  for (const t of summary.templates) {
    const arg = (call.arguments as Node[])[t.param];
    if (!arg || arg.type === 'SpreadElement' || !literalArgument(index, arg)) continue;
    const options = resolve(index, arg);
    const url = t.url
      .map((p) => {
        if (p === null) return '\u0000';
        if (typeof p === 'string') return p;
        const v = lookupProperty(index, options, p.key).hit?.value;
        if (v?.kind !== 'string') return '\u0000';
        if (!p.table) return v.value;
        const base = lookupProperty(index, p.table, v.value).hit?.value;
        return base?.kind === 'string' ? base.value : '\u0000';
      })
      .join('');
    const path = url.split(/[?#]/)[0].replace(/\u0000(?=[a-z])/gi, '\u0000/');
    const target = PATH_ENDPOINTS.find((p) => p.pattern.test(path))?.target as ImageRequest['endpoint'] | undefined;
    const body = lookupProperty(index, options, t.body).hit;
    if (!target || !body) continue;
    const bodyNode = (body.prop.value as Node | undefined) ?? body.prop.key;
    const params = body.value;
    if (params.kind !== 'object') continue;
    const host = /^[a-z]+:\/\/([^/\u0000]+)(?:\/|$)/i.exec(url)?.[1];
    const site: CallSite = { api: 'images', method: target === 'generations' ? 'generate' : 'edit', call, arg: bodyNode, params, shape: SHAPES.http, result: 'none', http: { url, host, azure: false } };
    sites.push(site);
    requests.push({ site, endpoint: target, params, model: lookupProperty(index, params, 'model') });
  }
}

/** The parameters of the Images API other than `model` and `prompt`, as the catalog lists them. */
const IMAGE_PARAMS = new Set(
  MODELS.flatMap((m) => [m.endpoints.generations, m.endpoints.edits].flatMap((table) => (table ? Object.keys(table) : []))).filter((k) => !['model', 'prompt', 'user', 'stream', 'safety_identifier'].includes(k)),
);

/**
 * A literal argument that can be an image request, or options carrying one:
 * it has a `prompt`, an image model id as `model`, an `image_generation` tool,
 * or a string naming an image API path. Other calls are not followed into
 * their functions, so the cost stays with the calls that matter.
 */
function requestLike(index: FileIndex, arg: Node | undefined, depth = 0): boolean {
  let obj = unwrap(arg);
  if (obj && isIdentifier(obj)) {
    const b = lookup(index, obj, obj.name);
    obj = b?.kind === 'const' ? unwrap(b.init) : undefined;
  }
  if (depth > 2 || obj?.type !== 'ObjectExpression') return false;
  // Syntactic only (no value is resolved): this runs on every call with an object argument.
  const props = obj.properties as Node[];
  let prompt = false;
  let modelOrParam = false;
  for (const p of props) {
    const key = p.type === 'SpreadElement' ? undefined : propertyKey(p);
    if (key === 'prompt') prompt = true;
    else if (key === 'model' || (key !== undefined && IMAGE_PARAMS.has(key))) modelOrParam = true;
  }
  // `prompt` alone is every LLM library's option: with a model or an image parameter it is an image request.
  if (prompt && modelOrParam) return true;
  for (const p of props) {
    if (p.type === 'SpreadElement') continue;
    const key = propertyKey(p);
    const value = unwrap(p.value);
    const text = stringValue(value);
    if (key === 'model' && text !== undefined && getModel(text)) return true;
    if (text !== undefined && /images\//.test(text)) return true;
    if (key === 'tools' && value?.type === 'ArrayExpression' && (value.elements as (Node | null)[]).some((el) => el?.type === 'ObjectExpression' && (el.properties as Node[]).some((q) => propertyKey(q) === 'type' && stringValue(unwrap(q.value)) === IMAGE_TOOL_TYPE.value))) return true;
    // `{ uri, data: { model, prompt } }`: the request one level down.
    if (value && requestLike(index, value, depth + 1)) return true;
  }
  return false;
}

/** An options object with a string naming an image API path (`{ uri: 'v1/images/generations', data }`). */
function namesImagePath(index: FileIndex, arg: Node | undefined): boolean {
  let obj = unwrap(arg);
  if (obj && isIdentifier(obj)) {
    const b = lookup(index, obj, obj.name);
    obj = b?.kind === 'const' ? unwrap(b.init) : undefined;
  }
  return obj?.type === 'ObjectExpression' && (obj.properties as Node[]).some((p) => p.type !== 'SpreadElement' && /images\//.test(stringValue(unwrap(p.value)) ?? ''));
}

/** The calls of wrappers in `scope` (a function, or the whole file), as image requests at the caller. */
export function wrapperCallsIn(index: FileIndex, scope: Node | undefined, depth = 0): CallAnalysis {
  const sites: CallSite[] = [];
  const requests: ImageRequest[] = [];
  if (depth > MAX_DEPTH) return { sites, requests };
  if (!scope) forwardedBodies(index, sites, requests);
  // A direct call whose body is unknown (`this.send('/images/generations', data)` looks like an HTTP call) yields to the wrapper it calls.
  const known = new Set(directCalls(index).sites.filter((s) => s.params.kind !== 'unknown').map((s) => s.call));
  for (const call of index.calls) {
    if (!isCall(call) || known.has(call) || (scope && !within(call, scope))) continue;
    const args = call.arguments as Node[];
    // Inside a function being summarised, a parameter passed on is followed too (a wrapper of a wrapper).
    const passes = (a: Node | undefined) => literalArgument(index, a) || (!!scope && isIdentifier(unwrap(a)));
    if (scope ? !args.some(passes) : !args.some((a) => requestLike(index, a))) continue;
    const ref = calledFunction(index, call.callee, !scope && args.some((a) => namesImagePath(index, a)) ? 'any' : 'image-code');
    if (!ref || ref.fn === scope) continue;
    const summary = summaryOf(ref, depth);
    if (!scope) templatedRequests(index, call, summary, sites, requests);
    const seen = new Set<number>();
    for (const reach of summary.reaches) {
      const arg = args[reach.param];
      if (seen.has(reach.param) || !arg || arg.type === 'SpreadElement' || !passes(arg)) continue;
      seen.add(reach.param);
      const inner = reach.site;
      const params = resolve(index, arg);
      const site: CallSite = { ...inner, call, arg, params, result: reach.result, client: undefined, via: { index: reach.index, site: inner } };
      sites.push(site);
      if (inner.api === 'responses') {
        for (const tool of imageTools(index, params)) requests.push({ site, endpoint: 'responses-tool', params: tool, model: lookupProperty(index, tool, 'model') });
      } else if (reach.endpoint) {
        requests.push({ site, endpoint: reach.endpoint, params, model: lookupProperty(index, params, 'model') });
      }
    }
  }
  return { sites, requests };
}
