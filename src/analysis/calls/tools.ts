/** image_generation tool factories: the AI SDK's `openai.tools.imageGeneration(...)` and LangChain's `tools.imageGeneration(...)`. */
import { type CallShape, LANGCHAIN, SHAPES, VERCEL } from '../../catalog/index.js';
import { type Node, isIdentifier, isMember, memberName, unwrap } from '../ast.js';
import type { FileIndex } from '../scope.js';
import { type ViewPart, lookupProperty, resolve } from '../values.js';
import { vercelProvider } from './ai-sdk.js';
import { type CallSite, type Found, importOf, viewOf } from './shared.js';

export function toolFactoryRequest(index: FileIndex, call: Node): Found | undefined {
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
