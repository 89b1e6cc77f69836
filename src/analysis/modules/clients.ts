/**
 * Clients made in another module: `import { openai } from './client'` or
 * `const { openai } = require('./client')` stands for the expression that
 * module exports, so where a call is sent (a gateway `baseURL`, an Azure
 * client, OpenAI) is read from the client's construction, and the same client
 * gets the same treatment in every module that uses it, also when the
 * module wraps it in an object of its own (`wrappedClients`).
 */
import { type Node, forEachChild, isFunctionLike, isIdentifier, isMember, memberName, propertyKey, unwrap } from '../ast.js';
import { importedDefinition, requiredModule } from '../project.js';
import { type FileIndex, lookup } from '../scope.js';
import { calledFunction } from '../flow/functions.js';
import { cjsExportNode } from './commonjs.js';

/** The expression an imported (or required) name stands for, in the module that defines it. */
export function importedClient(index: FileIndex, ref: Node): { index: FileIndex; node: Node } | undefined {
  if (!isIdentifier(ref)) return undefined;
  const b = lookup(index, ref, ref.name);
  if (b?.kind === 'opaque') {
    const def = importedDefinition(index, ref);
    const node = def?.kind === 'value' ? unwrap(def.node) : undefined;
    return node && def ? { index: def.module.index, node } : undefined;
  }
  // `const { openai } = require('./client')`, `const openai = require('./client')`
  const path = b?.kind === 'destructured' && !b.fallback && b.path.length === 1 ? b.path[0] : b?.kind === 'const' ? 'default' : undefined;
  const init = b && (b.kind === 'const' || b.kind === 'destructured') ? unwrap(b.init) : undefined;
  const module = path && init ? requiredModule(index, init) : undefined;
  const node = module ? unwrap(cjsExportNode(module.index, path!)) : undefined;
  return node && module ? { index: module.index, node } : undefined;
}

/** An expression that may stand for a client, with the member names still to be read on it (`['images', 'generate']`). */
export interface Reached {
  index: FileIndex;
  node: Node;
  path: string[];
}

/** How many nodes of a wrapper method's body are looked at for the call it forwards to. */
const BODY_BUDGET = 400;

/**
 * The clients the project's own wrapper object stands for, on the member path
 * a call reads on it (`path`: `['images', 'generate']` for
 * `wrapper.images.generate(...)`): both branches of
 * `isConfigured ? new OpenAI(...) : stub`, the property on the path of
 * `{ client, generate }` or `{ images: { generate: (p) => retry(() => base.images.generate(p)) }, ...base }`
 * (a spread may supply it too), a getter's return, and, for a method on the
 * path, the call its body forwards to under the same method name. A branch
 * that reaches no client on the path (a stub that throws) gives nothing; a
 * node that is not a wrapper gives undefined.
 */
export function wrappedClients(index: FileIndex, nodeIn: Node, path: readonly string[]): Reached[] | undefined {
  const node = unwrap(nodeIn);
  if (!node) return undefined;
  if (node.type === 'ConditionalExpression') return [node.consequent, node.alternate].map((n: Node) => ({ index, node: n, path: [...path] }));
  if (node.type === 'LogicalExpression') return [node.left, node.right].map((n: Node) => ({ index, node: n, path: [...path] }));
  if (node.type !== 'ObjectExpression' || !path.length) return undefined;
  const [key, ...rest] = path;
  const out: Reached[] = [];
  for (const p of node.properties as Node[]) {
    if (p.type === 'SpreadElement' || p.type === 'SpreadProperty' || p.type === 'ExperimentalSpreadProperty') {
      out.push({ index, node: p.argument, path: [...path] });
      continue;
    }
    if (p.computed || propertyKey(p) !== key) continue;
    const value = p.type === 'ObjectMethod' ? p : (p.value as Node);
    if (p.kind === 'get') {
      for (const r of returnsOf(value)) out.push({ index, node: r, path: rest });
    } else if (rest.length) {
      out.push({ index, node: value, path: rest });
    } else {
      // The method the call names: the client it forwards to.
      const fn = functionOf(index, value);
      if (fn) out.push(...forwardedCalls(index, fn, key));
      else out.push({ index, node: value, path: [] });
    }
  }
  return out;
}

/** A function node, or the function a same-file name is declared as (`generate: missingKey`). */
function functionOf(index: FileIndex, nodeIn: Node | undefined): Node | undefined {
  const node = unwrap(nodeIn);
  if (!node) return undefined;
  if (isFunctionLike(node)) return node;
  if (!isIdentifier(node)) return undefined;
  const b = lookup(index, node, node.name);
  if (b?.kind === 'const') {
    const init = unwrap(b.init);
    return init && isFunctionLike(init) ? init : undefined;
  }
  if (b?.kind !== 'opaque') return undefined;
  const decl = index.parents.get(b.id);
  return decl?.type === 'FunctionDeclaration' && decl.id === b.id ? decl : undefined;
}

/** The `return` arguments of a function (an arrow's expression body). */
function returnsOf(fn: Node): Node[] {
  if (fn.body && fn.body.type !== 'BlockStatement') return [fn.body];
  const out: Node[] = [];
  let budget = BODY_BUDGET;
  const walk = (n: Node) => {
    if (--budget < 0) return;
    if (n !== fn && isFunctionLike(n)) return;
    if (n.type === 'ReturnStatement' && n.argument) out.push(n.argument);
    forEachChild(n, walk);
  };
  walk(fn);
  return out;
}

/**
 * The calls a wrapper method's body forwards to, `X.….method(...)` under the
 * same name with `X` not one of its own parameters: their callees, to be
 * followed as clients (`(p) => retry(() => base.images.generate(p))` gives `base.images.generate`).
 */
function forwardedCalls(index: FileIndex, fn: Node, method: string): Reached[] {
  const params = new Set<string>();
  for (const p of (fn.params ?? []) as Node[]) {
    const id = unwrap(p.type === 'AssignmentPattern' ? p.left : p);
    if (id && isIdentifier(id)) params.add(id.name);
  }
  const out: Reached[] = [];
  let budget = BODY_BUDGET;
  const walk = (n: Node) => {
    if (--budget < 0) return;
    const callee = n.type === 'CallExpression' ? unwrap(n.callee) : undefined;
    if (callee && isMember(callee) && memberName(callee) === method) {
      let root = unwrap(callee.object);
      while (root && isMember(root)) root = unwrap(root.object);
      if (root && isIdentifier(root) && !params.has(root.name)) out.push({ index, node: callee, path: [] });
    }
    forEachChild(n, walk);
  };
  walk(fn.body ?? fn);
  return out;
}

/**
 * The clients a call of the project's own factory function may return
 * (`function makeClient() { return new OpenAI({ baseURL }) }`, here or in
 * another module): its `return` arguments, in the module that defines it.
 * Undefined when the callee is not a function the project shows.
 */
export function factoryClients(index: FileIndex, call: Node, path: readonly string[]): Reached[] | undefined {
  const ref = calledFunction(index, call.callee, 'any');
  if (!ref || !ref.fn.body) return undefined;
  return returnsOf(ref.fn).map((r) => ({ index: ref.index, node: r, path: [...path] }));
}
