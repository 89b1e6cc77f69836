/**
 * eslint-plugin-gpt-image: the flat-config plugin object.
 *
 *   import gptImage from 'eslint-plugin-gpt-image';
 *   export default [gptImage.configs.recommended];
 *
 * `require('eslint-plugin-gpt-image')` returns the same object (Node >= 20.19
 * loads this ES module through require(esm) and takes its `module.exports`
 * export).
 */
import type { ESLint, Linter } from 'eslint';
import { rules } from '../rules/index.js';
import { hasTypeScriptParser, parser } from './eslint/parser.js';
import { PACKAGE as pkg } from './package-info.js';

type RuleName = keyof typeof rules;
type Level = 'error' | 'warn';

/**
 * Every JavaScript and TypeScript extension: a preset alone covers them all.
 * TypeScript files need typescript-eslint's parser (an optional peer); where
 * it is not installed, the presets cover JavaScript only. And component
 * files: their framework's parser reads them (src/eslint/parser.ts).
 */
const FILES = [
  hasTypeScriptParser() ? '**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}' : '**/*.{js,mjs,cjs,jsx}',
  '**/*.{vue,svelte,astro}',
];

function preset(pick: (docs: (typeof rules)[RuleName]['meta']['docs']) => Level | undefined): Linter.RulesRecord {
  const out: Linter.RulesRecord = {};
  for (const [name, rule] of Object.entries(rules) as [RuleName, (typeof rules)[RuleName]][]) {
    const level = pick(rule.meta.docs);
    if (level) out[`gpt-image/${name}`] = level;
  }
  return out;
}

/** A preset: ESLint's own flat-config type, so `defineConfig`, `extends` and `tseslint.config` take it. */
export interface GptImageConfig extends Linter.Config {
  name: string;
  files: string[];
  plugins: Record<string, ESLint.Plugin>;
  languageOptions: Linter.LanguageOptions;
  rules: Linter.RulesRecord;
}

export interface GptImagePlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: NonNullable<ESLint.Plugin['rules']>;
  configs: { recommended: GptImageConfig; strict: GptImageConfig; all: GptImageConfig };
}

const plugin: GptImagePlugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: 'gpt-image' },
  rules: rules as unknown as NonNullable<ESLint.Plugin['rules']>,
  configs: {} as GptImagePlugin['configs'],
};

function config(name: string, ruleLevels: Linter.RulesRecord): GptImageConfig {
  return {
    name: `gpt-image/${name}`,
    files: FILES,
    plugins: { 'gpt-image': plugin },
    // TypeScript files need typescript-eslint's parser; JavaScript keeps espree
    // (src/eslint/parser.ts). Before or after `tseslint.configs.*`, TS files get
    // the same parser and typed linting its parserOptions.
    languageOptions: { parser },
    rules: ruleLevels,
  };
}

plugin.configs.recommended = config('recommended', preset((d) => d?.recommended));
plugin.configs.strict = config('strict', preset((d) => d?.strict));
plugin.configs.all = config('all', preset(() => 'error'));

export default plugin;
export { plugin as 'module.exports' };
