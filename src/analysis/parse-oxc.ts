/**
 * Parses source text with oxc-parser into the ESTree / TS-ESTree shapes
 * typescript-eslint and espree give the analysis under ESLint: `Literal`,
 * `Property`, `TSAsExpression`, no `ParenthesizedExpression`. Offsets
 * (`start`/`end`, and `range` when asked) are UTF-16 positions in the text as
 * given, a leading BOM included, so text edits land where they should.
 *
 * oxc-parser loads on the first parse, not when this module is imported
 * (`require` of an ES module). Where `require` is hooked to compile what it
 * loads (jscodeshift's `--babel` runner), the entry point imports oxc-parser
 * itself and hands it over with `provideOxc`.
 */
import { createRequire } from 'node:module';
import type { Node } from './ast.js';

const require = createRequire(import.meta.url);

type Lang = 'ts' | 'tsx' | 'jsx';
interface OxcError {
  message: string;
  labels?: { start: number; end: number }[];
}
interface Oxc {
  parseSync(
    filename: string,
    text: string,
    options: { lang: Lang; sourceType: 'module' | 'commonjs'; range: boolean; preserveParens: boolean },
  ): { program: Node; comments: Node[]; errors: OxcError[] };
  visitorKeys: Record<string, readonly string[]>;
}

let oxc: Oxc | undefined;

/** Uses an oxc-parser module loaded by the caller (with `import`). */
export function provideOxc(module: unknown): void {
  oxc ??= module as Oxc;
}

function load(): Oxc {
  if (!oxc) {
    try {
      oxc = require('oxc-parser') as Oxc;
    } catch (e) {
      throw new Error(`oxc-parser could not be loaded (${process.platform}-${process.arch}, Node ${process.version}): ${(e as Error).message.split('\n')[0]}`);
    }
  }
  return oxc;
}

/** oxc's visitor keys (ESTree and TS-ESTree node types). */
export function oxcVisitorKeys(): Record<string, readonly string[]> {
  return load().visitorKeys;
}

/**
 * `ts` for .ts/.mts/.cts (where `<T>x` casts parse), `tsx` for .tsx, and JSX
 * for JavaScript, as ESLint's own parser reads it in the presets.
 */
export function oxcLang(filePath: string): Lang {
  if (/\.(c|m)?ts$/i.test(filePath)) return 'ts';
  if (/\.tsx$/i.test(filePath)) return 'tsx';
  return 'jsx';
}

/** A syntax error: the message and the offset it points at. */
export class OxcSyntaxError extends SyntaxError {
  constructor(
    message: string,
    readonly offset: number | undefined,
  ) {
    super(message);
    this.name = 'OxcSyntaxError';
  }
}

export interface ParseOptions {
  /** Add `range: [start, end]` to every node (ESLint wants it). */
  range?: boolean;
}

/**
 * The file's `Program`, with its comments (`Line`/`Block`, the hashbang
 * excepted) in `comments`. Throws `OxcSyntaxError` when the text does not
 * parse: oxc recovers from some errors, and a partial tree is never used.
 */
export function parseOxc(text: string, filePath: string, options: ParseOptions = {}): Node {
  const parse = (sourceType: 'module' | 'commonjs') =>
    load().parseSync(filePath, text, { lang: oxcLang(filePath), sourceType, range: !!options.range, preserveParens: false });
  // As ESLint's flat config reads them: CommonJS for .cjs (top-level `return`), modules otherwise;
  // a .cjs file written with `import`/`export` is read as a module.
  let result = parse(/\.cjs$/i.test(filePath) ? 'commonjs' : 'module');
  if (result.errors.length && /\.cjs$/i.test(filePath)) {
    const asModule = parse('module');
    if (!asModule.errors.length) result = asModule;
  }
  if (result.errors.length) {
    const [e] = result.errors;
    throw new OxcSyntaxError(e.message, e.labels?.[0]?.start);
  }
  const program = result.program;
  const hashbang = program.hashbang as Node | null | undefined;
  program.comments = hashbang ? result.comments.filter((c) => c.start !== hashbang.start) : result.comments;
  return program;
}
