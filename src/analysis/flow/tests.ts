/**
 * What a test file tests: the project modules it imports. An assertion on a
 * model id moves only when the code under test moves in the same run; when
 * the test imports no module of the project, the code under test is the file
 * itself.
 */
import { type Node, stringValue } from '../ast.js';
import { fileOf, resolveSpecifier } from '../project.js';
import type { FileIndex } from '../scope.js';

/** The absolute paths of the project modules the file imports (value imports; `require` of a relative path too). */
export function importedModules(index: FileIndex): string[] {
  const file = fileOf(index);
  if (!file) return [];
  const out = new Set<string>();
  const add = (spec: string | undefined) => {
    if (spec === undefined) return;
    const target = resolveSpecifier(file, spec);
    if (target) out.add(target);
  };
  for (const stmt of (index.root.body ?? []) as Node[]) {
    if (stmt.type === 'ImportDeclaration' && stmt.importKind !== 'type') add(stringValue(stmt.source));
  }
  for (const call of index.calls) {
    const callee = call.callee as Node | undefined;
    const isLoad = (callee?.type === 'Identifier' && callee.name === 'require') || call.type === 'ImportExpression';
    if (isLoad) add(stringValue((call.arguments?.[0] ?? call.source) as Node | undefined));
  }
  // `vi.mock('../src/app')` / `jest.mock(...)` name a module too, but do not import it: not counted.
  return [...out];
}
