/**
 * Where the result of an Images API call goes, within the function that makes
 * the call: `await`, variables, destructuring, `.data[i]`, `.data.at(i)`,
 * `for (const image of res.data)`, `.data.map(d => d.url)`-style callbacks,
 * `.then(res => ...)` and optional chaining. Reads of `url` on an image of the
 * result are what the `no-url-response` rule and the codemod's `url` option
 * act on. Anything the walk cannot follow (a result passed to a function,
 * returned, stored in an object) is left alone.
 */
import { HTTP_RESPONSE, IMAGES_RESPONSE } from '../catalog/index.js';
import { type Node, forEachChild, isCall, isFunctionLike, isMember, isWrapper, memberName, propertyKey, unwrap } from './ast.js';
import type { ImageRequest, ResultShape } from './calls.js';
import { readsAfterWrite } from './flow/let-unions.js';
import type { FileAnalysis } from './index.js';
import { type FileIndex, lookup } from './scope.js';

export interface UrlRead {
  /**
   * The member expression that reads `.url` (`res.data[0].url`), or, for a
   * destructuring read (`const { url } = res.data[0]`), the pattern property.
   */
  node: Node;
  /** The first request whose result reaches the read. */
  request: ImageRequest;
  /** Every request whose result may reach it (a `let` assigned in branches: one per branch). */
  requests: ImageRequest[];
}

/**
 * What a value is, on the way from the call to an image: the promise, the
 * response, `data`, one item. Raw HTTP and the openai v3 SDK wrap the
 * response: a fetch `Response` (the body comes from `.json()`), or an axios
 * response (the body is its `data`).
 */
type Level = 'promise' | 'response' | 'list' | 'item' | 'fetch-promise' | 'fetch-response' | 'axios-promise' | 'axios-response';

const START: Readonly<Record<ResultShape, Level | undefined>> = {
  sdk: 'promise',
  fetch: 'fetch-promise',
  axios: 'axios-promise',
  none: undefined,
};

const AWAITED: Partial<Record<Level, Level>> = { promise: 'response', 'fetch-promise': 'fetch-response', 'axios-promise': 'axios-response' };

/** Array methods whose callback gets one item as its first parameter. */
const ITEM_CALLBACKS = new Set(['map', 'flatMap', 'forEach', 'filter', 'find', 'findLast', 'some', 'every']);
/** Array methods that return one item. */
const ITEM_RESULTS = new Set(['at', 'find', 'findLast', 'pop', 'shift']);
/** Array methods that return a list of the same items. */
const LIST_RESULTS = new Set(['filter', 'slice', 'reverse', 'toReversed']);

const MAX_DEPTH = 16;

export function urlReads(fa: FileAnalysis): UrlRead[] {
  const out: UrlRead[] = [];
  const { list, url } = IMAGES_RESPONSE.value;
  for (const request of fa.requests) {
    const start = request.site.api === 'images' ? START[request.site.result] : undefined;
    if (!start) continue;
    const walker = new ResultWalker(fa.index, list, url, (node) => {
      const seen = out.find((r) => r.node === node);
      if (!seen) out.push({ node, request, requests: [request] });
      else if (!seen.requests.includes(request)) seen.requests.push(request);
    });
    walker.follow(request.site.call, start, 0);
  }
  return out;
}

/**
 * Requests whose whole result, its `data` or an image of it leaves the
 * function where the walk can follow it: passed to a call (not `console.*`),
 * put in an object or array literal, or (`data`, an image) returned. Readers of `url` there are
 * not seen. Returns, per request, the first node found.
 */
export function resultEscapes(fa: Pick<FileAnalysis, 'index'>, request: ImageRequest): Node | undefined {
  const start = request.site.api === 'images' ? START[request.site.result] : undefined;
  if (!start) return undefined;
  const { list, url } = IMAGES_RESPONSE.value;
  let found: Node | undefined;
  const walker = new ResultWalker(fa.index, list, url, () => undefined, (node) => {
    found ??= node;
  });
  walker.follow(request.site.call, start, 0);
  return found;
}

/** A whole SDK result (its promise, or the response): what a function may hand back to its callers. */
export type WholeResult = 'promise' | 'response';

/**
 * Where an SDK result at `level` goes within the function it is in (`from`:
 * the call, or a caller's call of a function that returns it): `read` for
 * each `.url` read on an image of it, `escape` where it (or its `data`, an
 * image) leaves otherwise, `returned` where the whole result is returned.
 */
export function traceWholeResult(
  index: FileIndex,
  from: Node,
  level: WholeResult,
  hooks: { read: (node: Node) => void; escape: (node: Node) => void; returned: (node: Node, level: WholeResult) => void },
): void {
  const { list, url } = IMAGES_RESPONSE.value;
  new ResultWalker(index, list, url, hooks.read, hooks.escape, hooks.returned).follow(from, level, 0);
}

