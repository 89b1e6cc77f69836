/** Parses a snippet into both ASTs the analysis serves: typescript-eslint's (ESLint) and oxc's (our own commands). */
import { parse as parseEstree } from '@typescript-eslint/typescript-estree';
import { type Node, parseOxc } from '../../src/analysis/index.js';

export type Flavor = 'estree' | 'oxc';

export function parseAs(flavor: Flavor, code: string, { jsx = false } = {}): Node {
  if (flavor === 'estree') return parseEstree(code, { range: true, loc: true, jsx }) as unknown as Node;
  return parseOxc(code, jsx ? 'snippet.tsx' : 'snippet.ts');
}
