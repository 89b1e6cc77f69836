/**
 * The presets' parser: typescript-eslint's for TypeScript files (and for
 * JavaScript linted with type information), ESLint's own espree, with JSX, for
 * other JavaScript: what ESLint would use without the preset, and much faster
 * than the TypeScript parser on large files.
 *
 * Both load on the first file that needs them, not when the plugin is
 * imported. typescript-eslint's parser is an optional peer: without it the
 * presets cover JavaScript only (`hasTypeScriptParser`).
 */
import { createRequire } from 'node:module';
import type { Linter } from 'eslint';
import { PACKAGE } from '../package-info.js';

const TS_FILE = /\.(?:ts|mts|cts|tsx)$/i;
const TS_PARSER = '@typescript-eslint/parser';

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

interface TsParser {
  parseForESLint(code: string, options: unknown): unknown;
}

let tsParser: TsParser | undefined;
function typescriptParser(): TsParser {
  if (!tsParser) {
    try {
      tsParser = createRequire(import.meta.url)(TS_PARSER) as TsParser;
    } catch (e) {
      throw new Error(`${PACKAGE.name}: TypeScript files need typescript-eslint's parser (npm install --save-dev typescript-eslint): ${(e as Error).message.split('\n')[0]}`);
    }
  }
  return tsParser;
}

/** Whether typescript-eslint's parser can be loaded (resolved only, not loaded). */
export function hasTypeScriptParser(): boolean {
  try {
    import.meta.resolve(TS_PARSER);
    return true;
  } catch {
    return false;
  }
}

export const parser: Linter.Parser = {
  meta: { name: `${PACKAGE.name}/parser`, version: PACKAGE.version },
  parseForESLint(code: string, options: Options = {}) {
    if (TS_FILE.test(options.filePath ?? '') || options.project || options.projectService || options.programs) {
      return typescriptParser().parseForESLint(code, options) as unknown as Linter.ESLintParseResult;
    }
    const ast = eslintEspree().parse(code, { ...options, ecmaFeatures: { jsx: true, ...options.ecmaFeatures } });
    return { ast } as Linter.ESLintParseResult;
  },
};