/** The levels at which a value leaving the walk carries the images. */
const ESCAPING = new Set<Level>(['promise', 'response', 'list', 'item']);

/**
 * `node` (a value with images) leaves through `parent`. A whole result
 * returned is left to the flow through the project's callers (the return
 * summaries); its `data` or an image returned leaves.
 */
function escapes(node: Node, parent: Node, level: Level): boolean {
  if (parent.type === 'ReturnStatement' || (parent.type === 'ArrowFunctionExpression' && parent.body === node)) return level === 'list' || level === 'item';
  if ((parent.type === 'Property' || parent.type === 'ObjectProperty') && parent.value === node) return true;
  if (parent.type === 'ArrayExpression' || parent.type === 'SpreadElement') return true;
  if (isCall(parent) && (parent.arguments as Node[]).includes(node)) {
    const callee = unwrap(parent.callee as Node);
    const obj = callee && isMember(callee) ? unwrap(callee.object as Node) : undefined;
    return !(obj?.type === 'Identifier' && obj.name === 'console');
  }
  return false;
}

class ResultWalker {
  private readonly tracked = new Set<Node>();

  constructor(
    private readonly index: FileIndex,
    private readonly listKey: string,
    private readonly urlKey: string,
    private readonly emit: (node: Node) => void,
    /** Called where the result (or its `data`, or an image of it) leaves what the walk follows. */
    private readonly escape?: (node: Node) => void,
    /** Called where the whole result is returned (when unset, a returned result is not followed). */
    private readonly returned?: (node: Node, level: WholeResult) => void,
  ) {}

  private parent(node: Node): Node | undefined {
    return this.index.parents.get(node);
  }

  /** `expr` evaluates to a value at `level`: see where it goes. */
  follow(expr: Node, levelIn: Level, depth: number): void {
    if (depth > MAX_DEPTH) return;
    let level = levelIn;
    let node = expr;
    let parent = this.parent(node);
    // Climb through wrappers and `await`.
    while (parent) {
      if (isWrapper(parent) && parent.expression === node) {
        node = parent;
      } else if (parent.type === 'AwaitExpression' && parent.argument === node) {
        level = AWAITED[level] ?? level;
        node = parent;
      } else if (parent.type === 'ConditionalExpression' && parent.test !== node) {
        // `hd ? await openai.images.generate(a) : await openai.images.edit(b)`: either call's result.
        node = parent;
      } else {
        break;
      }
      parent = this.parent(node);
    }
    if (!parent) return;

    if (isMember(parent) && parent.object === node) {
      this.member(parent, level, depth);
      return;
    }
    if (parent.type === 'VariableDeclarator' && parent.init === node) {
      this.bind(parent.id, level, depth);
      return;
    }
    // `response = await openai.images.edit(...)` into a `let`: the reads this assignment reaches.
    if (parent.type === 'AssignmentExpression' && parent.right === node && parent.operator === '=' && parent.left.type === 'Identifier') {
      const b = lookup(this.index, parent.left, parent.left.name);
      const reads = b && 'id' in b ? readsAfterWrite(this.index, parent.left, b.id) : undefined;
      for (const r of reads ?? []) this.follow(r, level, depth + 1);
      return;
    }
    if (this.returned && (level === 'promise' || level === 'response') && (parent.type === 'ReturnStatement' || (parent.type === 'ArrowFunctionExpression' && parent.body === node))) {
      this.returned(node, level);
      return;
    }
    if (this.escape && ESCAPING.has(level) && escapes(node, parent, level)) {
      this.escape(node);
      return;
    }
    if ((parent.type === 'ForOfStatement' || parent.type === 'ForInStatement') && parent.right === node) {
      if (parent.type === 'ForOfStatement' && level === 'list' && !parent.await) {
        const left = parent.left as Node;
        const target = left.type === 'VariableDeclaration' ? left.declarations[0]?.id : undefined;
        if (target) this.bind(target, 'item', depth);
      }
    }
  }

