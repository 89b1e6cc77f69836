/**
 * A request object filled in after its literal: `const params = { model };`
 * then `params.quality = q`, `params['size'] = s` or
 * `Object.assign(params, { style })` before the call. Those keys are part of
 * the request (later ones override the literal), each editable where it is
 * set. A change the analysis does not understand (a computed key, a write
 * inside another function, a nested write) makes the request uncertain.
 */
import { type Node, forEachChild, isCall, isFunctionLike, isIdentifier, isMember, memberName, propertyKey, rangeOf, unwrap } from '../ast.js';
import { type FileIndex, lookup } from '../scope.js';
import type { FormEntry, Value, ViewPart } from '../value-types.js';
import { resolve } from '../values.js';

function enclosingFunction(index: FileIndex, node: Node): Node | undefined {
  let cur = index.parents.get(node);
  while (cur && !isFunctionLike(cur) && cur.type !== 'Program') cur = index.parents.get(cur);
  return cur;
}

/** The statement a write stands in, for a TODO above it. */
function statementOf(index: FileIndex, node: Node): Node {
  const p = index.parents.get(node);
  return p?.type === 'ExpressionStatement' ? p : node;
}

/** The parts `arg` (the request argument of `call`) adds to its literal, or undefined when nothing writes to it. */
export function mutationParts(index: FileIndex, call: Node, arg: Node | undefined, params: Value): { parts: ViewPart[]; region: Node[] } | undefined {
  const ref = unwrap(arg);
  if (!ref || !isIdentifier(ref) || params.kind !== 'object') return undefined;
  const binding = lookup(index, ref, ref.name);
  if (binding?.kind !== 'const' || unwrap(binding.init) !== params.node) return undefined;
  const id = binding.id;
  const home = enclosingFunction(index, id);
  const refs: Node[] = [];
  const walk = (n: Node) => {
    if (n !== id && n !== ref && isIdentifier(n, id.name as string)) {
      const p = index.parents.get(n);
      const isName = (p && isMember(p) && p.property === n && !p.computed) || (p && (p.type === 'Property' || p.type === 'ObjectProperty') && p.key === n && p.value !== n);
      if (!isName && lookup(index, n, n.name)?.kind === 'const' && (lookup(index, n, n.name) as { id: Node }).id === id) refs.push(n);
    }
    forEachChild(n, walk);
  };
  walk(home ?? index.root);
  const callStart = rangeOf(call)[0];
  const entries: FormEntry[] = [];
  const region: Node[] = [];
  const unread: Node[] = [];
  let writes = 0;
  for (const r of refs) {
    const parent = index.parents.get(r);
    // `params.x = v` / `params['x'] = v`
    if (parent && isMember(parent) && parent.object === r) {
      const up = index.parents.get(parent);
      const assigned = up?.type === 'AssignmentExpression' && up.left === parent;
      const deeper = up && isMember(up) && up.object === parent && index.parents.get(up)?.type === 'AssignmentExpression';
      const updated = up?.type === 'UpdateExpression' || up?.type === 'UnaryExpression';
      if (!assigned && !deeper && !updated) continue; // a read
      writes++;
      if (rangeOf(r)[0] > callStart && enclosingFunction(index, r) === home) continue; // after the call: does not reach it
      const key = parent.computed ? resolve(index, parent.property) : undefined;
      const name = parent.computed ? (key?.kind === 'string' ? key.value : undefined) : memberName(parent);
      if (!assigned || up.operator !== '=' || name === undefined || enclosingFunction(index, r) !== home) {
        unread.push(statementOf(index, up!));
        continue;
      }
      const stmt = index.parents.get(up);
      const own = stmt?.type === 'ExpressionStatement';
      entries.push({ key: name, value: up.right, prop: own ? stmt : up, via: own ? [] : [up] });
      region.push(own ? stmt : up);
      continue;
    }
    // `Object.assign(params, { ... })`
    const callee = parent && isCall(parent) ? unwrap(parent.callee) : undefined;
    if (parent && isCall(parent) && parent.arguments[0] === r && callee && isMember(callee) && isIdentifier(unwrap(callee.object), 'Object') && memberName(callee) === 'assign') {
      writes++;
      if (rangeOf(r)[0] > callStart && enclosingFunction(index, r) === home) continue;
      if (enclosingFunction(index, r) !== home) {
        unread.push(statementOf(index, parent));
        continue;
      }
      for (const src of parent.arguments.slice(1) as Node[]) {
        const obj = unwrap(src);
        if (obj?.type !== 'ObjectExpression') {
          unread.push(statementOf(index, parent));
          continue;
        }
        for (const prop of obj.properties as Node[]) {
          const k = prop.type === 'SpreadElement' ? undefined : propertyKey(prop);
          if (k === undefined || prop.kind === 'get' || prop.kind === 'set' || prop.method) {
            unread.push(statementOf(index, parent));
            continue;
          }
          entries.push({ key: k, value: prop.value, prop, via: [] });
        }
      }
      region.push(parent);
    }
  }
  if (!writes) return undefined;
  return { parts: [{ kind: 'object', value: params }, { kind: 'entries', entries, uncertain: unread.length > 0, unread }], region };
}
