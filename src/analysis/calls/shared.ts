/**
 * What every call family shares: the types of a call site and an image
 * request, the regions findings may be reported in, and the helpers that name
 * callees, follow imports and build views.
 */
import { type CallShape, type Endpoint, SDK_IMAGE_METHODS } from '../../catalog/index.js';
import { type Node, isCall, isIdentifier, isMember, memberName, rangeOf, stringValue, unwrap } from '../ast.js';
import { moduleOfNode } from '../project.js';
import { type FileIndex, lookup } from '../scope.js';
import { type PropertyLookup, type Value, type View, type ViewPart, lookupProperty, resolve, stringCandidates } from '../values.js';

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
  /**
   * A call of the project's own wrapper: the call inside it that sends the
   * request (in the module `index` belongs to). Where the request goes is what
   * that call says.
   */
  via?: { index: FileIndex; site: CallSite };
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

export const IMAGE_METHODS = SDK_IMAGE_METHODS;

export interface Found {
  site: CallSite;
  requests: ImageRequest[];
}

/** Nodes outside a call where findings about it may be reported: the `openai.image(id)` that names its model, a form's `append` calls. */
export const REGIONS = new WeakMap<Node, Node[]>();

export function addRegion(call: Node, nodes: Node[]): void {
  if (nodes.length) REGIONS.set(call, [...(REGIONS.get(call) ?? []), ...nodes]);
}


/** The module an imported (or `require`d) name comes from, and the name it has there. */
export function importOf(index: FileIndex, ref: Node): { module: string; imported: string } | undefined {
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
export function calleeNames(index: FileIndex, calleeIn: Node | undefined): string[] {
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
export function definition(index: FileIndex, nodeIn: Node | undefined, depth = 0): Node | undefined {
  const node = unwrap(nodeIn);
  if (!node || depth > 8 || !isIdentifier(node)) return node;
  const b = lookup(index, node, node.name);
  if (b?.kind === 'const') return definition(index, b.init, depth + 1);
  return node;
}

export function viewOf(node: Node, parts: ViewPart[], shape: CallShape, addTo?: View['addTo']): View {
  const spell: Record<string, string> = {};
  for (const [src, api] of Object.entries(shape.keys ?? {})) if (!(api in spell)) spell[api] = src;
  return { kind: 'view', node, parts, spell, addTo };
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
    // A node of another module (a value defined in a config module) is never where this call is reported.
    if (!n || moduleOfNode(n)) continue;
    const [ns, ne] = rangeOf(n);
    if (regions.some(([s, e]) => ns >= s && ne <= e)) return n;
  }
  return call;
}

/** True when `node` lies in the call or in the nodes findings about it may be reported on. */
export function inCallRegion(call: Node, node: Node): boolean {
  return nodeInCall(call, [node]) === node;
}
