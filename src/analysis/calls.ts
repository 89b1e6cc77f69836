/**
 * Finds the calls that reach OpenAI's image APIs and the image requests they
 * carry. The call shape and its argument are what count: clients are usually
 * created in another module, so the receiver can be anything.
 */
import {
  AZURE,
  BASE_URL_OPTIONS,
  CUSTOM_ENDPOINT,
  type CallShape,
  type Endpoint,
  HTTP_CLIENTS,
  HTTP_PATHS,
  type HttpTarget,
  LANGCHAIN,
  OPENAI_API_HOST,
  OPENAI_V3,
  REQUIRED_PARAMS,
  SHAPES,
  TASK_API,
  VERCEL,
} from '../catalog/index.js';
import { type Node, forEachChild, isCall, isFunctionLike, isIdentifier, isMember, memberName, propertyKey, rangeOf, stringValue, unwrap } from './ast.js';
import { type Binding, type FileIndex, lookup } from './scope.js';
import {
  type FormEntry,
  type PropertyLookup,
  type Value,
  type View,
  type ViewPart,
  lookupProperty,
  resolve,
  stringCandidates,
} from './values.js';

/** `tool`: a library's factory for the Responses image_generation tool (`openai.tools.imageGeneration({...})`). */
export type Api = 'images' | 'responses' | 'chat' | 'tool';

/** How the result of a call is read: the SDK's response, a fetch `Response`, an axios response (the body under `data`), or not followed. */
export type ResultShape = 'sdk' | 'fetch' | 'axios' | 'none';

/** Where a raw HTTP request goes, as far as its URL says. */
export interface HttpTargetInfo {
  url: string;
  /** The host, when the URL spells it. */
  host?: string;
  azure: boolean;
}

export interface CallSite {
  api: Api;
  method: string;
  call: Node;
  /** The first argument as written, if any. */
  arg: Node | undefined;
  /** The first argument, resolved. */
  params: Value;
  /** The front door: openai-node v4+, raw HTTP, or a library (with what it does on its own). */
  shape: CallShape;
  /** How the call's result is read (for `url` reads). */
  result: ResultShape;
  /** For raw HTTP: the URL. */
  http?: HttpTargetInfo;
  /** The expression the client is reached through, when it is not the callee (`openai` of `openai.image(id)`). */
  client?: Node;
}

/** One request to an image model: an Images API call, or an image_generation tool of a Responses call. */
export interface ImageRequest {
  site: CallSite;
  endpoint: Endpoint;
  /** The request object: the call's params, or the tool object. */
  params: Value;
  /** The `model` property of the request. */
  model: PropertyLookup;
}

const IMAGE_METHODS: Readonly<Record<string, Endpoint>> = {
  generate: 'generations',
  edit: 'edits',
  createVariation: 'variations',
};
const RESPONSES_METHODS = new Set(['create', 'stream', 'parse']);
const CHAT_METHODS = new Set(['create', 'stream', 'parse']);

/** True when `node` (a receiver) is, or is a same-file alias of, `<something>.<name>` or a variable called `name`. */
function isNamespace(index: FileIndex, nodeIn: Node | undefined, name: string): boolean {
  const node = unwrap(nodeIn);
  if (!node) return false;
  if (isMember(node)) return memberName(node) === name;
  if (!isIdentifier(node)) return false;
  if (node.name === name) return true;
  const b = lookup(index, node, node.name);
  if (b?.kind === 'const') return isNamespace(index, b.init, name);
  if (b?.kind === 'destructured') return b.path[b.path.length - 1] === name;
  return false;
}

function callSiteOf(index: FileIndex, call: Node): CallSite | undefined {
  const callee = unwrap(call.callee);
  if (!callee || !isMember(callee)) return undefined;
  const method = memberName(callee);
  if (!method) return undefined;
  let api: Api | undefined;
  if (method in IMAGE_METHODS && isNamespace(index, callee.object, 'images')) api = 'images';
  else if (RESPONSES_METHODS.has(method) && isNamespace(index, callee.object, 'responses')) api = 'responses';
  else if (CHAT_METHODS.has(method) && isNamespace(index, callee.object, 'completions')) {
    const completions = unwrap(callee.object);
    const chat = completions && isMember(completions) ? unwrap(completions.object) : undefined;
    if (!completions || !isMember(completions) || isNamespace(index, chat, 'chat')) api = 'chat';
  }
  if (!api) return undefined;
  const first = call.arguments[0] as Node | undefined;
  const arg = first && first.type !== 'SpreadElement' ? first : undefined;
  return { api, method, call, arg, params: arg ? resolve(index, arg) : { kind: 'unknown', node: call }, shape: SHAPES.sdk, result: 'sdk' };
}

