/**
 * The presets' parser: typescript-eslint's for TypeScript files (and for
 * JavaScript linted with type information), ESLint's own espree, with JSX, for
 * other JavaScript: what ESLint would use without the preset, and much faster
 * than the TypeScript parser on large files.
 */
import { createRequire } from 'node:module';
import tsParser from '@typescript-eslint/parser';
import type { Linter } from 'eslint';
import { PACKAGE } from '../package-info.js';

const TS_FILE = /\.(?:ts|mts|cts|tsx)$/i;

type Options = Linter.ParserOptions & { filePath?: string; project?: unknown; projectService?: unknown; programs?: unknown };
interface Espree {
  parse(code: string, options: unknown): unknown;
}

let espree: Espree | undefined;
/** The espree of the ESLint this package runs in (a peer dependency), so both parse JavaScript alike. */
function eslintEspree(): Espree {
  espree ??= createRequire(import.meta.resolve('eslint'))('espree') as Espree;
  return espree;
}

export const parser: Linter.Parser = {
  meta: { name: `${PACKAGE.name}/parser`, version: PACKAGE.version },
  parseForESLint(code: string, options: Options = {}) {
    if (TS_FILE.test(options.filePath ?? '') || options.project || options.projectService || options.programs) {
      return tsParser.parseForESLint(code, options as never) as unknown as Linter.ESLintParseResult;
    }
    const ast = eslintEspree().parse(code, { ...options, ecmaFeatures: { jsx: true, ...options.ecmaFeatures } });
    return { ast } as Linter.ESLintParseResult;
  },
};
