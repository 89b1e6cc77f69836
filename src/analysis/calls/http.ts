/** Raw HTTP: `fetch`, axios, got, ky and friends, sent to an image API path (OpenAI's, Azure's, a gateway's). */
import { AZURE, type Endpoint, HTTP_CLIENTS, HTTP_PATHS, type HttpTarget, SHAPES, TASK_API } from '../../catalog/index.js';
import { type Node, forEachChild, isCall, isFunctionLike, isIdentifier, isMember, memberName, propertyKey, stringValue, unwrap } from '../ast.js';
import { type Binding, type FileIndex, lookup } from '../scope.js';
import { type FormEntry, type Value, lookupProperty, resolve } from '../values.js';
import { type CallSite, type Found, type HttpTargetInfo, IMAGE_METHODS, type ResultShape, addRegion, calleeNames, imageTools } from './shared.js';

/** Stands for a part of a URL the file does not spell. */
const UNKNOWN_PART = '\u0000';

/** The text of a URL expression, with `UNKNOWN_PART` where a piece is not a same-file constant. */
function urlText(index: FileIndex, nodeIn: Node | undefined, depth = 0, resolveValue = (n: Node) => resolve(index, n)): string | undefined {
  const node = unwrap(nodeIn);
  if (!node || depth > 12) return undefined;
  const s = stringValue(node);
  if (s !== undefined) return s;
  const piece = (n: Node | undefined) => urlText(index, n, depth + 1) ?? UNKNOWN_PART;
  switch (node.type) {
    case 'TemplateLiteral': {
      let out = '';
      node.quasis.forEach((q: Node, i: number) => {
        out += q.value.cooked ?? q.value.raw ?? '';
        if (i < node.expressions.length) out += piece(node.expressions[i]);
      });
      return out;
    }
    case 'BinaryExpression':
      return node.operator === '+' ? piece(node.left) + piece(node.right) : undefined;
    case 'NewExpression':
      // `new URL(path, base)`
      return isIdentifier(unwrap(node.callee), 'URL') && node.arguments.length ? urlWithBase(piece(node.arguments[0]), node.arguments[1] ? piece(node.arguments[1]) : undefined) : undefined;
    case 'Identifier': {
      const b = lookup(index, node, node.name);
      if (b?.kind === 'const') return urlText(index, b.init, depth + 1);
      // A base URL imported from another module.
      const v = b?.kind === 'opaque' ? resolveValue(node) : undefined;
      return v?.kind === 'string' ? v.value : undefined;
    }
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      const v = resolveValue(node);
      return v.kind === 'string' ? v.value : undefined;
    }
    default:
      return undefined;
  }
}

