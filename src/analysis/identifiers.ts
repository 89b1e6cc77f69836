/**
 * The identifiers of a file by name, per function (or program) scope, built
 * once per scope: finding every reference to a name is then a lookup, not a
 * walk of the tree, however many names are asked about.
 */
import { type Node, forEachChild } from './ast.js';
import type { FileIndex } from './scope.js';

/** Identifiers by name, per function (or program) scope: built once per file, so following many variables stays linear. */
const IDENTIFIERS = new WeakMap<FileIndex, Map<Node, Map<string, Node[]>>>();

export function identifiersIn(index: FileIndex, scope: Node): Map<string, Node[]> {
  let perScope = IDENTIFIERS.get(index);
  if (!perScope) IDENTIFIERS.set(index, (perScope = new Map()));
  let byName = perScope.get(scope);
  if (byName) return byName;
  byName = new Map();
  const stack: Node[] = [scope];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'Identifier') {
      const list = byName.get(n.name);
      if (list) list.push(n);
      else byName.set(n.name, [n]);
    }
    forEachChild(n, (c) => stack.push(c));
  }
  perScope.set(scope, byName);
  return byName;
}