  /** `member` reads a property of a value at `level`. */
  private member(member: Node, level: Level, depth: number): void {
    const name = memberName(member);
    const call = this.calledWith(member);
    switch (level) {
      case 'promise':
        if (name === 'then' && call) this.callbackParam(call, 'response', depth);
        return;
      case 'response':
        if (name === this.listKey) this.follow(member, 'list', depth + 1);
        return;
      case 'list':
        if (name === undefined ? member.computed : /^\d+$/.test(name)) {
          this.follow(member, 'item', depth + 1);
          return;
        }
        if (!name || !call) return;
        if (ITEM_CALLBACKS.has(name)) this.callbackParam(call, 'item', depth);
        if (ITEM_RESULTS.has(name)) this.follow(call, 'item', depth + 1);
        else if (LIST_RESULTS.has(name)) this.follow(call, 'list', depth + 1);
        return;
      case 'item':
        if (name === this.urlKey) this.emit(member);
        return;
      case 'fetch-promise':
      case 'fetch-response':
        // `(await fetch(...)).json()`, `got.post(...).json()`, `.then((r) => ...)`
        if (name === HTTP_RESPONSE.value.fetchBody && call) this.follow(call, 'promise', depth + 1);
        else if (level === 'fetch-promise' && name === 'then' && call) this.callbackParam(call, 'fetch-response', depth);
        return;
      case 'axios-promise':
        if (name === 'then' && call) this.callbackParam(call, 'axios-response', depth);
        return;
      case 'axios-response':
        if (name === HTTP_RESPONSE.value.axiosBody) this.follow(member, 'response', depth + 1);
        return;
    }
  }

  /** The call whose callee is `member` (through wrappers), if any. */
  private calledWith(member: Node): Node | undefined {
    let node = member;
    let parent = this.parent(node);
    while (parent && isWrapper(parent) && parent.expression === node) {
      node = parent;
      parent = this.parent(node);
    }
    return parent && isCall(parent) && parent.callee === node ? parent : undefined;
  }

  /** The first parameter of the function passed as the first argument of `call` holds a value at `level`. */
  private callbackParam(call: Node, level: Level, depth: number): void {
    const fn = unwrap(call.arguments[0]);
    if (!fn || !isFunctionLike(fn)) return;
    const param = fn.params?.[0] as Node | undefined;
    if (param) this.bind(param, level, depth + 1);
  }

  /** A binding pattern receives a value at `level`. */
  private bind(pattern: Node | undefined, level: Level, depth: number): void {
    if (!pattern || depth > MAX_DEPTH) return;
    switch (pattern.type) {
      case 'Identifier':
        this.references(pattern, level, depth);
        return;
      case 'AssignmentPattern':
        this.bind(pattern.left, level, depth);
        return;
      case 'ObjectPattern':
        for (const p of pattern.properties as Node[]) {
          if (p.type === 'RestElement') continue;
          const key = propertyKey(p);
          if (level === 'response' && key === this.listKey) this.bind(p.value, 'list', depth + 1);
          else if (level === 'axios-response' && key === HTTP_RESPONSE.value.axiosBody) this.bind(p.value, 'response', depth + 1);
          else if (level === 'list' && key !== undefined && /^\d+$/.test(key)) this.bind(p.value, 'item', depth + 1);
          else if (level === 'item' && key === this.urlKey) this.emit(p);
        }
        return;
      case 'ArrayPattern':
        if (level !== 'list') return;
        for (const el of pattern.elements as (Node | null)[]) {
          if (el && el.type !== 'RestElement') this.bind(el, 'item', depth + 1);
        }
        return;
      default:
        return;
    }
  }

  /** Follows every read of the variable declared by `id`, unless it is ever reassigned. */
  private references(id: Node, level: Level, depth: number): void {
    if (this.tracked.has(id)) return;
    this.tracked.add(id);
    const scope = this.functionOf(id);
    const refs: Node[] = [];
    const walk = (node: Node) => {
      if (node.type === 'Identifier' && node !== id && node.name === id.name && this.isReference(node)) {
        const b = lookup(this.index, node, node.name);
        if (b && 'id' in b && b.id === id) refs.push(node);
      }
      forEachChild(node, walk);
    };
    walk(scope);
    const reassigned = refs.some((ref) => {
      const p = this.parent(ref);
      return p && ((p.type === 'AssignmentExpression' && p.left === ref) || p.type === 'UpdateExpression');
    });
    // A reassigned `let`: only the reads its initializer reaches.
    const reads = reassigned ? readsAfterWrite(this.index, id, id) : refs;
    for (const ref of reads ?? []) this.follow(ref, level, depth + 1);
  }

  private isReference(node: Node): boolean {
    const p = this.parent(node);
    if (!p) return false;
    if (isMember(p) && p.property === node && !p.computed) return false;
    if ((p.type === 'Property' || p.type === 'ObjectProperty') && p.key === node && !p.computed && p.value !== node) return false;
    if ((p.type === 'MethodDefinition' || p.type === 'PropertyDefinition' || p.type === 'ClassProperty') && p.key === node && !p.computed) return false;
    return true;
  }

  /** The function (or program) a declaration belongs to: reads are followed there. */
  private functionOf(node: Node): Node {
    let cur = this.parent(node);
    while (cur) {
      if (isFunctionLike(cur) || cur.type === 'Program') return cur;
      cur = this.parent(cur);
    }
    return this.index.root;
  }
}
