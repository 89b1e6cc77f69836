/**
 * The node adapter: the only place that knows how ESTree (typescript-eslint,
 * espree) and Babel (jscodeshift) spell the same construct. Everything else in
 * the analysis asks these functions.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Node = { type: string; [key: string]: any };

export type Range = readonly [number, number];

export function rangeOf(node: Node): Range {
  if (Array.isArray(node.range)) return [node.range[0], node.range[1]];
  return [node.start as number, node.end as number];
}

const WRAPPERS = new Set([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
  'TypeCastExpression',
  'ParenthesizedExpression',
  'ChainExpression',
  'TSInstantiationExpression',
]);

/** True for the nodes `unwrap` strips: type casts, parentheses, optional-chain wrappers. */
export function isWrapper(node: Node): boolean {
  return WRAPPERS.has(node.type);
}

/** Strips `as`, `satisfies`, `!`, `<T>x`, parentheses and optional-chain wrappers. */
export function unwrap(node: Node | null | undefined): Node | undefined {
  let n = node ?? undefined;
  while (n && WRAPPERS.has(n.type)) n = n.expression;
  return n;
}

export function isIdentifier(node: Node | undefined, name?: string): boolean {
  return !!node && node.type === 'Identifier' && (name === undefined || node.name === name);
}

export function stringValue(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'StringLiteral') return node.value;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0 && node.quasis.length === 1) {
    const cooked = node.quasis[0].value.cooked;
    return typeof cooked === 'string' ? cooked : undefined;
  }
  return undefined;
}

export function numberValue(node: Node | undefined): number | undefined {
  if (!node) return undefined;
  if (node.type === 'NumericLiteral') return node.value;
  if (node.type === 'Literal' && typeof node.value === 'number') return node.value;
  if (node.type === 'UnaryExpression' && node.operator === '-') {
    const v = numberValue(unwrap(node.argument));
    return v === undefined ? undefined : -v;
  }
  return undefined;
}

export function booleanValue(node: Node | undefined): boolean | undefined {
  if (!node) return undefined;
  if (node.type === 'BooleanLiteral') return node.value;
  if (node.type === 'Literal' && typeof node.value === 'boolean') return node.value;
  return undefined;
}

export function isCall(node: Node | undefined): boolean {
  return !!node && (node.type === 'CallExpression' || node.type === 'OptionalCallExpression');
}

export function isMember(node: Node | undefined): boolean {
  return !!node && (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression');
}

/** The static name of a member access (`a.b`, `a["b"]`), if it has one. */
export function memberName(node: Node): string | undefined {
  const prop = node.property;
  if (!node.computed) {
    if (prop.type === 'Identifier') return prop.name;
    if (prop.type === 'PrivateName' || prop.type === 'PrivateIdentifier') return undefined;
  }
  return stringValue(unwrap(prop));
}

/** The static key of an object property or pattern property. */
export function propertyKey(prop: Node): string | undefined {
  const key = prop.key;
  if (!key) return undefined;
  if (!prop.computed) {
    if (key.type === 'Identifier') return key.name;
    const s = stringValue(key);
    if (s !== undefined) return s;
    const n = numberValue(key);
    return n === undefined ? undefined : String(n);
  }
  return stringValue(unwrap(key));
}

export type ObjectMember =
  | { kind: 'prop'; key: string | undefined; value: Node | undefined; node: Node }
  | { kind: 'spread'; argument: Node; node: Node };

/** The members of an object literal, in source order. */
export function objectMembers(obj: Node): ObjectMember[] {
  const out: ObjectMember[] = [];
  for (const p of obj.properties as Node[]) {
    if (p.type === 'SpreadElement' || p.type === 'SpreadProperty' || p.type === 'ExperimentalSpreadProperty') {
      out.push({ kind: 'spread', argument: p.argument, node: p });
    } else if (p.type === 'ObjectMethod' || (p.type === 'Property' && (p.method || p.kind !== 'init'))) {
      out.push({ kind: 'prop', key: propertyKey(p), value: undefined, node: p });
    } else {
      out.push({ kind: 'prop', key: propertyKey(p), value: p.value, node: p });
    }
  }
  return out;
}

export function isFunctionLike(node: Node): boolean {
  return (
    node.type === 'FunctionDeclaration' ||
    node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression' ||
    node.type === 'ObjectMethod' ||
    node.type === 'ClassMethod' ||
    node.type === 'ClassPrivateMethod' ||
    node.type === 'TSDeclareFunction'
  );
}

/** Keys never walked: positions, tokens, comments and back-links. */
export const SKIP_KEYS = new Set([
  'parent',
  'loc',
  'range',
  'start',
  'end',
  'tokens',
  'comments',
  'leadingComments',
  'trailingComments',
  'innerComments',
  'extra',
  'typeAnnotation',
  'returnType',
  'typeParameters',
  'typeArguments',
  'superTypeParameters',
  'superTypeArguments',
]);

/** Calls `visit` for each child node of `node`. */
export function forEachChild(node: Node, visit: (child: Node) => void): void {
  for (const key in node) if (!SKIP_KEYS.has(key)) visitField(node[key], visit);
}

/** Calls `visit` for the node, or each node of the array, held in one field of a node. */
export function visitField(v: unknown, visit: (child: Node) => void): void {
  if (!v || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const item of v) if (item && typeof item.type === 'string') visit(item);
  } else if (typeof (v as Node).type === 'string') {
    visit(v as Node);
  }
}