export interface CallAnalysis {
  sites: CallSite[];
  requests: ImageRequest[];
}

export function findCalls(index: FileIndex): CallAnalysis {
  const sites: CallSite[] = [];
  const requests: ImageRequest[] = [];
  const vercelModels = vercelGenerateCalls(index);
  for (const call of index.calls) {
    if (!isCall(call)) continue;
    const site = callSiteOf(index, call);
    if (site) {
      sites.push(site);
      if (site.api === 'images') {
        requests.push({
          site,
          endpoint: IMAGE_METHODS[site.method],
          params: site.params,
          model: lookupProperty(index, site.params, 'model'),
        });
      } else if (site.api === 'responses') {
        for (const tool of imageTools(index, site.params)) {
          requests.push({ site, endpoint: 'responses-tool', params: tool, model: lookupProperty(index, tool, 'model') });
        }
      }
      continue;
    }
    const found = v3Request(index, call) ?? vercelImageRequest(index, call, vercelModels) ?? toolFactoryRequest(index, call) ?? httpRequest(index, call);
    if (!found) continue;
    sites.push(found.site);
    requests.push(...found.requests);
  }
  for (const node of index.news) {
    const found = dalleWrapperRequest(index, node);
    if (!found) continue;
    sites.push(found.site);
    requests.push(...found.requests);
  }
  // Source order (sorting is stable: the tools of one call keep theirs).
  const start = (site: CallSite) => rangeOf(site.call)[0];
  sites.sort((a, b) => start(a) - start(b));
  requests.sort((a, b) => start(a.site) - start(b.site));
  return { sites, requests };
}

interface Found {
  site: CallSite;
  requests: ImageRequest[];
}

/** Nodes outside a call where findings about it may be reported: the `openai.image(id)` that names its model, a form's `append` calls. */
const REGIONS = new WeakMap<Node, Node[]>();

function addRegion(call: Node, nodes: Node[]): void {
  if (nodes.length) REGIONS.set(call, [...(REGIONS.get(call) ?? []), ...nodes]);
}

// ---- shared helpers --------------------------------------------------------

/** The module an imported (or `require`d) name comes from, and the name it has there. */
function importOf(index: FileIndex, ref: Node): { module: string; imported: string } | undefined {
  const b = lookup(index, ref, ref.name);
  if (!b) return undefined;
  if (b.kind === 'opaque') {
    const spec = index.parents.get(b.id);
    const decl = spec ? index.parents.get(spec) : undefined;
    if (!spec || !decl || decl.type !== 'ImportDeclaration') return undefined;
    const module = stringValue(decl.source);
    if (module === undefined) return undefined;
    const importedNode = spec.imported as Node | undefined;
    const imported = spec.type === 'ImportSpecifier' && importedNode ? (importedNode.name ?? stringValue(importedNode) ?? ref.name) : 'default';
    return { module, imported };
  }
  if (b.kind === 'destructured' && b.path.length === 1) {
    const init = unwrap(b.init);
    if (init && isCall(init) && isIdentifier(unwrap(init.callee), 'require')) {
      const module = stringValue(unwrap(init.arguments[0]));
      if (module !== undefined) return { module, imported: b.path[0] };
    }
  }
  return undefined;
}

/** The name a callee is called by: `f`, `x.f`, or the name `f` was imported as. */
function calleeNames(index: FileIndex, calleeIn: Node | undefined): string[] {
  const callee = unwrap(calleeIn);
  if (!callee) return [];
  if (isIdentifier(callee)) {
    const imp = importOf(index, callee);
    return imp && imp.imported !== callee.name ? [callee.name, imp.imported] : [callee.name];
  }
  if (isMember(callee)) {
    const name = memberName(callee);
    return name ? [name] : [];
  }
  return [];
}

/** Follows same-file `const` aliases to the expression a name stands for. */
function definition(index: FileIndex, nodeIn: Node | undefined, depth = 0): Node | undefined {
  const node = unwrap(nodeIn);
  if (!node || depth > 8 || !isIdentifier(node)) return node;
  const b = lookup(index, node, node.name);
  if (b?.kind === 'const') return definition(index, b.init, depth + 1);
  return node;
}

function viewOf(node: Node, parts: ViewPart[], shape: CallShape, addTo?: View['addTo']): View {
  const spell: Record<string, string> = {};
  for (const [src, api] of Object.entries(shape.keys ?? {})) if (!(api in spell)) spell[api] = src;
  return { kind: 'view', node, parts, spell, addTo };
}

