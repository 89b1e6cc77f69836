/**
 * One walk over a file: parent links, the calls worth a closer look, and a
 * light lexical scope model (enough to resolve same-file `const` bindings and
 * to know when a name is shadowed by something that is not a constant).
 */
import { type Node, forEachChild, isCall, isFunctionLike, propertyKey, visitField } from './ast.js';
import type { TypedValues } from './value-types.js';

export type Binding =
  | { kind: 'const'; id: Node; init: Node }
  /** `const { a } = init` or `const { b: a = dflt } = init`: `path` keys from init to the value. */
  | { kind: 'destructured'; id: Node; init: Node; path: string[]; fallback?: Node }
  | { kind: 'enum'; node: Node }
  /** A parameter (or a name destructured from one) with a default: the caller's value, or `fallback`. */
  | { kind: 'param'; id: Node; fallback: Node }
  /** Anything else (let, var, params, imports, functions, classes): not a static value. */
  | { kind: 'opaque'; id: Node };

/** The parent of a node: ESLint's `node.parent`, or a map filled by a walk (Babel, bare parsers). */
export interface Parents {
  get(node: Node): Node | undefined;
}

export interface FileIndex {
  root: Node;
  text: string;
  parents: Parents;
  /** Every call expression, in source order. */
  calls: Node[];
  /** Every `new` expression, in source order (library clients and wrappers). */
  news: Node[];
  /**
   * The bindings each scope node declares. Filled lazily by `lookup`: only
   * the scopes a resolved name climbs through are ever computed.
   */
  scopes: Map<Node, Map<string, Binding>>;
  /** The file's absolute path, when the front end knows it: values are then followed into the modules it imports. */
  file?: string;
  /** The type checker's literal types (typed linting). */
  typed?: TypedValues;
}

const BLOCK_SCOPES = new Set([
  'Program',
  'BlockStatement',
  'StaticBlock',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'SwitchStatement',
  'CatchClause',
  'TSModuleBlock',
  'ClassBody',
]);

/**
 * Where declarations can sit below a scope node, by node type: statements
 * that hold other statements, and the scope nodes themselves. Expressions are
 * never entered: a declaration inside one sits in a function or class body,
 * which are scopes of their own.
 */
const STATEMENT_KEYS: Readonly<Record<string, readonly string[]>> = {
  ExportNamedDeclaration: ['declaration'],
  ExportDefaultDeclaration: ['declaration'],
  IfStatement: ['consequent', 'alternate'],
  LabeledStatement: ['body'],
  WithStatement: ['body'],
  WhileStatement: ['body'],
  DoWhileStatement: ['body'],
  TryStatement: ['block', 'handler', 'finalizer'],
  SwitchCase: ['consequent'],
  TSModuleDeclaration: ['body'],
  Program: ['body'],
  BlockStatement: ['body'],
  StaticBlock: ['body'],
  TSModuleBlock: ['body'],
  ForStatement: ['init', 'body'],
  ForInStatement: ['left', 'body'],
  ForOfStatement: ['left', 'body'],
  SwitchStatement: ['cases'],
  CatchClause: ['body'],
  // svelte-eslint-parser: the module and instance scripts are children of the program, and share its scope.
  SvelteScriptElement: ['body'],
};

function forEachStatementChild(node: Node, visit: (child: Node) => void): void {
  const keys = STATEMENT_KEYS[node.type];
  if (!keys) return;
  for (const key of keys) visitField(node[key], visit);
}

export function isScopeNode(node: Node): boolean {
  return BLOCK_SCOPES.has(node.type) || isFunctionLike(node);
}

const ESTREE_PARENTS: Parents = { get: (node) => node.parent ?? undefined };

/** True when the tree carries `parent` links (ESLint sets them before any rule runs). */
function hasParentLinks(root: Node): boolean {
  const body = root.body as Node[] | undefined;
  return !!body && (body.length === 0 || body[0].parent === root);
}

/**
 * The index of a file. On ESLint's tree (parent links set) this is one light
 * walk that only collects calls and `new` expressions, or none at all when the
 * caller collected them during ESLint's own traversal (`collected`). Other
 * trees get one walk that also records parents. Scopes are computed on demand.
 */
