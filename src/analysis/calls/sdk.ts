/** openai-node v4+: `images.*`, `responses.*` and `chat.completions.*` on any receiver. */
import { SHAPES } from '../../catalog/index.js';
import { type Node, isIdentifier, isMember, memberName, unwrap } from '../ast.js';
import { type FileIndex, lookup } from '../scope.js';
import { type Value, lookupProperty, resolve } from '../values.js';
import { mutationParts } from './mutated.js';
import { type Api, type CallSite, type Found, IMAGE_METHODS, addRegion, imageTools, viewOf } from './shared.js';

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

export function sdkRequest(index: FileIndex, call: Node): Found | undefined {
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
  let params: Value = arg ? resolve(index, arg) : { kind: 'unknown', node: call };
  // `params.quality = q` after `const params = { ... }`: those keys are sent too.
  const mutated = mutationParts(index, call, arg, params);
  if (mutated && params.kind === 'object') {
    addRegion(call, mutated.region);
    params = viewOf(params.node, mutated.parts, SHAPES.sdk, { kind: 'object', node: params.node });
  }
  const site: CallSite = { api, method, call, arg, params, shape: SHAPES.sdk, result: 'sdk' };
  if (api === 'images') return { site, requests: [{ site, endpoint: IMAGE_METHODS[method], params: site.params, model: lookupProperty(index, site.params, 'model') }] };
  if (api === 'responses') return { site, requests: imageTools(index, site.params).map((tool) => ({ site, endpoint: 'responses-tool' as const, params: tool, model: lookupProperty(index, tool, 'model') })) };
  return { site, requests: [] };
}