// ---- openai v3 ---------------------------------------------------------------

/** `new OpenAIApi(...)` in this file, or a file that names the v3 client class at all. */
function isV3Client(index: FileIndex, receiver: Node | undefined): boolean {
  const def = definition(index, receiver);
  if (def?.type === 'NewExpression' && calleeNames(index, def.callee).includes(OPENAI_V3.clientClass)) return true;
  return index.text.includes(OPENAI_V3.clientClass);
}

function v3Request(index: FileIndex, call: Node): Found | undefined {
  const callee = unwrap(call.callee);
  if (!callee || !isMember(callee)) return undefined;
  const method = memberName(callee);
  const spec = method !== undefined && Object.prototype.hasOwnProperty.call(OPENAI_V3.methods, method) ? OPENAI_V3.methods[method] : undefined;
  if (!spec || !isV3Client(index, callee.object)) return undefined;
  const first = call.arguments[0] as Node | undefined;
  const arg = first && first.type !== 'SpreadElement' ? first : undefined;
  // The positional methods have no model parameter: the request certainly names none.
  const params: Value = spec.args === 'object' ? (arg ? resolve(index, arg) : { kind: 'unknown', node: call }) : viewOf(call, [], SHAPES['openai-v3']);
  const site: CallSite = { api: 'images', method: method!, call, arg, params, shape: SHAPES['openai-v3'], result: 'axios' };
  return { site, requests: [{ site, endpoint: spec.endpoint, params, model: lookupProperty(index, params, 'model') }] };
}

// ---- the AI SDK -----------------------------------------------------------------

/** An AI SDK provider: imported from @ai-sdk/openai|azure (or named like one and imported), or made by `createOpenAI(...)`. */
function vercelProvider(index: FileIndex, nodeIn: Node | undefined): Node | undefined {
  const node = unwrap(nodeIn);
  if (!node) return undefined;
  if (isIdentifier(node)) {
    const imp = importOf(index, node);
    if (imp) return VERCEL.modules.test(imp.module) || VERCEL.instances.includes(imp.imported) ? node : undefined;
    const b = lookup(index, node, node.name);
    if (b?.kind === 'const') return vercelProvider(index, b.init) ? node : undefined;
    return undefined;
  }
  if (isCall(node)) return calleeNames(index, node.callee).some((n) => VERCEL.factories.includes(n)) ? node : undefined;
  return undefined;
}

/** `generateImage({ model, ... })` calls, by the node their model is (the `openai.image(id)` call, through const aliases). */
function vercelGenerateCalls(index: FileIndex): Map<Node, Node> {
  const out = new Map<Node, Node>();
  if (!VERCEL.generateFunctions.some((f) => index.text.includes(f))) return out;
  for (const call of index.calls) {
    if (!calleeNames(index, call.callee).some((n) => VERCEL.generateFunctions.includes(n))) continue;
    const model = lookupProperty(index, resolve(index, call.arguments[0]), 'model').hit;
    const value = model?.prop.value as Node | undefined;
    const def = definition(index, value ?? (model?.prop.shorthand ? model.prop.key : undefined));
    if (def) out.set(def, call);
  }
  return out;
}

function vercelImageRequest(index: FileIndex, call: Node, generateCalls: Map<Node, Node>): Found | undefined {
  const callee = unwrap(call.callee);
  if (!callee || !isMember(callee)) return undefined;
  const method = memberName(callee);
  if (!method || !VERCEL.imageMethods.includes(method) || !vercelProvider(index, callee.object)) return undefined;
  const shape = SHAPES['vercel-image'];
  const idArg = call.arguments[0] as Node | undefined;
  const model: PropertyLookup =
    idArg && idArg.type !== 'SpreadElement' ? { hit: { value: resolve(index, idArg), prop: call, via: [] }, uncertain: false } : { uncertain: true };
  const generate = generateCalls.get(call);
  const genArg = generate?.arguments[0] as Node | undefined;
  let params: Value = { kind: 'unknown', node: call };
  let endpoint: Endpoint = 'generations';
  if (generate && genArg && genArg.type !== 'SpreadElement') {
    const args = resolve(index, genArg);
    const parts: ViewPart[] = [{ kind: 'object', value: args, only: VERCEL.topLevel }];
    const options = lookupProperty(index, args, VERCEL.providerOptions);
    if (options.uncertain) parts.push({ kind: 'object', value: { kind: 'unknown', node: genArg } });
    if (options.hit) {
      for (const name of VERCEL.providerNames) {
        const sub = lookupProperty(index, options.hit.value, name);
        if (sub.hit) parts.push({ kind: 'object', value: sub.hit.value, keys: shape.keys });
        else if (sub.uncertain) parts.push({ kind: 'object', value: { kind: 'unknown', node: genArg } });
      }
    }
    params = viewOf(genArg, parts, shape);
    const prompt = lookupProperty(index, args, 'prompt').hit?.value;
    if (VERCEL.editArgs.some((k) => lookupProperty(index, args, k).hit) || prompt?.kind === 'object') endpoint = 'edits';
  }
  const siteCall = generate ?? call;
  if (generate) addRegion(generate, [call]);
  const site: CallSite = {
    api: 'images',
    method,
    call: siteCall,
    arg: generate ? genArg : idArg,
    params,
    shape,
    result: 'none',
    client: callee.object,
  };
  return { site, requests: [{ site, endpoint, params, model }] };
}

