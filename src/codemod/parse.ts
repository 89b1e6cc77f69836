/**
 * Parsing for the codemod: the analysis' oxc parsing
 * (`src/analysis/parse-oxc.ts`: TypeScript for .ts/.mts/.cts, TSX for .tsx,
 * JavaScript with JSX otherwise), with errors that carry a line and column,
 * and the extensions the codemod handles.
 *
 * Not `j(source)`: recast parses a copy of the text with tabs expanded and
 * line endings normalised, so its node positions are not positions in the
 * file when it has tabs, CRLF or a BOM, and text edits need exact positions.
 * oxc's offsets are UTF-16 positions in the text itself.
 */
import path from 'node:path';
import type { Node } from '../analysis/index.js';
import { OxcSyntaxError, oxcLang, parseOxc } from '../analysis/parse-oxc.js';
import { LineIndex } from './text.js';

export type ParserName = ReturnType<typeof oxcLang>;

/** Extensions the codemod handles, without the dot. */
export const EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'] as const;

export function parserFor(file: string): ParserName {
  return oxcLang(file);
}

/** A JS/TS source file the codemod handles (declaration files are not). */
export function isSourceFile(file: string): boolean {
  const base = path.basename(file).toLowerCase();
  if (/\.d\.(ts|mts|cts)$/.test(base) || /\.d\.[^.]+\.ts$/.test(base)) return false;
  return (EXTENSIONS as readonly string[]).includes(path.extname(base).slice(1));
}

export class ParseError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'ParseError';
  }
}

/** Parses a file's text; returns its `Program` (with `comments`). Throws `ParseError`. */
export function parseSource(file: string, text: string): Node {
  try {
    return parseOxc(text, file);
  } catch (e) {
    if (!(e instanceof OxcSyntaxError)) throw e;
    if (e.offset === undefined) throw new ParseError(e.message);
    const lines = new LineIndex(text);
    throw new ParseError(e.message, lines.line(e.offset), lines.column(e.offset));
  }
}
