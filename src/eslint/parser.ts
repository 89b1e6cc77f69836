/**
 * The presets' parser: typescript-eslint's for TypeScript files (and for
 * JavaScript linted with type information), ESLint's own espree, with JSX, for
 * other JavaScript: what ESLint would use without the preset, and much faster
 * than the TypeScript parser on large files.
 *
 * `.vue`, `.svelte` and `.astro` files go to their framework's own parser
 * (vue-eslint-parser, svelte-eslint-parser, astro-eslint-parser), found in the
 * project as eslint-plugin-vue, -svelte and -astro install them: the parser
 * the framework's config sets, so that the preset listed before or after
 * that config parses these files the same way.
 *
 * All of them load on the first file that needs them, not when the plugin is
 * imported. typescript-eslint's parser is an optional peer: without it the
 * presets cover JavaScript only (`hasTypeScriptParser`).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Linter } from 'eslint';
import { PACKAGE } from '../package-info.js';

const TS_FILE = /\.(?:ts|mts|cts|tsx)$/i;
const COMPONENT_FILE = /\.(vue|svelte|astro)$/i;

/** Each component file type's parser, and the ESLint plugin that brings it. */
const FRAMEWORK_PARSERS: Record<string, { parser: string; plugin: string }> = {
  vue: { parser: 'vue-eslint-parser', plugin: 'eslint-plugin-vue' },
  svelte: { parser: 'svelte-eslint-parser', plugin: 'eslint-plugin-svelte' },
  astro: { parser: 'astro-eslint-parser', plugin: 'eslint-plugin-astro' },
};

interface AnyParser {
  parseForESLint?(code: string, options: unknown): unknown;
  parse?(code: string, options: unknown): unknown;
}

const frameworkCache = new Map<string, AnyParser>();

/** The framework parser seen from `file`: installed in the project, or as the framework's ESLint plugin's dependency. */
function frameworkParser(kind: string, file: string): AnyParser {
  const { parser: name, plugin } = FRAMEWORK_PARSERS[kind];
  const bases = [...new Set([path.resolve(file), path.join(process.cwd(), 'eslint.config.js')])];
  let resolved: string | undefined;
  for (const base of bases) {
    const req = createRequire(base);
    for (const attempt of [() => req.resolve(name), () => createRequire(req.resolve(plugin)).resolve(name)]) {
      try {
        resolved = attempt();
        break;
      } catch {
        /* not there */
      }
    }
    if (resolved) break;
  }
  if (!resolved) {
    throw new Error(
      `eslint-plugin-gpt-image: ${path.basename(file)} is parsed by ${name}, which is not installed; install ${plugin} (and ${name}) as their docs say, or ignore **/*.${kind}`,
    );
  }
  let hit = frameworkCache.get(resolved);
  if (!hit) {
    const mod = createRequire(resolved)(resolved) as AnyParser & { default?: AnyParser };
    hit = typeof mod.parseForESLint === 'function' || typeof mod.parse === 'function' ? mod : mod.default!;
    frameworkCache.set(resolved, hit);
  }
  return hit;
}
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
    const component = COMPONENT_FILE.exec(options.filePath ?? '');
    if (component) {
      const framework = frameworkParser(component[1].toLowerCase(), options.filePath!);
      // The script blocks' parser, unless the config names one: typescript-eslint's reads `lang="ts"` and plain JS alike.
      const inner = { ...options, parser: (options as { parser?: unknown }).parser ?? (hasTypeScriptParser() ? typescriptParser() : undefined) };
      return (framework.parseForESLint ? framework.parseForESLint(code, inner) : { ast: framework.parse!(code, inner) }) as Linter.ESLintParseResult;
    }
    if (TS_FILE.test(options.filePath ?? '') || options.project || options.projectService || options.programs) {
      return typescriptParser().parseForESLint(code, options) as unknown as Linter.ESLintParseResult;
    }
    const ast = eslintEspree().parse(code, { ...options, ecmaFeatures: { jsx: true, ...options.ecmaFeatures } });
    return { ast } as Linter.ESLintParseResult;
  },
};