// ---- image_generation tool factories (AI SDK, LangChain) ---------------------------

function toolFactoryRequest(index: FileIndex, call: Node): Found | undefined {
  const callee = unwrap(call.callee);
  if (!callee || !isMember(callee) || memberName(callee) !== VERCEL.toolMethod) return undefined;
  const ns = unwrap(callee.object);
  if (!ns) return undefined;
  let shape: CallShape | undefined;
  let client: Node | undefined;
  if (isMember(ns) && memberName(ns) === VERCEL.toolNamespace) {
    if (vercelProvider(index, ns.object)) {
      shape = SHAPES['vercel-tool'];
      client = ns.object;
    }
  } else if (isIdentifier(ns, LANGCHAIN.toolNamespace)) {
    const imp = importOf(index, ns);
    if (imp && LANGCHAIN.modules.test(imp.module)) shape = SHAPES['langchain-tool'];
  }
  if (!shape) return undefined;
  const first = call.arguments[0] as Node | undefined;
  const arg = first && first.type !== 'SpreadElement' ? first : undefined;
  const options = arg ? resolve(index, arg) : undefined;
  // `tools.imageGeneration()` sends its defaults: certainly no model from the code.
  const parts: ViewPart[] = options ? [{ kind: 'object', value: options, keys: shape.keys }] : [];
  const params = viewOf(arg ?? call, parts, shape, options?.kind === 'object' ? { kind: 'object', node: options.node } : undefined);
  const site: CallSite = { api: 'tool', method: VERCEL.toolMethod, call, arg, params, shape, result: 'none', client };
  return { site, requests: [{ site, endpoint: 'responses-tool', params, model: lookupProperty(index, params, 'model') }] };
}

// ---- LangChain DallEAPIWrapper -------------------------------------------------------

function dalleWrapperRequest(index: FileIndex, node: Node): Found | undefined {
  if (!calleeNames(index, node.callee).includes(LANGCHAIN.dalleClass)) return undefined;
  const shape = SHAPES['langchain-dalle'];
  const first = node.arguments[0] as Node | undefined;
  const arg = first && first.type !== 'SpreadElement' ? first : undefined;
  if (first && !arg) return undefined;
  const options = arg ? resolve(index, arg) : undefined;
  const parts: ViewPart[] = options ? [{ kind: 'object', value: options, keys: shape.keys }] : [];
  const params = viewOf(arg ?? node, parts, shape, options?.kind === 'object' ? { kind: 'object', node: options.node } : undefined);
  const site: CallSite = { api: 'images', method: LANGCHAIN.dalleClass, call: node, arg, params, shape, result: 'none' };
  return { site, requests: [{ site, endpoint: 'generations', params, model: lookupProperty(index, params, 'model') }] };
}

