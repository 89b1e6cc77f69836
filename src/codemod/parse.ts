/**
 * Parsing for the codemod. The parser is chosen by extension: `ts` for
 * .ts/.mts/.cts (where `<T>x` casts parse), `tsx` for everything else.
 *
 * We call jscodeshift's Babel parsers directly instead of `j(source)`: recast
 * (which `j(source)` goes through) parses a copy of the text with tabs
 * expanded and line endings normalised, so its node positions are not
 * positions in the file when it has tabs, CRLF or a BOM. The text edits of
 * the analysis need positions in the file as it is.
 */
import path from 'node:path';
import tsParserFactory from 'jscodeshift/parser/ts.js';
import tsxParserFactory from 'jscodeshift/parser/tsx.js';
import type { Node } from '../analysis/index.js';

export type ParserName = 'ts' | 'tsx';

/** Extensions the codemod handles, without the dot. */
export const EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'] as const;

const TS_ONLY = new Set(['.ts', '.mts', '.cts']);

export function parserFor(file: string): ParserName {
  return TS_ONLY.has(path.extname(file).toLowerCase()) ? 'ts' : 'tsx';
}

export function isSourceFile(file: string): boolean {
  const ext = path.extname(file).toLowerCase().slice(1);
  return (EXTENSIONS as readonly string[]).includes(ext) && !file.endsWith('.d.ts') && !/\.d\.[mc]ts$/.test(file);
}

interface BabelParser {
  parse(code: string): Node;
}

const parsers: Record<ParserName, BabelParser> = {
  ts: tsParserFactory() as BabelParser,
  tsx: tsxParserFactory() as BabelParser,
};

export class ParseError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

/** Parses a file's text; returns the Babel `File`. Throws `ParseError`. */
export function parseSource(file: string, text: string): Node {
  try {
    return parsers[parserFor(file)].parse(text);
  } catch (e) {
    const err = e as Error & { loc?: { line: number; column: number } };
    const msg = err.message.replace(/\s*\(\d+:\d+\)$/, '');
    throw new ParseError(msg, err.loc?.line, err.loc ? err.loc.column + 1 : undefined);
  }
}
