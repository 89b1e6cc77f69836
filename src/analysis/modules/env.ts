/**
 * Env modules: a project's config object built by a validation library from
 * the environment. The object such a call returns holds the values it was
 * given, so `env.IMAGE_MODEL` is `process.env.IMAGE_MODEL ?? 'gpt-image-1'`:
 * - zod: `schema.parse({ X: process.env.X ?? 'gpt-image-1' })`, where
 *   `schema` is a `z.object(...)` (in this module or imported), and the
 *   `data` of `schema.safeParse({...})`;
 * - t3-env: `createEnv({ server: {...}, runtimeEnv: { X: ... } })`;
 * - either given `process.env` itself: each field's `.default(x)` in the
 *   schema (`z.string().default('gpt-image-1')`) is one value it may take.
 * Only the library's own calls count, recognised by their import.
 */
import { ENV_LIBRARIES } from '../../catalog/index.js';
import { type Node, isCall, isIdentifier, isMember, memberName, objectMembers, rangeOf, stringValue, unwrap } from '../ast.js';
import { importedDefinition } from '../project.js';
import { type FileIndex, lookup } from '../scope.js';
import type { FormEntry, Value } from '../value-types.js';

const MAX_CHAIN = 8;

/** The package an identifier is imported from (`import { z } from 'zod'`, `import * as z from 'zod'`), and its name there. */
function importOf(index: FileIndex, id: Node): { module: string; imported: string } | undefined {
  const b = lookup(index, id, id.name);
  if (b?.kind !== 'opaque') return undefined;
  const spec = index.parents.get(b.id);
  const decl = spec ? index.parents.get(spec) : undefined;
  if (!spec || decl?.type !== 'ImportDeclaration') return undefined;
  const module = stringValue(decl.source);
  const imported = spec.type === 'ImportSpecifier' ? (spec.imported?.name ?? stringValue(spec.imported)) : '*';
  return module !== undefined && imported !== undefined ? { module, imported } : undefined;
}

/**
 * The shapes of a zod object schema (`z.object({...})`, and the objects its
 * chain adds with `.extend({...})`), through same-file consts and imports,
 * with the module they are written in. Undefined when `node` is not one.
 */
function zodShapes(index: FileIndex, nodeIn: Node | undefined, depth = 0): { index: FileIndex; shapes: Node[] } | undefined {
  let node = unwrap(nodeIn);
  if (!node || depth > MAX_CHAIN) return undefined;
  if (isIdentifier(node)) {
    const b = lookup(index, node, node.name);
    if (b?.kind === 'const') return zodShapes(index, b.init, depth + 1);
    const def = b?.kind === 'opaque' ? importedDefinition(index, node) : undefined;
    return def && def.kind === 'value' ? zodShapes(def.module.index, def.node, depth + 1) : undefined;
  }
  // `z.object({...}).strict()`: the calls of the chain, down to `z.object`.
  const shapes: Node[] = [];
  for (let i = 0; node && isCall(node) && i < MAX_CHAIN; i++) {
    const callee = unwrap(node.callee);
    const method = callee && isMember(callee) ? memberName(callee) : undefined;
    if (!callee || !method || !ENV_LIBRARIES.zod.schemas.includes(method)) return undefined;
    const arg = unwrap(node.arguments[0]);
    if (arg?.type === 'ObjectExpression') shapes.unshift(arg);
    const obj = unwrap(callee.object);
    if (obj && isIdentifier(obj)) {
      const imp = importOf(index, obj);
      return imp && ENV_LIBRARIES.zod.modules.includes(imp.module) ? { index, shapes } : undefined;
    }
    node = obj;
  }
  return undefined;
}

/** `.default(value)` in a zod field's chain (`z.string().optional().default('dall-e-3')`): the value. */
function zodDefault(fieldIn: Node | undefined): Node | undefined {
  let node = unwrap(fieldIn);
  for (let i = 0; node && isCall(node) && i < MAX_CHAIN; i++) {
    const callee = unwrap(node.callee);
    if (!callee || !isMember(callee)) return undefined;
    if (memberName(callee) === ENV_LIBRARIES.zod.fieldDefault && node.arguments.length === 1) return node.arguments[0] as Node;
    node = unwrap(callee.object);
  }
  return undefined;
}

