/**
 * One walk over a file: parent links, the calls worth a closer look, and a
 * light lexical scope model (enough to resolve same-file `const` bindings and
 * to know when a name is shadowed by something that is not a constant).
 */
import { type Node, forEachChild, isCall, isFunctionLike, propertyKey } from './ast.js';

export type Binding =
  | { kind: 'const'; id: Node; init: Node }
  /** `const { a } = init` or `const { b: a = dflt } = init`: `path` keys from init to the value. */
  | { kind: 'destructured'; id: Node; init: Node; path: string[]; fallback?: Node }
  | { kind: 'enum'; node: Node }
  /** A parameter (or a name destructured from one) with a default: the caller's value, or `fallback`. */
  | { kind: 'param'; id: Node; fallback: Node }
  /** Anything else (let, var, params, imports, functions, classes): not a static value. */
  | { kind: 'opaque'; id: Node };

export interface FileIndex {
  root: Node;
  text: string;
  parents: WeakMap<Node, Node>;
  /** Every call expression, in source order. */
  calls: Node[];
  /** Every `new` expression, in source order (library clients and wrappers). */
  news: Node[];
  /** Every member expression that reads a property named like something the analysis follows. */
  scopes: Map<Node, Map<string, Binding>>;
  /** The file's absolute path, when the front end knows it: values are then followed into the modules it imports. */
  file?: string;
  /** The type checker's literal types (typed linting). */
  typed?: import('./values.js').TypedValues;
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

export function isScopeNode(node: Node): boolean {
  return BLOCK_SCOPES.has(node.type) || isFunctionLike(node);
}

export function buildIndex(rootIn: Node, text: string): FileIndex {
  const root = rootIn.type === 'File' ? rootIn.program : rootIn;
  const parents = new WeakMap<Node, Node>();
  const calls: Node[] = [];
  const news: Node[] = [];
  const scopes = new Map<Node, Map<string, Binding>>();

  const scopeFor = (node: Node, functionLevel: boolean): Node => {
    let cur: Node | undefined = parents.get(node);
    while (cur) {
      if (functionLevel ? isFunctionLike(cur) || cur.type === 'Program' : isScopeNode(cur)) return cur;
      cur = parents.get(cur);
    }
    return root;
  };
  const declare = (scope: Node, name: string, binding: Binding) => {
    let map = scopes.get(scope);
    if (!map) scopes.set(scope, (map = new Map()));
    // A name declared twice in one scope is not a reliable constant.
    map.set(name, map.has(name) ? { kind: 'opaque', id: 'id' in binding ? binding.id : binding.node } : binding);
  };
  const declarePattern = (scope: Node, pattern: Node | undefined, make: (id: Node, path: string[], fallback?: Node) => Binding, path: string[] = []) => {
    if (!pattern) return;
    switch (pattern.type) {
      case 'Identifier':
        declare(scope, pattern.name, make(pattern, path));
        return;
      case 'AssignmentPattern':
        if (pattern.left.type === 'Identifier') declare(scope, pattern.left.name, make(pattern.left, path, pattern.right));
        // Names inside a defaulted pattern keep their own defaults only.
        else declarePattern(scope, pattern.left, (id, p, fallback) => (fallback ? make(id, p, fallback) : { kind: 'opaque', id }), path);
        return;
      case 'ObjectPattern':
        for (const p of pattern.properties as Node[]) {
          if (p.type === 'RestElement') {
            declarePattern(scope, p.argument, (id) => ({ kind: 'opaque', id }));
            continue;
          }
          const key = propertyKey(p);
          if (key === undefined) declarePattern(scope, p.value, (id) => ({ kind: 'opaque', id }));
          else declarePattern(scope, p.value, make, [...path, key]);
        }
        return;
      case 'ArrayPattern':
        for (const el of pattern.elements as (Node | null)[]) declarePattern(scope, el ?? undefined, (id) => ({ kind: 'opaque', id }));
        return;
      case 'RestElement':
        declarePattern(scope, pattern.argument, (id) => ({ kind: 'opaque', id }));
        return;
      case 'TSParameterProperty':
        declarePattern(scope, pattern.parameter, make, path);
        return;
      default:
        return;
    }
  };

  // Iterative pre-order walk: deeply nested generated code must not overflow the stack.
  const visit = (node: Node, push: (child: Node) => void) => {
    switch (node.type) {
      case 'VariableDeclaration': {
        const isConst = node.kind === 'const';
        const scope = scopeFor(node, node.kind === 'var');
        for (const d of node.declarations as Node[]) {
          const init = d.init as Node | undefined;
          if (isConst && init) {
            declarePattern(scope, d.id, (id, path, fallback) =>
              path.length === 0 && !fallback ? { kind: 'const', id, init } : { kind: 'destructured', id, init, path, fallback },
            );
          } else {
            declarePattern(scope, d.id, (id) => ({ kind: 'opaque', id }));
          }
        }
        break;
      }
      case 'TSEnumDeclaration':
        if (node.id?.type === 'Identifier') declare(scopeFor(node, false), node.id.name, { kind: 'enum', node });
        break;
      case 'FunctionDeclaration':
      case 'ClassDeclaration':
      case 'TSDeclareFunction':
        if (node.id?.type === 'Identifier') declare(scopeFor(node, false), node.id.name, { kind: 'opaque', id: node.id });
        break;
      case 'ImportDeclaration':
        for (const s of node.specifiers as Node[]) declare(root, s.local.name, { kind: 'opaque', id: s.local });
        break;
      case 'CatchClause':
        declarePattern(node, node.param ?? undefined, (id) => ({ kind: 'opaque', id }));
        break;
      case 'NewExpression':
        news.push(node);
        break;
      default:
        if (isCall(node)) calls.push(node);
    }
    if (isFunctionLike(node)) {
      for (const p of (node.params ?? []) as Node[]) declarePattern(node, p, (id, _path, fallback) => (fallback ? { kind: 'param', id, fallback } : { kind: 'opaque', id }));
      if (node.type === 'FunctionExpression' && node.id?.type === 'Identifier') declare(node, node.id.name, { kind: 'opaque', id: node.id });
    }
    forEachChild(node, push);
  };
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const children: Node[] = [];
    visit(node, (child) => {
      parents.set(child, node);
      children.push(child);
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { root, text, parents, calls, news, scopes };
}

/** The binding an identifier reference resolves to, if it is declared in this file. */
export function lookup(index: FileIndex, ref: Node, name: string): Binding | undefined {
  let cur: Node | undefined = index.parents.get(ref);
  while (cur) {
    const map = index.scopes.get(cur);
    const b = map?.get(name);
    if (b) return b;
    cur = index.parents.get(cur);
  }
  return index.scopes.get(index.root)?.get(name);
}
