/**
 * Where a value goes, within its file: followed through variables,
 * `??`/`||`, conditionals, objects, arrays and `.map` callbacks until it
 * meets a use. The codemod asks this of every `url` read it rewrites, because
 * what replaces the URL (a data URL, the decoded bytes, or nothing and a
 * TODO) depends on where the URL was going.
 */
import { URL_SINKS } from '../catalog/index.js';
import { type Node, forEachChild, isCall, isFunctionLike, isIdentifier, isMember, isWrapper, memberName, propertyKey, rangeOf, stringValue, unwrap } from './ast.js';
import path from 'node:path';
import { NAMELESS, callersOf } from './flow/callers.js';
import { identifiersIn } from './identifiers.js';
import { fileOf } from './project.js';
import { type FileIndex, lookup } from './scope.js';

export type Sink =
  /** Returned, put into JSON, used as an image `src`: a data URL is fine there. */
  | { kind: 'safe'; node: Node; label: string }
  /** A truthiness or null check: works the same on a nullable replacement. */
  | { kind: 'check'; node: Node }
  /** The first argument of a download the codemod can replace (`fetch(url)`, `axios.get(url, ...)`). */
  | { kind: 'download'; node: Node; call: Node; client: 'fetch' | 'axios' | 'got'; label: string }
  /** Anything else: named in a TODO. */
  | { kind: 'other'; node: Node; label: string };

const MAX_DEPTH = 12;

/** String methods whose result is a piece of the string (where it goes decides). */
const STRING_METHODS = new Set(['slice', 'substring', 'substr', 'trim', 'trimStart', 'trimEnd', 'toString']);

