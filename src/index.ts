/**
 * eslint-plugin-gpt-image: the flat-config plugin object.
 *
 *   import gptImage from 'eslint-plugin-gpt-image';
 *   export default [gptImage.configs.recommended];
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from '../rules/index.js';
import { PACKAGE as pkg } from './package-info.js';

type RuleName = keyof typeof rules;
type Level = 'error' | 'warn';

function preset(pick: (docs: (typeof rules)[RuleName]['meta']['docs']) => Level | undefined): Record<string, Level> {
  const out: Record<string, Level> = {};
  for (const [name, rule] of Object.entries(rules) as [RuleName, (typeof rules)[RuleName]][]) {
    const level = pick(rule.meta.docs);
    if (level) out[`gpt-image/${name}`] = level;
  }
  return out;
}

export interface FlatConfig {
  name: string;
  plugins: Record<string, unknown>;
  rules: Record<string, Level>;
}

const plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: 'gpt-image' },
  rules: rules as unknown as Record<RuleName, TSESLint.LooseRuleDefinition>,
  configs: {} as { recommended: FlatConfig; strict: FlatConfig; all: FlatConfig },
};

plugin.configs.recommended = {
  name: 'gpt-image/recommended',
  plugins: { 'gpt-image': plugin },
  rules: preset((d) => d?.recommended),
};
plugin.configs.strict = {
  name: 'gpt-image/strict',
  plugins: { 'gpt-image': plugin },
  rules: preset((d) => d?.strict),
};
plugin.configs.all = {
  name: 'gpt-image/all',
  plugins: { 'gpt-image': plugin },
  rules: preset(() => 'error'),
};

export default plugin;
