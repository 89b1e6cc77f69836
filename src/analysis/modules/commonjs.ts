/**
 * CommonJS modules, read syntactically: what `module.exports = {...}`,
 * `module.exports.X = v` and `exports.X = v` at a module's top level export,
 * and which calls are `require('./spec')`. The project index (`project.ts`)
 * follows a name imported from such a module here; the resolver follows
 * `require(...)` through `exportsValue`.
 */
import { type Node, isIdentifier, isMember, memberName, propertyKey, stringValue, unwrap } from '../ast.js';
import { type FileIndex, lookup } from '../scope.js';
import type { FormEntry, Value, ViewPart } from '../value-types.js';

export interface CjsExports {
  /** `module.exports = expr` (the last one). */
  whole?: Node;
  /** `exports.X = v` / `module.exports.X = v`: the value and the statement that sets it. */
  members: Map<string, { value: Node; stmt: Node }>;
  /** Something else writes to the exports (`Object.assign(module.exports, …)`, a computed key). */
  uncertain: boolean;
}

const CACHE = new WeakMap<FileIndex, CjsExports | null>();

/** `module.exports` (not shadowed by a local `module`). */
function isModuleExports(index: FileIndex, node: Node | undefined): boolean {
  const n = unwrap(node);
  if (!n || !isMember(n) || memberName(n) !== 'exports') return false;
  const obj = unwrap(n.object);
  return !!obj && isIdentifier(obj, 'module') && !lookup(index, obj, 'module');
}

/** `exports` (the free CommonJS name) or `module.exports`. */
function isExportsObject(index: FileIndex, node: Node | undefined): boolean {
  const n = unwrap(node);
  if (!n) return false;
  if (isIdentifier(n, 'exports')) return !lookup(index, n, 'exports');
  return isModuleExports(index, n);
}

/** The CommonJS exports a module's top level writes, or undefined when it writes none. */
export function cjsExports(index: FileIndex): CjsExports | undefined {
  const hit = CACHE.get(index);
  if (hit !== undefined) return hit ?? undefined;
  const out: CjsExports = { members: new Map(), uncertain: false };
  let any = false;
  for (const stmt of (index.root.body ?? []) as Node[]) {
    if (stmt.type !== 'ExpressionStatement') continue;
    const e = unwrap(stmt.expression);
    if (!e) continue;
    if (e.type === 'AssignmentExpression' && e.operator === '=') {
      const left = unwrap(e.left);
      if (isModuleExports(index, left)) {
        out.whole = e.right;
        out.members.clear();
        any = true;
        continue;
      }
      if (left && isMember(left) && isExportsObject(index, left.object)) {
        const name = memberName(left);
        if (name === undefined) out.uncertain = true;
        else out.members.set(name, { value: e.right, stmt });
        any = true;
      }
    } else if (e.type === 'CallExpression' && e.arguments.some((a: Node) => isExportsObject(index, a))) {
      out.uncertain = true;
    }
  }
  CACHE.set(index, any ? out : null);
  return any ? out : undefined;
}

/** The expression a CommonJS module exports under `name` (`default`: the whole `module.exports`). */
export function cjsExportNode(index: FileIndex, name: string): Node | undefined {
  const cjs = cjsExports(index);
  if (!cjs) return undefined;
  const member = cjs.members.get(name);
  if (member) return member.value;
  if (!cjs.whole) return undefined;
  if (name === 'default') return cjs.whole;
  // `module.exports = { NAME: value }`, or `module.exports = config` of a module-level `const config = {...}`.
  let obj = unwrap(cjs.whole);
  if (obj && isIdentifier(obj)) {
    const b = lookup(index, obj, obj.name);
    obj = b?.kind === 'const' ? unwrap(b.init) : undefined;
  }
  if (obj?.type !== 'ObjectExpression') return undefined;
  let found: Node | undefined;
  for (const p of obj.properties as Node[]) {
    if (p.type === 'SpreadElement' || p.type === 'SpreadProperty') found = undefined;
    else if (propertyKey(p) === name && (p.type === 'Property' || p.type === 'ObjectProperty') && !p.computed) found = p.value;
  }
  return found;
}

/** `require('./spec')` with the free `require`: the specifier. */
export function requireSpecifier(index: FileIndex, node: Node | undefined): string | undefined {
  const call = unwrap(node);
  if (!call || call.type !== 'CallExpression' || call.arguments.length !== 1) return undefined;
  const callee = unwrap(call.callee);
  if (!callee || !isIdentifier(callee, 'require') || lookup(index, callee, 'require')) return undefined;
  return stringValue(unwrap(call.arguments[0]));
}

/**
 * The value of a required module's exports: `module.exports = expr`
 * resolved, or the `exports.X = v` assignments seen as an object (a view
 * whose entries are the assignments). `resolveNode` resolves a node of that
 * module.
 */
export function exportsValue(index: FileIndex, at: Node, resolveNode: (node: Node) => Value): Value | undefined {
  const cjs = cjsExports(index);
  if (!cjs) return undefined;
  if (cjs.whole && !cjs.members.size && !cjs.uncertain) return resolveNode(cjs.whole);
  const entries: FormEntry[] = [...cjs.members].map(([key, m]) => ({ key, value: m.value, prop: m.stmt, via: [] }));
  const parts: ViewPart[] = [];
  if (cjs.whole) parts.push({ kind: 'object', value: resolveNode(cjs.whole) });
  parts.push({ kind: 'entries', entries, uncertain: cjs.uncertain });
  return { kind: 'view', node: at, parts };
}
