/** LangChain's `new DallEAPIWrapper({...})`. */
import { LANGCHAIN, SHAPES } from '../../catalog/index.js';
import type { Node } from '../ast.js';
import type { FileIndex } from '../scope.js';
import { type ViewPart, lookupProperty, resolve } from '../values.js';
import { type CallSite, type Found, calleeNames, viewOf } from './shared.js';

const spells = new WeakMap<FileIndex, boolean>();

/** The class is named where it is imported: a file that never spells it makes none (and no scope is built to ask). Asked once per file. */
function spellsClass(index: FileIndex): boolean {
  let yes = spells.get(index);
  if (yes === undefined) spells.set(index, (yes = index.text.includes(LANGCHAIN.dalleClass)));
  return yes;
}

export function dalleWrapperRequest(index: FileIndex, node: Node): Found | undefined {
  if (!spellsClass(index) || !calleeNames(index, node.callee).includes(LANGCHAIN.dalleClass)) return undefined;
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
