/**
 * Parses source text into the Babel AST jscodeshift uses, with positions that
 * index the text exactly. (jscodeshift's `j(source)` goes through recast,
 * which normalises CRLF to LF before parsing, so its node offsets drift by one
 * per line in CRLF files; text edits need the exact offsets.)
 */
import { createRequire } from 'node:module';
import type { Node } from './ast.js';

const require = createRequire(import.meta.url);

type Parser = { parse(code: string): Node };
const parsers = new Map<string, Parser>();

/** `ts` for .ts/.mts/.cts (where `<T>x` casts parse), `tsx` for everything else. */
export function parserNameFor(filePath: string): 'ts' | 'tsx' {
  return /\.(c|m)?ts$/i.test(filePath) ? 'ts' : 'tsx';
}

export function parseBabel(text: string, filePath: string): Node {
  const name = parserNameFor(filePath);
  let parser = parsers.get(name);
  if (!parser) {
    parser = (require(`jscodeshift/parser/${name}.js`) as () => Parser)();
    parsers.set(name, parser);
  }
  return parser.parse(text);
}
