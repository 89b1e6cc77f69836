/**
 * Narrowing by a comparison, the way TypeScript narrows a union:
 * `size === '256x256' ? '1024x1024' : size` never yields `'256x256'` from its
 * alternate, and `q !== 'hd' ? q : 'high'` never from its consequent (also in
 * nested conditionals). Only the values the compared name itself holds are
 * narrowed: the same literal written in the branch stays.
 */
import { type Node, isIdentifier, stringValue, unwrap } from '../ast.js';
import type { Value } from '../value-types.js';

/** The name `cond` compares and the string the given branch cannot hold through it. */
export function excludedIn(cond: Node, branch: 'consequent' | 'alternate'): { name: Node; lit: string } | undefined {
  const test = unwrap(cond.test);
  if (!test || test.type !== 'BinaryExpression') return undefined;
  const eq = test.operator === '===' || test.operator === '==';
  const ne = test.operator === '!==' || test.operator === '!=';
  if (!eq && !ne) return undefined;
  const left = unwrap(test.left);
  const right = unwrap(test.right);
  const [name, lit] = left && isIdentifier(left) ? [left, stringValue(right)] : right && isIdentifier(right) ? [right, stringValue(left)] : [undefined, undefined];
  if (!name || lit === undefined) return undefined;
  // `x === lit ? … : x`: not lit in the alternate; `x !== lit ? x : …`: not lit in the consequent.
  return (eq && branch === 'alternate') || (ne && branch === 'consequent') ? { name, lit } : undefined;
}

function literalNodes(v: Value, lit: string, out: Set<Node>): Set<Node> {
  if (v.kind === 'string' && v.value === lit) out.add(v.node);
  if (v.kind === 'union') for (const o of v.options) literalNodes(o, lit, out);
  return out;
}

/** `branch` without the options equal to `lit` that come from `name`'s own value. */
export function without(branch: Value, lit: string, name: Value): Value {
  const drop = literalNodes(name, lit, new Set());
  if (!drop.size) return branch;
  const strip = (v: Value): Value | undefined => {
    if (v.kind === 'string' && drop.has(v.node)) return undefined;
    if (v.kind !== 'union') return v;
    return { ...v, options: v.options.map(strip).filter((o): o is Value => !!o) };
  };
  return strip(branch) ?? { kind: 'union', options: [], node: branch.node };
}