/** Short source text of a callee or target, for labels (`channel.send`). */
export function calleeText(index: FileIndex, node: Node): string {
  const [s, e] = rangeOf(node);
  const text = index.text.slice(s, e).replace(/\s+/g, ' ');
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** The dotted name of a callee (`axios.get`, `fetch`), when it is one. */
function dottedName(node: Node | undefined): string | undefined {
  const n = unwrap(node);
  if (!n) return undefined;
  if (isIdentifier(n)) return n.name;
  if (isMember(n)) {
    const obj = dottedName(n.object);
    const name = memberName(n);
    return obj && name ? `${obj}.${name}` : undefined;
  }
  if (n.type === 'ThisExpression') return 'this';
  return undefined;
}

/** The module an identifier is imported (or required) from, if any. */
export function moduleOf(index: FileIndex, id: Node): string | undefined {
  const b = lookup(index, id, id.name);
  if (!b || !('id' in b)) return undefined;
  const decl = index.parents.get(b.id);
  const importDecl = decl ? index.parents.get(decl) : undefined;
  if (importDecl?.type === 'ImportDeclaration') return stringValue(importDecl.source);
  if (b.kind === 'const' || b.kind === 'destructured') {
    const init = unwrap(b.init);
    if (init && isCall(init) && isIdentifier(unwrap(init.callee), 'require')) return stringValue(unwrap(init.arguments[0]));
  }
  return undefined;
}

/** How a callee downloads its first argument, if it does. */
export function downloaderOf(index: FileIndex, calleeIn: Node): 'fetch' | 'axios' | 'got' | 'other' | undefined {
  const callee = unwrap(calleeIn);
  const name = dottedName(callee);
  if (!callee || !name) return undefined;
  if (isIdentifier(callee)) {
    const mod = moduleOf(index, callee);
    if (mod && URL_SINKS.fetchModules.includes(mod)) return 'fetch';
    if (mod === 'axios') return 'axios';
    if (mod === 'got') return 'got';
    if (URL_SINKS.fetchCallees.includes(name) && !lookup(index, callee, name)) return 'fetch';
  }
  if (URL_SINKS.axiosCallees.includes(name)) return 'axios';
  if (URL_SINKS.gotCallees.includes(name)) return 'got';
  if (URL_SINKS.otherDownloaders.includes(name)) return 'other';
  return undefined;
}

function isJsonCallee(name: string | undefined): boolean {
  if (!name) return false;
  if (URL_SINKS.jsonCallees.includes(name)) return true;
  // `res.status(200).json(...)`, `reply.code(200).send(...)`
  return /\.json$/.test(name) && URL_SINKS.jsonCallees.some((c) => c.endsWith('.json'));
}

function calleeChainName(node: Node): string | undefined {
  const callee = unwrap(node);
  if (!callee) return undefined;
  if (isMember(callee)) {
    const name = memberName(callee);
    const obj = unwrap(callee.object);
    if (obj && isCall(obj)) {
      const inner = calleeChainName(obj.callee);
      return inner && name ? `${inner.split('.')[0]}.${name}` : undefined;
    }
  }
  return dottedName(callee);
}

/** The function whose return value goes back to an LLM as a tool result, if `fn` is one. */
function isToolFunction(index: FileIndex, fn: Node): boolean {
  const p = index.parents.get(fn);
  if (!p) return false;
  if ((p.type === 'Property' || p.type === 'ObjectProperty') && p.value === fn) {
    const key = propertyKey(p);
    if (key && URL_SINKS.toolFunctions.includes(key)) return true;
  }
  if ((fn.type === 'ObjectMethod' || fn.type === 'ClassMethod') && URL_SINKS.toolFunctions.includes(propertyKey(fn) ?? '')) return true;
  if (p.type === 'MethodDefinition' && URL_SINKS.toolFunctions.includes(propertyKey(p) ?? '')) return true;
  if ((isCall(p) || p.type === 'NewExpression') && p.arguments.includes(fn)) {
    const name = dottedName(p.callee)?.split('.').pop();
    if (name && URL_SINKS.toolFactories.includes(name)) return true;
  }
  return false;
}

export class SinkWalker {
  private readonly seen = new Set<Node>();

  constructor(private readonly index: FileIndex) {}

  private parent(node: Node): Node | undefined {
    return this.index.parents.get(node);
  }

  /** The node `expr` stands as, after climbing wrappers and `await`. */
  outer(expr: Node): Node {
    let node = expr;
    let p = this.parent(node);
    while (p && ((isWrapper(p) && p.expression === node) || (p.type === 'AwaitExpression' && p.argument === node))) {
      node = p;
      p = this.parent(node);
    }
    return node;
  }

  /** Where the value of `expr` goes. */
  sinksOf(expr: Node, depth = 0): Sink[] {
    if (depth > MAX_DEPTH || this.seen.has(expr)) return [{ kind: 'other', node: expr, label: 'a place the codemod cannot follow' }];
    this.seen.add(expr);
    const node = this.outer(expr);
    const p = this.parent(node);
    if (!p) return [{ kind: 'other', node, label: 'a place the codemod cannot follow' }];
    const other = (label: string): Sink[] => [{ kind: 'other', node, label }];
    switch (p.type) {
      case 'ExpressionStatement':
        return [];
      case 'ReturnStatement':
        return this.returned(node, depth);
      case 'ArrowFunctionExpression':
        return p.body === node ? this.returned(node, depth) : other('a place the codemod cannot follow');
      case 'VariableDeclarator':
        if (p.init !== node) return other('a place the codemod cannot follow');
        if (p.id.type !== 'Identifier') return other('a destructuring');
        return this.variable(p.id, depth);
      case 'IfStatement':
      case 'WhileStatement':
      case 'DoWhileStatement':
      case 'ForStatement':
        return [{ kind: 'check', node }];
      case 'UnaryExpression':
        return p.operator === '!' || p.operator === 'typeof' || p.operator === 'void' ? [{ kind: 'check', node }] : other(`\`${p.operator}\``);
      case 'BinaryExpression':
        if (['===', '!==', '==', '!='].includes(p.operator)) {
          const otherSide = unwrap(p.left === node ? p.right : p.left);
          const nullish = otherSide && (otherSide.type === 'NullLiteral' || (otherSide.type === 'Literal' && otherSide.value === null && !otherSide.regex) || isIdentifier(otherSide, 'undefined'));
          if (nullish) return [{ kind: 'check', node }];
        }
        if (p.operator === '+') return other('a string built from it');
        return other(`a \`${p.operator}\` comparison`);
      case 'LogicalExpression':
        // `url ?? fallback`, `url || fallback`: the value goes on; `url && x`: a check.
        if (p.operator === '&&' && p.left === node) return [{ kind: 'check', node }];
        return this.sinksOf(p, depth + 1);
      case 'ConditionalExpression':
        return p.test === node ? [{ kind: 'check', node }] : this.sinksOf(p, depth + 1);
      case 'TemplateLiteral': {
        // `<img src="${url}">`: an image source in HTML.
        const i = (p.expressions as Node[]).indexOf(node);
        const before = i >= 0 ? String(p.quasis[i].value.cooked ?? p.quasis[i].value.raw ?? '') : '';
        const attr = /\b([a-zA-Z]+)=["']?$/.exec(before)?.[1];
        if (attr && URL_SINKS.imageSources.includes(attr) && /<img\b[^>]*$/i.test(before)) return [{ kind: 'safe', node, label: 'an image `src`' }];
        return other('a string built from it');
      }
      case 'Property':
      case 'ObjectProperty':
        if (p.value !== node) return other('a place the codemod cannot follow');
        return this.container(p, depth);
      case 'ArrayExpression':
        return this.container(node, depth);
      case 'JSXExpressionContainer': {
        const attr = this.parent(p);
        if (attr?.type === 'JSXAttribute') {
          const name = attr.name?.name as string | undefined;
          if (name && URL_SINKS.imageSources.includes(name)) return [{ kind: 'safe', node, label: `an image \`${name}\`` }];
          return other(`the \`${name ?? '?'}\` attribute`);
        }
        return other('JSX text');
      }
      case 'AssignmentExpression': {
        if (p.right !== node) return other('a place the codemod cannot follow');
        const left = unwrap(p.left);
        const name = left && isMember(left) ? memberName(left) : undefined;
        if (name && URL_SINKS.imageSources.includes(name)) return [{ kind: 'safe', node, label: `an image \`${name}\`` }];
        return other(`\`${calleeText(this.index, p.left)}\``);
      }
      case 'MemberExpression':
      case 'OptionalMemberExpression': {
        // `url.slice(0, 22)`, `url.trim()`: a string cut from the value goes where the call goes.
        const call = this.parent(p);
        const method = p.object === node ? memberName(p) : undefined;
        if (method && STRING_METHODS.has(method) && call && isCall(call) && call.callee === p) return this.sinksOf(call, depth + 1);
        return other('a place the codemod cannot follow');
      }
      case 'CallExpression':
      case 'OptionalCallExpression':
      case 'NewExpression':
        if (p.callee === node) return other('a call');
        return this.argument(p, node, depth);
      default:
        return other('a place the codemod cannot follow');
    }
  }

  private argument(call: Node, arg: Node, depth: number): Sink[] {
    const name = calleeChainName(call.callee);
    const label = `\`${calleeText(this.index, call.callee)}(...)\``;
    if (call.arguments[0] === arg && call.type !== 'NewExpression') {
      const dl = downloaderOf(this.index, call.callee);
      if (dl === 'fetch' || dl === 'axios' || dl === 'got') return [{ kind: 'download', node: arg, call, client: dl, label }];
      if (dl === 'other') return [{ kind: 'other', node: arg, label: `a download (${label})` }];
    }
    if (isJsonCallee(name)) return [{ kind: 'safe', node: arg, label: 'JSON' }];
    // `setSrc(url)` of `const [src, setSrc] = useState()`: the state goes where `src` goes.
    const state = stateOf(this.index, call.callee);
    if (state && call.arguments[0] === arg) return this.variable(state, depth + 1);
    const root = name?.split('.')[0];
    if (root && URL_SINKS.loggers.includes(root)) return [{ kind: 'other', node: arg, label: `a log (${label})` }];
    return [{ kind: 'other', node: arg, label }];
  }

  /** A value put into an object or array: where the object goes decides. */
  private container(member: Node, depth: number): Sink[] {
    const obj = member.type === 'Property' || member.type === 'ObjectProperty' ? this.parent(member) : this.parent(member);
    if (!obj) return [{ kind: 'other', node: member, label: 'an object' }];
    const key = member.type === 'Property' || member.type === 'ObjectProperty' ? propertyKey(member) : undefined;
    if (key && URL_SINKS.imageSources.includes(key)) return [{ kind: 'safe', node: member, label: `an image \`${key}\`` }];
    return this.sinksOf(obj, depth + 1);
  }

  /** A value returned from a function: where its callers send it. */
  private returned(node: Node, depth: number): Sink[] {
    let fn = this.parent(node);
    while (fn && !isFunctionLike(fn)) fn = this.parent(fn);
    if (!fn) return [{ kind: 'safe', node, label: 'returned' }];
    if (isToolFunction(this.index, fn)) return [{ kind: 'other', node, label: 'an LLM tool result' }];
    // `.map((d) => d.url)`: the mapped list goes where the call goes; `.then((r) => r.data[0].url)`: a promise of it.
    const call = this.parent(fn);
    if (call && isCall(call) && call.arguments[0] === fn) {
      const callee = unwrap(call.callee);
      const method = callee && isMember(callee) ? memberName(callee) : undefined;
      if (method === 'map' || method === 'flatMap') return this.sinksOf(call, depth + 1);
      if (method === 'then') return this.promiseSinks(call, depth + 1);
    }
    const callers = callersOf(this.index, fn);
    if (callers.kind === 'unseen') {
      // A function only its name can reach, or none: what it returns goes where the framework or library sends it.
      return callers.why === NAMELESS && !isMethod(this.index, fn) ? [{ kind: 'safe', node, label: 'returned' }] : [{ kind: 'other', node, label: `a caller the codemod cannot see (${callers.why})` }];
    }
    if (!callers.calls.length || depth > MAX_DEPTH) return [{ kind: 'safe', node, label: 'returned' }];
    const out: Sink[] = [];
    for (const c of callers.calls) {
      const walker = c.index === this.index ? this : new SinkWalker(c.index);
      const where = c.index === this.index ? '' : ` (in ${path.basename(fileOf(c.index) ?? '')})`;
      for (const sink of walker.resultOf(c.call, !!fn.async, depth + 1)) {
        out.push(sink.kind === 'other' || sink.kind === 'download' ? { ...sink, kind: 'other', node, label: `${sink.label}${where}` } : sink);
      }
    }
    return out;
  }

  /** Where the result of a call of the project's function goes (`promise`: an async function's). */
  resultOf(call: Node, promise: boolean, depth: number): Sink[] {
    return promise ? this.promiseSinks(call, depth) : this.sinksOf(call, depth);
  }

  /** Where a promise of the value goes: awaited, `.then(cb)` (cb's parameter), `.catch`/`.finally`, returned. */
  promiseSinks(expr: Node, depth: number): Sink[] {
    if (depth > MAX_DEPTH) return [{ kind: 'other', node: expr, label: 'a place the codemod cannot follow' }];
    let node = expr;
    let p = this.parent(node);
    while (p && isWrapper(p) && p.expression === node) {
      node = p;
      p = this.parent(node);
    }
    const other: Sink[] = [{ kind: 'other', node, label: 'a promise the codemod cannot follow' }];
    if (!p) return other;
    if (p.type === 'AwaitExpression') return this.sinksOf(p, depth + 1);
    if (p.type === 'ExpressionStatement') return [];
    if (p.type === 'ReturnStatement' || (p.type === 'ArrowFunctionExpression' && p.body === node)) return this.returned(node, depth + 1);
    if ((p.type === 'ConditionalExpression' && p.test !== node) || (p.type === 'LogicalExpression' && p.left !== node)) return this.promiseSinks(p, depth + 1);
    if (isMember(p) && p.object === node) {
      const method = memberName(p);
      const call = this.parent(p);
      if (!call || !isCall(call) || call.callee !== p) return other;
      if (method === 'catch' || method === 'finally') return this.promiseSinks(call, depth + 1);
      if (method !== 'then') return other;
      const cb = unwrap(call.arguments[0]);
      if (!cb || !isFunctionLike(cb)) return other;
      const param = cb.params?.[0] as Node | undefined;
      if (!param) return [];
      return param.type === 'Identifier' ? this.variable(param, depth + 1) : [{ kind: 'other', node: param, label: 'a destructuring' }];
    }
    if (p.type === 'VariableDeclarator' && p.init === node && p.id.type === 'Identifier') {
      const out: Sink[] = [];
      for (const ref of referencesOf(this.index, p.id)) out.push(...this.promiseSinks(ref, depth + 1));
      return out;
    }
    return other;
  }

  /** Every read of a variable; a variable that is ever reassigned is not followed. */
  variable(id: Node, depth: number): Sink[] {
    const refs = referencesOf(this.index, id);
    const out: Sink[] = [];
    for (const ref of refs) {
      const p = this.parent(ref);
      if (p && ((p.type === 'AssignmentExpression' && p.left === ref) || p.type === 'UpdateExpression')) {
        return [{ kind: 'other', node: ref, label: `\`${id.name}\`, which is reassigned` }];
      }
    }
    for (const ref of refs) out.push(...this.sinksOf(ref, depth + 1));
    return out;
  }
}

/** A class or object-literal method: its callers reach it through an object the codemod does not follow. */
function isMethod(index: FileIndex, fn: Node): boolean {
  if (fn.type === 'ClassMethod' || fn.type === 'ClassPrivateMethod' || fn.type === 'ObjectMethod') return true;
  const p = index.parents.get(fn);
  return !!p && (p.type === 'MethodDefinition' || ((p.type === 'Property' || p.type === 'ObjectProperty') && p.value === fn) || ((p.type === 'PropertyDefinition' || p.type === 'ClassProperty') && p.value === fn));
}

/** For the setter of `const [state, setState] = useState(...)`, the `state` binding. */
function stateOf(index: FileIndex, calleeIn: Node): Node | undefined {
  const callee = unwrap(calleeIn);
  if (!callee || !isIdentifier(callee)) return undefined;
  const b = lookup(index, callee, callee.name);
  if (!b || !('id' in b)) return undefined;
  const pattern = index.parents.get(b.id);
  const decl = pattern ? index.parents.get(pattern) : undefined;
  if (pattern?.type !== 'ArrayPattern' || pattern.elements[1] !== b.id || decl?.type !== 'VariableDeclarator') return undefined;
  const init = unwrap(decl.init);
  const hook = init && isCall(init) ? dottedName(init.callee)?.split('.').pop() : undefined;
  const state = pattern.elements[0] as Node | null;
  return hook && URL_SINKS.stateHooks.includes(hook) && state?.type === 'Identifier' ? state : undefined;
}

/** The reads of the variable declared by `id`, in the function (or program) that declares it. */
export function referencesOf(index: FileIndex, id: Node): Node[] {
  let scope = index.parents.get(id);
  while (scope && !isFunctionLike(scope) && scope.type !== 'Program') scope = index.parents.get(scope);
  const refs: Node[] = [];
  for (const n of identifiersIn(index, scope ?? index.root).get(id.name) ?? []) {
    if (n === id) continue;
    const p = index.parents.get(n);
    const isKey =
      p &&
      ((isMember(p) && p.property === n && !p.computed) ||
        ((p.type === 'Property' || p.type === 'ObjectProperty') && p.key === n && p.value !== n && !p.computed) ||
        ((p.type === 'MethodDefinition' || p.type === 'PropertyDefinition' || p.type === 'ClassProperty') && p.key === n && !p.computed));
    if (isKey) continue;
    const b = lookup(index, n, n.name);
    if (b && 'id' in b && b.id === id && !refs.includes(n)) refs.push(n);
  }
  return refs.sort((a, b) => rangeOf(a)[0] - rangeOf(b)[0]);
}
