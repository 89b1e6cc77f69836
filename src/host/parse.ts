/**
 * Parses a file for the host as ESLint parses it with `oxcParser`
 * (src/eslint/oxc-parser.ts): a shebang read as a `//` comment, the tree of
 * `parseOxc` with a `range` on the program. Locations (of comments, for
 * directives) are computed on demand by `HostSourceCode.getLoc`, with
 * ESLint's line breaks. A syntax error becomes ESLint's fatal
 * `Parsing error: ...` message.
 */
import { oxcVisitorKeys, parseOxc } from '../analysis/parse-oxc.js';
import { HostSourceCode } from './source-code.js';
import type { LintMessage } from './report.js';

const SHEBANG = /^#!([^\r\n\u2028\u2029]*)/u;

export type ParseResult = { ok: true; sourceCode: HostSourceCode } | { ok: false; message: LintMessage };

/** `text` without its BOM (`hasBOM` says whether it had one); `filePath` picks the language (.ts, .tsx, JavaScript with JSX). */
export function parseForHost(text: string, filePath: string, hasBOM = false): ParseResult {
  const toParse = text.replace(SHEBANG, (_, rest: string) => `//${rest}`);
  try {
    const ast = parseOxc(toParse, filePath);
    ast.range = [ast.start, ast.end];
    ast.tokens = [];
    return { ok: true, sourceCode: new HostSourceCode(text, ast, oxcVisitorKeys(), hasBOM) };
  } catch (e) {
    const error = e as Error & { lineNumber?: number; column?: number };
    return {
      ok: false,
      message: {
        ruleId: null,
        fatal: true,
        severity: 2,
        message: `Parsing error: ${error.message.replace(/^line \d+:/iu, '').trim()}`,
        line: error.lineNumber,
        column: error.column,
      } as LintMessage,
    };
  }
}
