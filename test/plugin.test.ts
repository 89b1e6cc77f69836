import { createRequire } from 'node:module';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const require = createRequire(import.meta.url);

const code = `export const f = (c: any) => c.images.generate({ model: 'dall-e-3', prompt: 'p' });\n`;

describe('the plugin object', () => {
  it('has meta with name, version and namespace', () => {
    expect(plugin.meta).toEqual({ name: 'eslint-plugin-gpt-image', version: expect.stringMatching(/^\d+\.\d+\.\d+/), namespace: 'gpt-image' });
  });

  it('offers named recommended, strict and all flat configs that register the plugin', () => {
    for (const name of ['recommended', 'strict', 'all'] as const) {
      const config = plugin.configs[name];
      expect(config.name).toBe(`gpt-image/${name}`);
      expect(config.plugins['gpt-image']).toBe(plugin);
      for (const rule of Object.keys(config.rules)) expect(rule.replace('gpt-image/', '') in plugin.rules).toBe(true);
    }
    expect(Object.keys(plugin.configs.all.rules).sort()).toEqual(Object.keys(plugin.rules).map((r) => `gpt-image/${r}`).sort());
  });

  it('works as the README shows: after typescript-eslint\'s recommended configs', async () => {
    const { default: tseslint } = await import('typescript-eslint');
    const { ESLint } = await import('eslint');
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [...tseslint.configs.recommended, plugin.configs.recommended] as never });
    const [ts] = await eslint.lintText(code, { filePath: 'x.ts' });
    expect(ts.messages.map((m) => m.ruleId)).toEqual(['@typescript-eslint/no-explicit-any', 'gpt-image/no-legacy-model']);
    const [js] = await eslint.lintText(`export const f = (c) => c.images.generate({ model: 'dall-e-2', prompt: 'p' });\n`, { filePath: 'x.mjs' });
    expect(js.messages.map((m) => m.ruleId)).toEqual(['gpt-image/no-legacy-model']);
  });

  // ESLint 10 is the `eslint` devDependency; ESLint 9 is installed as `eslint-v9`.
  it.each([
    ['eslint', 10],
    ['eslint-v9', 9],
  ] as const)('works in a flat config array next to a TypeScript parser config with %s', async (pkg, major) => {
    const { ESLint } = require(pkg) as typeof import('eslint');
    expect(Number(ESLint.version.split('.')[0])).toBe(major);
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs.recommended] as never,
    });
    const [result] = await eslint.lintText(code, { filePath: 'x.ts' });
    expect(result.messages.map((m) => m.ruleId)).toEqual(['gpt-image/no-legacy-model']);
  });
});
