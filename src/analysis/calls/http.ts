/** Raw HTTP: `fetch`, axios, got, ky and friends, sent to an image API path (OpenAI's, Azure's, a gateway's). */
import { AZURE, type Endpoint, HTTP_CLIENTS, HTTP_PATHS, type HttpTarget, SHAPES, TASK_API } from '../../catalog/index.js';
import { type Node, forEachChild, isCall, isFunctionLike, isIdentifier, isMember, memberName, stringValue, unwrap } from '../ast.js';
import { type Binding, type FileIndex, lookup } from '../scope.js';
import { type FormEntry, type Value, lookupProperty, resolve } from '../values.js';
import { type CallSite, type Found, type HttpTargetInfo, IMAGE_METHODS, type ResultShape, addRegion, calleeNames, imageTools } from './shared.js';

/** Stands for a part of a URL the file does not spell. */
const UNKNOWN_PART = '\u0000';

/** The text of a URL expression, with `UNKNOWN_PART` where a piece is not a same-file constant. */
function urlText(index: FileIndex, nodeIn: Node | undefined, depth = 0): string | undefined {
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
      return b?.kind === 'const' ? urlText(index, b.init, depth + 1) : undefined;
    }
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      const v = resolve(index, node);
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

export function httpRequest(index: FileIndex, call: Node): Found | undefined {
  const args = call.arguments as Node[];
  if (!args.length || args[0].type === 'SpreadElement') return undefined;
  const callee = unwrap(call.callee);
  let url = urlText(index, args[0]);
  let bodyNode: Node | undefined | null;
  let result: ResultShape = 'fetch';
  if (url === undefined) {
    // `axios({ url, method, data })`, `axios.request({ url, data })`
    const config = resolve(index, args[0]);
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
    return { kind: 'unknown', node };
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