// ---- raw HTTP ---------------------------------------------------------------------------

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
  const path = url.split(/[?#]/)[0];
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

function httpRequest(index: FileIndex, call: Node): Found | undefined {
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

/** The `image_generation` tool objects in a Responses request's `tools`. */
export function imageTools(index: FileIndex, params: Value): Value[] {
  const tools = lookupProperty(index, params, 'tools').hit?.value;
  if (!tools || tools.kind !== 'array') return [];
  const out: Value[] = [];
  for (const el of tools.node.elements as (Node | null)[]) {
    if (!el || el.type === 'SpreadElement') continue;
    const tool = resolve(index, el);
    const type = lookupProperty(index, tool, 'type').hit?.value;
    if (type && stringCandidates(type).some((c) => c.value === 'image_generation')) out.push(tool);
  }
  return out;
}

/** The first node of `chain` that lies inside the call: where a finding about the call is reported. */
export function nodeInCall(call: Node, chain: (Node | undefined)[]): Node {
  const regions = [call, ...(REGIONS.get(call) ?? [])].map(rangeOf);
  for (const n of chain) {
    if (!n) continue;
    const [ns, ne] = rangeOf(n);
    if (regions.some(([s, e]) => ns >= s && ne <= e)) return n;
  }
  return call;
}

/** True when `node` lies in the call or in the nodes findings about it may be reported on. */
export function inCallRegion(call: Node, node: Node): boolean {
  return nodeInCall(call, [node]) === node;
}

export type ClientKind = { kind: 'openai' } | { kind: 'azure' } | { kind: 'gateway'; baseUrl?: string };

/**
 * Where a call is sent, when the same file shows how its client was made (or,
 * for raw HTTP, when the URL says): OpenAI, an Azure deployment (whose
 * `model` is a deployment name), or a gateway (another `baseURL`).
 */
export function clientKind(index: FileIndex, site: CallSite): ClientKind | undefined {
  if (site.http) {
    if (site.http.azure) return { kind: 'azure' };
    if (site.shape.id === 'hiapi-tasks') return { kind: 'gateway', baseUrl: site.http.host };
    if (!site.http.host) return undefined;
    return site.http.host === OPENAI_API_HOST.value ? { kind: 'openai' } : { kind: 'gateway', baseUrl: site.http.host };
  }
  let node = unwrap(site.client ?? site.call.callee);
  if (site.call.type === 'NewExpression') node = site.call;
  for (let depth = 0; node && depth < 12; depth++) {
    if (isMember(node)) {
      node = unwrap(node.object);
      continue;
    }
    if (isIdentifier(node)) {
      const b = lookup(index, node, node.name);
      if (b?.kind === 'const') node = unwrap(b.init);
      else if (b?.kind === 'destructured' && !b.fallback) node = unwrap(b.init);
      else return undefined;
      continue;
    }
    if (node.type === 'AwaitExpression') {
      node = unwrap(node.argument);
      continue;
    }
    const isFactory = isCall(node) && calleeNames(index, node.callee).some((n) => VERCEL.factories.includes(n));
    if (node.type !== 'NewExpression' && !isFactory) return undefined;
    const callee = unwrap(node.callee);
    const name = callee && isIdentifier(callee) ? callee.name : callee && isMember(callee) ? memberName(callee) : undefined;
    if (name && (CUSTOM_ENDPOINT.azureClient.test(name) || name === AZURE.vercelFactory)) return { kind: 'azure' };
    let first = unwrap(node.arguments[0] as Node | undefined);
    // openai v3: `new OpenAIApi(new Configuration({ basePath }))`
    if (first?.type === 'NewExpression' && calleeNames(index, first.callee).includes(OPENAI_V3.configClass)) first = unwrap(first.arguments[0]);
    if (!first) return { kind: 'openai' };
    const options = resolve(index, first);
    let found: PropertyLookup = { uncertain: false };
    for (const key of BASE_URL_OPTIONS.value) {
      const f = lookupProperty(index, options, key);
      if (f.hit || f.uncertain) {
        found = f;
        if (f.hit) break;
      }
    }
    if (!found.hit) return found.uncertain ? undefined : { kind: 'openai' };
    const urls = stringCandidates(found.hit.value);
    const isOpenAi = urls.length > 0 && urls.every((u) => u.value.includes(CUSTOM_ENDPOINT.openaiHost)) && found.hit.value.kind !== 'union';
    return isOpenAi ? { kind: 'openai' } : { kind: 'gateway', baseUrl: urls.length === 1 ? urls[0].value : undefined };
  }
  return undefined;
}

/**
 * Where a call is sent, when the same file says: `openai`, or `custom` (a
 * gateway's `baseURL`, or an Azure client), or undefined when it does not.
 */
export function clientEndpoint(index: FileIndex, site: CallSite): 'openai' | 'custom' | undefined {
  const k = clientKind(index, site);
  return k ? (k.kind === 'openai' ? 'openai' : 'custom') : undefined;
}

/**
 * Evidence that a request is meant for OpenAI's image API when nothing else
 * says so: on the SDK shape the receiver can be anything (`store.images.edit`),
 * so a request without a model must at least carry the parameters every image
 * request carries. Other shapes are recognised by their library or URL.
 */
export function looksLikeImageRequest(index: FileIndex, req: ImageRequest): boolean {
  if (req.site.shape.id !== 'sdk' || req.endpoint === 'responses-tool') return true;
  return REQUIRED_PARAMS.value[req.endpoint].every((p) => lookupProperty(index, req.params, p).hit !== undefined);
}
