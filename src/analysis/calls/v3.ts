/** openai v3: `new OpenAIApi(configuration).createImage(...)` and its siblings. */
import { OPENAI_V3, SHAPES } from '../../catalog/index.js';
import { type Node, isMember, memberName, unwrap } from '../ast.js';
import { importedClient } from '../modules/clients.js';
import type { FileIndex } from '../scope.js';
import { type Value, lookupProperty, resolve } from '../values.js';
import { type CallSite, type Found, calleeNames, definition, viewOf } from './shared.js';

const isV3New = (index: FileIndex, node: Node | undefined): boolean =>
  node?.type === 'NewExpression' && calleeNames(index, node.callee).includes(OPENAI_V3.clientClass);

/**
 * `new OpenAIApi(...)` in this file or exported by the module the client is
 * imported (or required) from, or a file that names the v3 client class at all.
 */
function isV3Client(index: FileIndex, receiver: Node | undefined): boolean {
  if (isV3New(index, definition(index, receiver))) return true;
  const recv = unwrap(receiver);
  const imported = recv ? importedClient(index, recv) : undefined;
  if (imported && isV3New(imported.index, imported.node)) return true;
  return index.text.includes(OPENAI_V3.clientClass);
}

export function v3Request(index: FileIndex, call: Node): Found | undefined {
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
