/**
 * Declared unions: a parameter typed `quality: 'standard' | 'hd'` (in
 * TypeScript, or by JSDoc `@param {'standard'|'hd'} quality`) takes one of
 * those values, so they are its candidate values. A type alias of the same
 * file (`type Quality = 'standard' | 'hd'`) is followed.
 *
 * The literals sit in a type (or a comment), not where the value is made: an
 * edit there would change the declaration, not what callers pass.
 * `isDeclaredLiteral` tells them apart, so edits leave a TODO instead.
 */
import { type Node, isFunctionLike, rangeOf, stringValue } from '../ast.js';
import type { FileIndex } from '../scope.js';
import type { Value } from '../value-types.js';

const DECLARED = new WeakSet<Node>();
const MAX_DEPTH = 6;

/** True when a string candidate comes from a declared type, not from a value in the code. */
export function isDeclaredLiteral(node: Node): boolean {
  return DECLARED.has(node);
}

/**
 * The function whose parameter `id` is, with the parameter's declared type:
 * its own annotation, or, for a name destructured from an annotated pattern
 * (`{ quality }: Options`), the member's type.
 */
function parameterOf(index: FileIndex, id: Node): { fn: Node; typed: Node | undefined; optional: boolean } | undefined {
  let cur = id;
  let p = index.parents.get(cur);
  // `{ quality }: { quality: 'standard' | 'hd' }`, `{ quality = 'hd' }: Options`
  const path: string[] = [];
  let optional = !!id.optional;
  let outer: Node | undefined;
  for (let i = 0; i < 6 && p; i++) {
    if (p.type === 'AssignmentPattern' && p.left === cur) {
      cur = p;
      p = index.parents.get(cur);
      continue;
    }
    if ((p.type === 'Property' || p.type === 'ObjectProperty') && p.value === cur && !p.computed && index.parents.get(p)?.type === 'ObjectPattern') {
      const key = p.key?.type === 'Identifier' ? (p.key.name as string) : stringValue(p.key);
      if (key === undefined) return undefined;
      path.unshift(key);
      cur = index.parents.get(p)!;
      outer = cur;
      p = index.parents.get(cur);
      continue;
    }
    break;
  }
  if (path.length && outer) {
    let type = outer.typeAnnotation?.typeAnnotation as Node | undefined;
    const fn = functionOfParam(index, outer);
    if (!fn || !type) return undefined;
    for (const key of path) {
      const member: { type: Node | undefined; optional: boolean } | undefined = type ? memberType(index, type, key, 0) : undefined;
      if (!member?.type) return undefined;
      optional ||= member.optional;
      type = member.type;
    }
    return { fn, typed: type, optional };
  }
  cur = id;
  p = index.parents.get(cur);
  if (p?.type === 'AssignmentPattern' && p.left === cur) {
    cur = p;
    p = index.parents.get(cur);
  }
  if (p?.type === 'TSParameterProperty') {
    cur = p;
    p = index.parents.get(cur);
  }
  if (!p || !isFunctionLike(p) || !(p.params as Node[]).includes(cur)) return undefined;
  return { fn: p, typed: id.typeAnnotation?.typeAnnotation as Node | undefined, optional };
}

/** The function a parameter pattern belongs to (through a default and a parameter property). */
function functionOfParam(index: FileIndex, pattern: Node): Node | undefined {
  let cur = pattern;
  let p = index.parents.get(cur);
  if (p?.type === 'AssignmentPattern' && p.left === cur) {
    cur = p;
    p = index.parents.get(cur);
  }
  return p && isFunctionLike(p) && (p.params as Node[]).includes(cur) ? p : undefined;
}

/** A same-file interface or type alias by name. */
function namedType(index: FileIndex, name: string): Node | undefined {
  for (const stmt of (index.root.body ?? []) as Node[]) {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (decl?.type === 'TSTypeAliasDeclaration' && decl.id?.name === name) return decl.typeAnnotation as Node;
    if (decl?.type === 'TSInterfaceDeclaration' && decl.id?.name === name && !decl.extends?.length) return decl.body as Node;
  }
  return undefined;
}