function urlWithBase(path: string, base: string | undefined): string {
  if (base === undefined || /^[a-z]+:\/\//i.test(path)) return path;
  return path.startsWith('/') ? `${/^([a-z]+:\/\/[^/]+)/i.exec(base)?.[1] ?? UNKNOWN_PART}${path}` : `${base.replace(/\/?$/, '/')}${path}`;
}

function httpTargetOf(url: string): { target: HttpTarget; info: HttpTargetInfo } | undefined {
  // Most strings passed first to a call are no URL: they do not even hold a path's last segment.
  if (!HTTP_PATHS.value.some((p) => url.includes(p.last))) return undefined;
  // `${base}images/generations`: a base the file does not spell, joined without a slash, ends in one.
  const path = url.split(/[?#]/)[0].replace(/\u0000(?=[a-z])/gi, '\u0000/');
  const match = HTTP_PATHS.value.find((p) => p.pattern.test(path));
  if (!match) return undefined;
  const host = /^[a-z]+:\/\/([^/\u0000]+)(?:\/|$)/i.exec(url)?.[1];
  return { target: match.target, info: { url, host, azure: AZURE.deploymentPath.test(path) || (!!host && AZURE.host.test(host)) } };
}

/** The body an options object carries (`body`, `json`, `data`), if any. */
function bodyOption(index: FileIndex, options: Value): Node | undefined | null {
  for (const key of HTTP_CLIENTS.bodyOptions) {
    const found = lookupProperty(index, options, key);
    if (found.hit) return (found.hit.prop.value as Node | undefined) ?? (found.hit.prop.shorthand ? found.hit.prop.key : null);
    if (found.uncertain) return null;
  }
  return undefined;
}

const REQUEST_KEYS = ['model', 'prompt', 'tools', 'input', 'image'];

/**
 * Whether the first argument is worth resolving as a URL or a config object.
 * This runs on every call of a file the gate passed, and resolving a name
 * builds scopes, a variable's writes, a class's fields, or loads a module:
 * so, as for wrappers (`requestLike`), the syntax decides first. A URL or
 * config spelled in the call is always looked at; one named or computed
 * (a const, a parameter, a `let`, an import, a member, a call) when the call
 * has a second argument (a POST sends a body or options), or when it is a
 * config client's call (`axios(config)`, `instance.request(config)`, an
 * `axios.create()` instance). A one-argument call of anything else with a
 * name is a GET, or the project's own wrapper (found by its summary).
 */
function firstArgumentWorthResolving(index: FileIndex, call: Node, args: Node[]): boolean {
  const first = unwrap(args[0]);
  if (!first) return false;
  switch (first.type) {
    case 'Literal':
    case 'StringLiteral':
    case 'TemplateLiteral':
    case 'BinaryExpression':
    case 'NewExpression':
      return true;
    case 'ObjectExpression':
      return configLiteral(first) || (hasSpread(first) && (args.length > 1 || configClientCall(index, call)));
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
    case 'ArrayExpression':
    case 'ClassExpression':
      return false;
    default:
      return args.length > 1 || configClientCall(index, call);
  }
}

/** An object literal with a `url` key. */
function configLiteral(obj: Node): boolean {
  return (obj.properties as Node[]).some((p) => p.type !== 'SpreadElement' && !p.computed && propertyKey(p) === HTTP_CLIENTS.urlOption);
}

function hasSpread(obj: Node): boolean {
  return (obj.properties as Node[]).some((p) => p.type === 'SpreadElement');
}

/** `axios(...)`, `got(...)`, `x.request(...)`, or a call of an instance the file makes with `axios.create()` / `got.extend()`. */
function configClientCall(index: FileIndex, call: Node): boolean {
  const callee = unwrap(call.callee);
  if (!callee) return false;
  if (isMember(callee)) {
    const method = memberName(callee);
    return !!method && HTTP_CLIENTS.configMethods.includes(method);
  }
  return isIdentifier(callee) && (HTTP_CLIENTS.configClients.includes(callee.name) || instanceNames(index).has(callee.name));
}

const FACTORY_CALL = new RegExp(`\\.(?:${HTTP_CLIENTS.instanceFactories.join('|')})\\s*\\(`, 'g');
/** What stands before a factory call that assigns its instance: `api = axios`, `api = await got`. */
const ASSIGNED_BEFORE = /([\w$]+)\s*=\s*(?:await\s+)?[\w$.]+$/;
const instances = new WeakMap<FileIndex, Set<string>>();

/** The names a file assigns an instance to (`const api = axios.create(...)`), read from its text once (no scope is built for it). */
function instanceNames(index: FileIndex): Set<string> {
  let names = instances.get(index);
  if (!names) {
    names = new Set();
    for (const m of index.text.matchAll(FACTORY_CALL)) {
      const before = ASSIGNED_BEFORE.exec(index.text.slice(Math.max(0, m.index - 200), m.index));
      if (before) names.add(before[1]);
    }
    instances.set(index, names);
  }
  return names;
}

export function httpRequest(index: FileIndex, call: Node): Found | undefined {
  const args = call.arguments as Node[];
  if (!args.length || args[0].type === 'SpreadElement') return undefined;
  if (!firstArgumentWorthResolving(index, call, args)) return undefined;
  const callee = unwrap(call.callee);
  // The first argument is resolved once, whether it turns out to be the URL or a config object.
  const firstNode = unwrap(args[0]);
  let first: Value | undefined;
  const resolveFirst = (n: Node) => (unwrap(n) === firstNode ? (first ??= resolve(index, n)) : resolve(index, n));
  let url = urlText(index, args[0], 0, resolveFirst);
  let bodyNode: Node | undefined | null;
  let result: ResultShape = 'fetch';
  if (url === undefined) {
    // `axios({ url, method, data })`, `axios.request({ url, data })`
    const config = resolveFirst(args[0]);
    const urlHit = lookupProperty(index, config, HTTP_CLIENTS.urlOption).hit;
    if (!urlHit) return undefined;
    url = urlText(index, (urlHit.prop.value as Node | undefined) ?? urlHit.prop.key);
    if (url === undefined) return undefined;
    bodyNode = bodyOption(index, config);
    result = 'axios';
  }
  const target = httpTargetOf(url);
  if (!target) return undefined;
  if (bodyNode === undefined && args[1] && args[1].type !== 'SpreadElement') {
    const method = callee && isMember(callee) ? memberName(callee) : undefined;
    const receiver = callee && isMember(callee) ? unwrap(callee.object) : undefined;
    const receiverName = receiver && isIdentifier(receiver) ? receiver.name : undefined;
    const second = resolve(index, args[1]);
    const looksLikeOptions =
      second.kind === 'object' &&
      bodyOption(index, second) !== undefined &&
      !REQUEST_KEYS.some((k) => lookupProperty(index, second, k).hit);
    if (method && HTTP_CLIENTS.dataMethods.includes(method) && !HTTP_CLIENTS.optionsReceivers.includes(receiverName ?? '') && !looksLikeOptions) {
      bodyNode = args[1];
      result = 'axios';
    } else {
      bodyNode = bodyOption(index, second);
    }
  }
  const region: Node[] = [];
  const body: Value = bodyNode ? bodyValue(index, bodyNode, region) : { kind: 'unknown', node: call };
  addRegion(call, region);
  const http = target.info;
  const shape = target.target === 'tasks' ? SHAPES['hiapi-tasks'] : SHAPES.http;
  const base = { call, arg: bodyNode ?? undefined, shape, http, result };
  if (target.target === 'responses') {
    const site: CallSite = { ...base, api: 'responses', method: 'create', params: body, result: 'none' };
    return { site, requests: imageTools(index, body).map((tool) => ({ site, endpoint: 'responses-tool' as const, params: tool, model: lookupProperty(index, tool, 'model') })) };
  }
  if (target.target === 'tasks') {
    // Only a task request (`{ model, input }`) is one; the task API's input fields are not checked.
    if (!lookupProperty(index, body, 'model').hit || !lookupProperty(index, body, TASK_API.inputKey).hit) return undefined;
    const site: CallSite = { ...base, api: 'images', method: 'tasks', params: { kind: 'unknown', node: call }, result: 'none' };
    return { site, requests: [{ site, endpoint: 'generations', params: site.params, model: lookupProperty(index, body, 'model') }] };
  }
  const endpoint = target.target;
  const site: CallSite = { ...base, api: 'images', method: SDK_METHOD[endpoint], params: body };
  let model = lookupProperty(index, body, 'model');
  // An Azure deployment URL names the model in its path.
  if (http.azure && !model.hit) model = { uncertain: true };
  return { site, requests: [{ site, endpoint, params: body, model }] };
}

const SDK_METHOD: Readonly<Record<Endpoint, string>> = Object.fromEntries(
  Object.entries(IMAGE_METHODS).map(([m, e]) => [e, m]),
) as Record<Endpoint, string>;

/** A request body: an object, `JSON.stringify(object)`, a same-file variable, or a `FormData` filled in this file. */
function bodyValue(index: FileIndex, nodeIn: Node, region: Node[], depth = 0): Value {
  const node = unwrap(nodeIn);
  if (!node || depth > 8) return { kind: 'unknown', node: nodeIn };
  if (isCall(node)) {
    const callee = unwrap(node.callee);
    if (callee && isMember(callee) && memberName(callee) === HTTP_CLIENTS.stringify.method && isIdentifier(unwrap(callee.object), HTTP_CLIENTS.stringify.object)) {
      return node.arguments[0] ? bodyValue(index, node.arguments[0], region, depth + 1) : { kind: 'unknown', node };
    }
    // A same-file helper that builds the body.
    return resolve(index, node);
  }
  if (isIdentifier(node)) {
    const b = lookup(index, node, node.name);
    if (b?.kind !== 'const') return resolve(index, node);
    const init = unwrap(b.init);
    if (init?.type === 'NewExpression' && calleeNames(index, init.callee).includes(HTTP_CLIENTS.formData.constructor)) {
      return formValue(index, b, init, region);
    }
    if (init && isCall(init)) return bodyValue(index, init, region, depth + 1);
    return resolve(index, node);
  }
  return resolve(index, node);
}

/** The entries of a `FormData` bound to a const: every `append`/`set` on it; uncertain when it goes anywhere else. */
function formValue(index: FileIndex, binding: Extract<Binding, { kind: 'const' }>, init: Node, region: Node[]): Value {
  const id = binding.id;
  const entries: FormEntry[] = [];
  let uncertain = false;
  let last: Node | undefined;
  let scope: Node | undefined = index.parents.get(id);
  while (scope && !isFunctionLike(scope) && scope.type !== 'Program') scope = index.parents.get(scope);
  const refs: Node[] = [];
  const walk = (n: Node) => {
    if (n.type === 'Identifier' && n !== id && n.name === id.name) {
      const p = index.parents.get(n);
      const isRef = !(p && isMember(p) && p.property === n && !p.computed) && !(p && (p.type === 'Property' || p.type === 'ObjectProperty') && p.key === n && p.value !== n);
      if (isRef) {
        const b = lookup(index, n, n.name);
        if (b && 'id' in b && b.id === id) refs.push(n);
      }
    }
    forEachChild(n, walk);
  };
  walk(scope ?? index.root);
  let uses = 0;
  for (const ref of refs) {
    const member = index.parents.get(ref);
    const call = member ? index.parents.get(member) : undefined;
    const method = member && isMember(member) && member.object === ref ? memberName(member) : undefined;
    if (!method || !call || !isCall(call) || call.callee !== member || !HTTP_CLIENTS.formData.methods.includes(method)) {
      uses++;
      continue;
    }
    const key = resolve(index, call.arguments[0]);
    if (key.kind !== 'string' || !call.arguments[1]) {
      uncertain = true;
      continue;
    }
    const stmt = index.parents.get(call);
    const own = stmt?.type === 'ExpressionStatement';
    entries.push({ key: key.value, value: call.arguments[1], prop: own ? stmt : call, via: own ? [] : [call] });
    region.push(own ? stmt : call);
    last = own ? stmt : last;
  }
  // The form is used once, as the body; anything else may add fields.
  if (uses > 1) uncertain = true;
  const recv = id.name as string;
  return {
    kind: 'view',
    node: init,
    parts: [{ kind: 'entries', entries, uncertain }],
    addTo: last ? { kind: 'form', receiver: recv, after: last } : undefined,
  };
}