export function buildIndex(rootIn: Node, text: string, collected?: { calls: Node[]; news: Node[] }): FileIndex {
  const root = rootIn.type === 'File' ? rootIn.program : rootIn;
  const scopes = new Map<Node, Map<string, Binding>>();
  if (hasParentLinks(root)) {
    if (collected) return { root, text, parents: ESTREE_PARENTS, calls: collected.calls, news: collected.news, scopes };
    const calls: Node[] = [];
    const news: Node[] = [];
    const stack: Node[] = [root];
    const children: Node[] = [];
    const push = (child: Node) => children.push(child);
    while (stack.length) {
      const node = stack.pop()!;
      if (node.type === 'NewExpression') news.push(node);
      else if (isCall(node)) calls.push(node);
      forEachChild(node, push);
      while (children.length) stack.push(children.pop()!);
    }
    return { root, text, parents: ESTREE_PARENTS, calls, news, scopes };
  }
  const parents = new WeakMap<Node, Node>();
  const calls: Node[] = [];
  const news: Node[] = [];
  // Iterative pre-order walk: deeply nested generated code must not overflow the stack.
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'NewExpression') news.push(node);
    else if (isCall(node)) calls.push(node);
    const children: Node[] = [];
    forEachChild(node, (child) => {
      parents.set(child, node);
      children.push(child);
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { root, text, parents, calls, news, scopes };
}

/** The names one scope node declares (see `isScopeNode`), as the old eager walk attributed them. */
function scopeBindings(index: FileIndex, scope: Node): Map<string, Binding> {
  const cached = index.scopes.get(scope);
  if (cached) return cached;
  const map = new Map<string, Binding>();
  index.scopes.set(scope, map);
  const declare = (name: string, binding: Binding) => {
    // A name declared twice in one scope is not a reliable constant.
    map.set(name, map.has(name) ? { kind: 'opaque', id: 'id' in binding ? binding.id : binding.node } : binding);
  };
  const opaque = (id: Node): Binding => ({ kind: 'opaque', id });
  const declarePattern = (pattern: Node | undefined, make: (id: Node, path: string[], fallback?: Node) => Binding, path: string[] = []) => {
    if (!pattern) return;
    switch (pattern.type) {
      case 'Identifier':
        declare(pattern.name, make(pattern, path));
        return;
      case 'AssignmentPattern':
        if (pattern.left.type === 'Identifier') declare(pattern.left.name, make(pattern.left, path, pattern.right));
        // Names inside a defaulted pattern keep their own defaults only.
        else declarePattern(pattern.left, (id, p, fallback) => (fallback ? make(id, p, fallback) : opaque(id)), path);
        return;
      case 'ObjectPattern':
        for (const p of pattern.properties as Node[]) {
          if (p.type === 'RestElement') {
            declarePattern(p.argument, opaque);
            continue;
          }
          const key = propertyKey(p);
          if (key === undefined) declarePattern(p.value, opaque);
          else declarePattern(p.value, make, [...path, key]);
        }
        return;
      case 'ArrayPattern':
        for (const el of pattern.elements as (Node | null)[]) declarePattern(el ?? undefined, opaque);
        return;
      case 'RestElement':
        declarePattern(pattern.argument, opaque);
        return;
      case 'TSParameterProperty':
        declarePattern(pattern.parameter, make, path);
        return;
      default:
        return;
    }
  };
  const functionLevel = isFunctionLike(scope) || scope.type === 'Program';
  // `var` belongs to the nearest function (or the program) through any block; everything else to the nearest block.
  const visit = (node: Node, varOnly: boolean) => {
    switch (node.type) {
      case 'VariableDeclaration': {
        if (node.kind === 'var' ? !functionLevel : varOnly) return;
        const isConst = node.kind === 'const';
        for (const d of node.declarations as Node[]) {
          const init = d.init as Node | undefined;
          if (isConst && init) {
            declarePattern(d.id, (id, path, fallback) =>
              path.length === 0 && !fallback ? { kind: 'const', id, init } : { kind: 'destructured', id, init, path, fallback },
            );
          } else {
            declarePattern(d.id, opaque);
          }
        }
        return;
      }
      case 'TSEnumDeclaration':
        if (!varOnly && node.id?.type === 'Identifier') declare(node.id.name, { kind: 'enum', node });
        return;
      case 'FunctionDeclaration':
      case 'ClassDeclaration':
      case 'TSDeclareFunction':
        if (!varOnly && node.id?.type === 'Identifier') declare(node.id.name, opaque(node.id));
        return;
      case 'ImportDeclaration':
        if (scope === index.root) for (const s of node.specifiers as Node[]) declare(s.local.name, opaque(s.local));
        return;
      default:
        if (isFunctionLike(node) || node.type === 'ClassBody') return;
        if (BLOCK_SCOPES.has(node.type)) {
          if (functionLevel) forEachStatementChild(node, (c) => visit(c, true));
          return;
        }
        forEachStatementChild(node, (c) => visit(c, varOnly));
    }
  };
  if (isFunctionLike(scope)) {
    for (const p of (scope.params ?? []) as Node[]) declarePattern(p, (id, _path, fallback) => (fallback ? { kind: 'param', id, fallback } : opaque(id)));
    if (scope.type === 'FunctionExpression' && scope.id?.type === 'Identifier') declare(scope.id.name, opaque(scope.id));
    // Its body is a block of its own: only `var`s reach the function.
    if (scope.body) visit(scope.body, false);
  } else if (scope.type === 'CatchClause') {
    declarePattern(scope.param ?? undefined, opaque);
  } else if (scope.type !== 'ClassBody') {
    forEachStatementChild(scope, (c) => visit(c, false));
  }
  return map;
}

/** The binding an identifier reference resolves to, if it is declared in this file. */
export function lookup(index: FileIndex, ref: Node, name: string): Binding | undefined {
  let cur: Node | undefined = index.parents.get(ref);
  while (cur) {
    if (isScopeNode(cur)) {
      const b = scopeBindings(index, cur).get(name);
      if (b) return b;
    }
    cur = index.parents.get(cur);
  }
  return scopeBindings(index, index.root).get(name);
}
