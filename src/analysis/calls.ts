/**
 * Finds the calls that reach OpenAI's image APIs and the image requests they
 * carry. The call shape and its argument are what count: clients are usually
 * created in another module, so the receiver can be anything.
 */
import { CUSTOM_ENDPOINT, type Endpoint } from '../catalog/index.js';
import { type Node, isCall, isIdentifier, isMember, memberName, rangeOf, unwrap } from './ast.js';
import { type FileIndex, lookup } from './scope.js';
import { type PropertyLookup, type Value, lookupProperty, resolve, stringCandidates } from './values.js';

export type Api = 'images' | 'responses' | 'chat';

export interface CallSite {
  api: Api;
  method: string;
  call: Node;
  /** The first argument as written, if any. */
  arg: Node | undefined;
  /** The first argument, resolved. */
  params: Value;
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
  return { api, method, call, arg, params: arg ? resolve(index, arg) : { kind: 'unknown', node: call } };
}

export interface CallAnalysis {
  sites: CallSite[];
  requests: ImageRequest[];
}

export function findCalls(index: FileIndex): CallAnalysis {
  const sites: CallSite[] = [];
  const requests: ImageRequest[] = [];
  for (const call of index.calls) {
    if (!isCall(call)) continue;
    const site = callSiteOf(index, call);
    if (!site) continue;
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
  }
  return { sites, requests };
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
  const [s, e] = rangeOf(call);
  for (const n of chain) {
    if (!n) continue;
    const [ns, ne] = rangeOf(n);
    if (ns >= s && ne <= e) return n;
  }
  return call;
}

/**
 * Where a call is sent, when the same file shows how its client was made:
 * `openai` (no `baseURL`, or OpenAI's own), `custom` (another `baseURL`, or an
 * Azure client), or undefined when the file does not say.
 */
export function clientEndpoint(index: FileIndex, site: CallSite): 'openai' | 'custom' | undefined {
  let node = unwrap(site.call.callee);
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
    if (node.type !== 'NewExpression') return undefined;
    const callee = unwrap(node.callee);
    const name = callee && isIdentifier(callee) ? callee.name : callee && isMember(callee) ? memberName(callee) : undefined;
    if (name && CUSTOM_ENDPOINT.azureClient.test(name)) return 'custom';
    const first = node.arguments[0] as Node | undefined;
    if (!first) return 'openai';
    const found = lookupProperty(index, resolve(index, first), CUSTOM_ENDPOINT.baseUrlOption);
    if (!found.hit) return found.uncertain ? undefined : 'openai';
    const urls = stringCandidates(found.hit.value);
    const isOpenAi = urls.length > 0 && urls.every((u) => u.value.includes(CUSTOM_ENDPOINT.openaiHost)) && found.hit.value.kind !== 'union';
    return isOpenAi ? 'openai' : 'custom';
  }
  return undefined;
}
