/** The Vercel AI SDK: `generateImage({ model: openai.image(id), ... })` and providers made by `createOpenAI(...)`. */
import { CUSTOM_ENDPOINT, type Endpoint, OPENAI_IMAGE_ID_SCHEME, SHAPES, VERCEL } from '../../catalog/index.js';
import { type Node, isCall, isIdentifier, isMember, memberName, unwrap } from '../ast.js';
import { type FileIndex, lookup } from '../scope.js';
import { type PropertyLookup, type Value, type ViewPart, lookupProperty, resolve, stringCandidates } from '../values.js';
import { type CallSite, type Found, addRegion, calleeNames, definition, importOf, viewOf } from './shared.js';

/**
 * An AI SDK provider: imported from @ai-sdk/openai|azure (or named like one and
 * imported), made by `createOpenAI(...)`, or by `createOpenAICompatible(...)`
 * pointed at OpenAI. With `named`, also a provider handed out under its usual
 * name by a hook or an object (`const { openai } = useProviders()`).
 */
export function vercelProvider(index: FileIndex, nodeIn: Node | undefined, named = false): Node | undefined {
  const node = unwrap(nodeIn);
  if (!node) return undefined;
  if (isIdentifier(node)) {
    const imp = importOf(index, node);
    if (imp) return VERCEL.modules.test(imp.module) || VERCEL.instances.includes(imp.imported) ? node : undefined;
    const b = lookup(index, node, node.name);
    if (b?.kind === 'const') return vercelProvider(index, b.init, named) ? node : undefined;
    if (named && b?.kind === 'destructured' && VERCEL.instances.includes(b.path[b.path.length - 1])) return node;
    return undefined;
  }
  if (named && isMember(node) && VERCEL.instances.includes(memberName(node) ?? '')) return node;
  if (isCall(node)) {
    const names = calleeNames(index, node.callee);
    if (names.some((n) => VERCEL.factories.includes(n))) return node;
    if (names.some((n) => VERCEL.compatibleFactories.includes(n))) {
      const baseUrl = lookupProperty(index, resolve(index, node.arguments[0]), 'baseURL').hit?.value;
      const urls = baseUrl ? stringCandidates(baseUrl) : [];
      return urls.length && baseUrl?.kind === 'string' && urls.every((u) => u.value.includes(CUSTOM_ENDPOINT.openaiHost)) ? node : undefined;
    }
  }
  return undefined;
}

/** The id argument names an OpenAI image model (the evidence a provider known only by its name needs). */
function namesOpenAiImageModel(index: FileIndex, idArg: Node | undefined): boolean {
  const ids = idArg ? stringCandidates(resolve(index, idArg)) : [];
  return ids.length > 0 && ids.every((c) => OPENAI_IMAGE_ID_SCHEME.value.test(c.value));
}

/** `generateImage({ model, ... })` calls, by the node their model is (the `openai.image(id)` call, through const aliases). */
export function vercelGenerateCalls(index: FileIndex): Map<Node, Node> {
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

export function aiSdkRequest(index: FileIndex, call: Node, generateCalls: Map<Node, Node>): Found | undefined {
  const callee = unwrap(call.callee);
  if (!callee || !isMember(callee)) return undefined;
  const method = memberName(callee);
  if (!method || !VERCEL.imageMethods.includes(method)) return undefined;
  if (!vercelProvider(index, callee.object) && !(vercelProvider(index, callee.object, true) && namesOpenAiImageModel(index, call.arguments[0]))) return undefined;
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