/**
 * What a schema gives for `process.env` (whose values are unknown): each
 * field with a `.default(x)` is the environment's value or `x`. A view whose
 * entries are those fields; other keys are unknown.
 */
function defaultsView(at: Node, shapes: Node[]): Value {
  const entries: FormEntry[] = [];
  for (const shape of shapes) {
    for (const m of objectMembers(shape)) {
      const dflt = m.kind === 'prop' && m.key !== undefined ? zodDefault(m.value) : undefined;
      if (!dflt || m.kind !== 'prop' || m.key === undefined) continue;
      const [s, e] = rangeOf(dflt);
      // `process.env.X ?? default`, spelled as a node of its own over the default's text.
      const either: Node = { type: 'LogicalExpression', operator: '??', left: { type: 'Identifier', name: 'undefined', start: s, end: s, range: [s, s] }, right: dflt, start: s, end: e, range: [s, e] };
      entries.push({ key: m.key, value: either, prop: m.node, via: [] });
    }
  }
  return { kind: 'view', node: at, parts: [{ kind: 'entries', entries, uncertain: true }] };
}

const isProcessEnv = (nodeIn: Node | undefined): boolean => {
  const node = unwrap(nodeIn);
  return !!node && isMember(node) && memberName(node) === 'env' && isIdentifier(unwrap(node.object), 'process');
};

/**
 * The value an env library's call returns, if `call` is one: the object it
 * was given (`resolveNode` resolves it), or for `process.env`, the schema's
 * defaults.
 */
export function envValue(index: FileIndex, call: Node, resolveNode: (node: Node) => Value): Value | undefined {
  const callee = unwrap(call.callee);
  if (!callee) return undefined;
  if (isIdentifier(callee)) {
    const imp = importOf(index, callee);
    if (!imp || !ENV_LIBRARIES.t3.modules.includes(imp.module) || imp.imported !== ENV_LIBRARIES.t3.factory) return undefined;
    const options = unwrap(call.arguments[0]);
    if (options?.type !== 'ObjectExpression') return undefined;
    let found: Node | undefined;
    const schemas: Node[] = [];
    for (const m of objectMembers(options)) {
      if (m.kind === 'spread') found = undefined;
      else if (m.key !== undefined && ENV_LIBRARIES.t3.runtimeKeys.includes(m.key)) found = m.value;
      else if (m.key !== undefined && ENV_LIBRARIES.t3.schemaKeys.includes(m.key) && unwrap(m.value)?.type === 'ObjectExpression') schemas.push(unwrap(m.value)!);
    }
    if (!found) return undefined;
    return isProcessEnv(found) ? defaultsView(call, schemas) : resolveNode(found);
  }
  if (isMember(callee) && ENV_LIBRARIES.zod.parse.includes(memberName(callee) ?? '') && call.arguments.length === 1) {
    const schema = zodShapes(index, callee.object);
    if (!schema) return undefined;
    return isProcessEnv(call.arguments[0]) ? defaultsView(call, schema.shapes) : resolveNode(call.arguments[0] as Node);
  }
  // `schema.safeParse({...})`: `{ success, data }`, whose `data` is the object it was given (when it parses).
  if (isMember(callee) && ENV_LIBRARIES.zod.safeParse.includes(memberName(callee) ?? '') && call.arguments.length === 1) {
    const arg = call.arguments[0] as Node;
    if (isProcessEnv(arg) || !zodShapes(index, callee.object)) return undefined;
    return { kind: 'view', node: call, parts: [{ kind: 'entries', entries: [{ key: ENV_LIBRARIES.zod.safeData, value: arg, prop: call, via: [call] }], uncertain: true }] };
  }
  return undefined;
}
