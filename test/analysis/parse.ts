/** Parses a snippet into both ASTs the analysis serves: ESTree (typescript-eslint) and Babel (jscodeshift). */
import { parse as parseEstree } from '@typescript-eslint/typescript-estree';
import { type Node, parseBabel } from '../../src/analysis/index.js';

export type Flavor = 'estree' | 'babel';

export function parseAs(flavor: Flavor, code: string, { jsx = false } = {}): Node {
  if (flavor === 'estree') return parseEstree(code, { range: true, loc: true, jsx }) as unknown as Node;
  return parseBabel(code, jsx ? 'snippet.tsx' : 'snippet.ts');
}
