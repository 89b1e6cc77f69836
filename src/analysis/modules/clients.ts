/**
 * Clients made in another module: `import { openai } from './client'` or
 * `const { openai } = require('./client')` stands for the expression that
 * module exports, so where a call is sent (a gateway `baseURL`, an Azure
 * client, OpenAI) is read from the client's construction, and the same client
 * gets the same treatment in every module that uses it.
 */
import { type Node, isIdentifier, unwrap } from '../ast.js';
import { importedDefinition, requiredModule } from '../project.js';
import { type FileIndex, lookup } from '../scope.js';
import { cjsExportNode } from './commonjs.js';

/** The expression an imported (or required) name stands for, in the module that defines it. */
export function importedClient(index: FileIndex, ref: Node): { index: FileIndex; node: Node } | undefined {
  if (!isIdentifier(ref)) return undefined;
  const b = lookup(index, ref, ref.name);
  if (b?.kind === 'opaque') {
    const def = importedDefinition(index, ref);
    const node = def?.kind === 'value' ? unwrap(def.node) : undefined;
    return node && def ? { index: def.module.index, node } : undefined;
  }
  // `const { openai } = require('./client')`, `const openai = require('./client')`
  const path = b?.kind === 'destructured' && !b.fallback && b.path.length === 1 ? b.path[0] : b?.kind === 'const' ? 'default' : undefined;
  const init = b && (b.kind === 'const' || b.kind === 'destructured') ? unwrap(b.init) : undefined;
  const module = path && init ? requiredModule(index, init) : undefined;
  const node = module ? unwrap(cjsExportNode(module.index, path!)) : undefined;
  return node && module ? { index: module.index, node } : undefined;
}
