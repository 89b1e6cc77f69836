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
import { SCRIPT_HOST_EXTENSIONS, isScriptHost, maskedScript } from '../analysis/script-blocks.js';
import { LineIndex } from './text.js';

export type ParserName = ReturnType<typeof oxcLang>;

/** Extensions the codemod handles, without the dot. */
export const EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'] as const;

export function parserFor(file: string): ParserName {
  return oxcLang(file);
}

/** Every extension `lint` and `migrate` read: JS/TS files, and the script blocks of component files. */
export const READ_EXTENSIONS: readonly string[] = [...EXTENSIONS, ...SCRIPT_HOST_EXTENSIONS];

/** A file `lint` and `migrate` read: a JS/TS source file, or a `.vue`, `.svelte` or `.astro` file (its script blocks). */
export function isReadFile(file: string): boolean {
  return isSourceFile(file) || isScriptHost(file);
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

/**
 * Parses a file's text; returns its `Program` (with `comments`). Throws
 * `ParseError`. A component file (.vue, .svelte, .astro) parses as its script
 * blocks, at the file's own offsets (src/analysis/script-blocks.ts).
 */
export function parseSource(file: string, text: string): Node {
  try {
    if (isScriptHost(file)) {
      const script = maskedScript(file, text);
      return parseOxc(script?.text ?? text.replace(/[^\r\n]/g, ' '), `${file}.${script?.lang ?? 'js'}`);
    }
    return parseOxc(text, file);
  } catch (e) {
    if (!(e instanceof OxcSyntaxError)) throw e;
    if (e.offset === undefined) throw new ParseError(e.message);
    const lines = new LineIndex(text);
    throw new ParseError(e.message, lines.line(e.offset), lines.column(e.offset));
  }
}