/** The type of member `key` of an object type (a type literal, or a same-file interface or alias of one). */
function memberType(index: FileIndex, typeIn: Node, key: string, depth: number): { type: Node | undefined; optional: boolean } | undefined {
  let type: Node | undefined = typeIn;
  if (depth > MAX_DEPTH || !type) return undefined;
  if (type.type === 'TSTypeReference' && type.typeName?.type === 'Identifier' && !type.typeArguments && !type.typeParameters) {
    const named = namedType(index, type.typeName.name as string);
    return named ? memberType(index, named, key, depth + 1) : undefined;
  }
  // `{ size?: ... } & Record<string, unknown>`: the member of the part that declares it.
  if (type.type === 'TSIntersectionType') {
    for (const part of type.types as Node[]) {
      const found = memberType(index, part, key, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const members = type.type === 'TSTypeLiteral' ? (type.members as Node[]) : type.type === 'TSInterfaceBody' ? (type.body as Node[]) : undefined;
  if (!members) return undefined;
  for (const m of members) {
    if (m.type !== 'TSPropertySignature' || m.computed) continue;
    const name = m.key?.type === 'Identifier' ? (m.key.name as string) : stringValue(m.key);
    if (name === key) return { type: m.typeAnnotation?.typeAnnotation as Node | undefined, optional: !!m.optional };
  }
  return undefined;
}

/**
 * `options.quality` where `options` is a parameter declared with an object
 * type whose `quality` is a union of literals: those values.
 */
export function declaredMember(index: FileIndex, id: Node, key: string): Value | undefined {
  if (id.type !== 'Identifier') return undefined;
  const param = parameterOf(index, id);
  const member = param?.typed ? memberType(index, param.typed, key, 0) : undefined;
  if (!member?.type) return undefined;
  return literalsValue(id, typeLiterals(index, member.type, 0), member.optional);
}

function typeAlias(index: FileIndex, name: string): Node | undefined {
  for (const stmt of (index.root.body ?? []) as Node[]) {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (decl?.type === 'TSTypeAliasDeclaration' && decl.id?.name === name) return decl.typeAnnotation as Node;
  }
  return undefined;
}

/** The literals of a type: each a string candidate, or `undefined` in the list for a member that is not a string literal. */
function typeLiterals(index: FileIndex, type: Node | undefined, depth: number): (Node | undefined)[] {
  if (!type || depth > MAX_DEPTH) return [undefined];
  switch (type.type) {
    case 'TSUnionType':
      return (type.types as Node[]).flatMap((t) => typeLiterals(index, t, depth + 1));
    case 'TSParenthesizedType':
      return typeLiterals(index, type.typeAnnotation, depth + 1);
    case 'TSLiteralType': {
      const lit = type.literal as Node;
      return [stringValue(lit) !== undefined ? lit : undefined];
    }
    case 'TSTypeReference': {
      const name = type.typeName?.type === 'Identifier' ? (type.typeName.name as string) : undefined;
      const alias = name && !type.typeArguments && !type.typeParameters ? typeAlias(index, name) : undefined;
      return alias ? typeLiterals(index, alias, depth + 1) : [undefined];
    }
    default:
      return [undefined];
  }
}

/** The statement a function's doc comment sits above. */
function documented(index: FileIndex, fn: Node): Node {
  let cur = fn;
  for (let i = 0; i < 4; i++) {
    const p = index.parents.get(cur);
    if (!p) break;
    if (p.type === 'VariableDeclarator' || p.type === 'VariableDeclaration' || p.type === 'ExportNamedDeclaration' || p.type === 'ExportDefaultDeclaration' || p.type === 'MethodDefinition' || p.type === 'Property' || p.type === 'ObjectProperty') {
      cur = p;
      continue;
    }
    break;
  }
  return cur;
}

/** `@param {'a'|'b'} name` in the JSDoc block right above the function: string nodes spanning each quoted value. */
const JSDOC = new WeakMap<Node, Map<string, (Node | undefined)[] | undefined>>();

function jsdocLiterals(index: FileIndex, fn: Node, name: string): (Node | undefined)[] | undefined {
  let perFn = JSDOC.get(fn);
  if (!perFn) JSDOC.set(fn, (perFn = new Map()));
  if (!perFn.has(name)) perFn.set(name, readJsdoc(index, fn, name));
  return perFn.get(name);
}

function readJsdoc(index: FileIndex, fn: Node, name: string): (Node | undefined)[] | undefined {
  const text = index.text;
  const start = rangeOf(documented(index, fn))[0];
  const before = text.slice(Math.max(0, start - 4000), start);
  const end = before.trimEnd();
  if (!end.endsWith('*/')) return undefined;
  const open = end.lastIndexOf('/**');
  if (open < 0) return undefined;
  const offset = start - before.length + open;
  const comment = end.slice(open);
  const re = /@param\s*\{([^{}]*)\}\s*\[?([\w$]+)/g;
  for (let m = re.exec(comment); m; m = re.exec(comment)) {
    if (m[2] !== name) continue;
    const typeStart = offset + m.index + m[0].indexOf('{') + 1;
    const out: (Node | undefined)[] = [];
    let pos = 0;
    for (const part of m[1].split('|')) {
      const q = /^\s*(['"])([^'"]*)\1\s*$/.exec(part);
      if (!q) out.push(undefined);
      else {
        const s = typeStart + pos + part.indexOf(q[1]);
        const e = s + q[2].length + 2;
        const node: Node = { type: 'StringLiteral', value: q[2], start: s, end: e, range: [s, e] };
        out.push(node);
      }
      pos += part.length + 1;
    }
    return out;
  }
  return undefined;
}

/**
 * The candidate values a parameter declares: its TypeScript union of string
 * literals, or its JSDoc `@param` union. Undefined when it declares none.
 */
export function declaredValue(index: FileIndex, id: Node): Value | undefined {
  if (id.type !== 'Identifier') return undefined;
  const param = parameterOf(index, id);
  if (!param) return undefined;
  const literals = param.typed ? typeLiterals(index, param.typed, 0) : jsdocLiterals(index, param.fn, id.name);
  return literalsValue(id, literals, param.optional);
}

function literalsValue(id: Node, literals: (Node | undefined)[] | undefined, optional: boolean): Value | undefined {
  if (!literals || !literals.some(Boolean)) return undefined;
  const options: Value[] = literals.map((n) => {
    if (!n) return { kind: 'unknown', node: id };
    DECLARED.add(n);
    return { kind: 'string', value: stringValue(n) ?? String(n.value), node: n };
  });
  if (optional) options.push({ kind: 'unknown', node: id });
  return options.length === 1 ? options[0] : { kind: 'union', options, node: id };
}
