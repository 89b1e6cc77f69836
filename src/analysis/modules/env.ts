/**
 * Env modules: a project's config object built by a validation library from
 * the environment. The object such a call returns holds the values it was
 * given, so `env.IMAGE_MODEL` is `process.env.IMAGE_MODEL ?? 'gpt-image-1'`:
 * - zod: `schema.parse({ X: process.env.X ?? 'gpt-image-1' })`, where
 *   `schema` is a `z.object(...)` (in this module or imported);
 * - t3-env: `createEnv({ server: {...}, runtimeEnv: { X: ... } })`.
 * Only the library's own calls count, recognised by their import.
 */
import { ENV_LIBRARIES } from '../../catalog/index.js';
import { type Node, isCall, isIdentifier, isMember, memberName, objectMembers, stringValue, unwrap } from '../ast.js';
import { importedDefinition } from '../project.js';
import { type FileIndex, lookup } from '../scope.js';

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

/** True when `node` is a zod object schema: `z.object({...})` and its chained refinements, through same-file consts and imports. */
function isZodSchema(index: FileIndex, nodeIn: Node | undefined, depth = 0): boolean {
  let node = unwrap(nodeIn);
  if (!node || depth > MAX_CHAIN) return false;
  if (isIdentifier(node)) {
    const b = lookup(index, node, node.name);
    if (b?.kind === 'const') return isZodSchema(index, b.init, depth + 1);
    const def = b?.kind === 'opaque' ? importedDefinition(index, node) : undefined;
    return !!def && def.kind === 'value' && isZodSchema(def.module.index, def.node, depth + 1);
  }
  // `z.object({...}).strict()`: the calls of the chain, down to `z.object`.
  for (let i = 0; node && isCall(node) && i < MAX_CHAIN; i++) {
    const callee = unwrap(node.callee);
    if (!callee || !isMember(callee) || !ENV_LIBRARIES.zod.schemas.includes(memberName(callee) ?? '')) return false;
    const obj = unwrap(callee.object);
    if (obj && isIdentifier(obj)) {
      const imp = importOf(index, obj);
      return !!imp && ENV_LIBRARIES.zod.modules.includes(imp.module);
    }
    node = obj;
  }
  return false;
}

/** The expression whose value an env library's call returns (the object it was given), if `call` is one. */
export function envObjectNode(index: FileIndex, call: Node): Node | undefined {
  const callee = unwrap(call.callee);
  if (!callee) return undefined;
  if (isIdentifier(callee)) {
    const imp = importOf(index, callee);
    if (!imp || !ENV_LIBRARIES.t3.modules.includes(imp.module) || imp.imported !== ENV_LIBRARIES.t3.factory) return undefined;
    const options = unwrap(call.arguments[0]);
    if (options?.type !== 'ObjectExpression') return undefined;
    let found: Node | undefined;
    for (const m of objectMembers(options)) {
      if (m.kind === 'spread') found = undefined;
      else if (m.key !== undefined && ENV_LIBRARIES.t3.runtimeKeys.includes(m.key)) found = m.value;
    }
    return found;
  }
  if (isMember(callee) && ENV_LIBRARIES.zod.parse.includes(memberName(callee) ?? '') && call.arguments.length === 1) {
    return isZodSchema(index, callee.object) ? (call.arguments[0] as Node) : undefined;
  }
  return undefined;
}
