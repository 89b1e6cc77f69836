/** The presets are what each rule's `meta.docs` says, and every rule is documented. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { ROOT } from '../support/eslint.js';

const rules = Object.entries(plugin.rules) as [string, { meta: { docs: { recommended?: string; strict?: string; description: string; url?: string } } }][];

describe('presets', () => {
  it.each(['recommended', 'strict'] as const)('%s holds exactly the rules whose meta.docs names a level for it, at that level', (preset) => {
    const expected = Object.fromEntries(
      rules.filter(([, r]) => r.meta.docs[preset]).map(([name, r]) => [`gpt-image/${name}`, r.meta.docs[preset]]),
    );
    expect(plugin.configs[preset].rules).toEqual(expected);
  });

  it('all holds every rule as an error', () => {
    expect(plugin.configs.all.rules).toEqual(Object.fromEntries(rules.map(([name]) => [`gpt-image/${name}`, 'error'])));
  });

  it('strict is at least as strict as recommended', () => {
    for (const [, r] of rules) {
      if (r.meta.docs.recommended) expect(r.meta.docs.strict).toBeDefined();
      if (r.meta.docs.recommended === 'error') expect(r.meta.docs.strict).toBe('error');
    }
  });

  it('the rules of issue 3 are in recommended: what fails today is an error', () => {
    const rec = plugin.configs.recommended.rules;
    for (const name of ['no-image-model-in-responses', 'no-unsupported-param', 'no-url-response', 'no-unknown-model', 'require-model']) {
      expect(rec[`gpt-image/${name}`]).toBe('error');
    }
  });
});

describe('rule docs', () => {
  it.each(rules.map(([name]) => name))('%s has a one-sentence description, a docs url and a docs page', (name) => {
    const rule = plugin.rules[name as keyof typeof plugin.rules] as unknown as { meta: { docs: { description: string; url: string } } };
    expect(rule.meta.docs.description).toMatch(/^(Disallow|Require|Enforce) [^.]+$/);
    expect(rule.meta.docs.url).toBe(`https://github.com/eslint-plugin-gpt-image/eslint-plugin-gpt-image/blob/main/docs/rules/${name}.md`); // the default branch: resolves before the first release tag exists
    const page = path.join(ROOT, 'docs/rules', `${name}.md`);
    expect(existsSync(page)).toBe(true);
    const text = readFileSync(page, 'utf8');
    for (const part of ['<!-- end auto-generated rule header -->', '❌', '✅', '## When not to use it']) expect(text).toContain(part);
    // eslint-doc-generator requires an Options section exactly when the rule has options.
    const schema = (rule.meta as { schema?: unknown[] }).schema ?? [];
    expect(text.includes('## Options')).toBe(schema.length > 0);
  });
});

describe('a preset alone in a real ESLint run', () => {
  const EXTS = ['js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx'];
  const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-presets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['recommended', 'strict', 'all'] as const)('%s lints every JS and TS extension, TypeScript syntax included', async (name) => {
    for (const ext of EXTS) {
      const ts = ['ts', 'mts', 'cts', 'tsx'].includes(ext);
      const jsx = ext.endsWith('x') ? ' export const El = () => <div />;' : '';
      const exported = ext === 'cjs' ? 'exports.f =' : 'export const f =';
      writeFileSync(
        path.join(dir, `f.${ext}`),
        `${exported} (c${ts ? ': { images: any }' : ''}) => c.images.generate({ model: 'dall-e-3', prompt: 'p' });${jsx}\n`,
      );
    }
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [plugin.configs[name]] as never });
    const results = await eslint.lintFiles(['.']);
    const byExt = Object.fromEntries(results.map((r) => [path.extname(r.filePath).slice(1), r.messages.map((m) => m.ruleId ?? m.message)]));
    expect(byExt).toEqual(Object.fromEntries(EXTS.map((ext) => [ext, ['gpt-image/no-legacy-model']])));
  });
});

describe("the presets' parser", () => {
  const { parser } = plugin.configs.recommended.languageOptions as { parser: { parseForESLint(code: string, o: object): { ast: { type: string }; services?: unknown } } };
  const options = { ecmaVersion: 2026, sourceType: 'module', range: true, loc: true, tokens: true, comment: true };

  it('parses TypeScript with typescript-eslint and JavaScript with JSX as ESLint does (espree)', () => {
    expect(parser.parseForESLint('let a: number = <number>1;', { ...options, filePath: 'a.ts' }).services).toBeDefined();
    const js = parser.parseForESLint('export const El = () => <div />;', { ...options, filePath: 'a.js' });
    expect(js.ast.type).toBe('Program');
    expect(js.services).toBeUndefined();
    expect(() => parser.parseForESLint('let a: number = 1;', { ...options, filePath: 'a.js' })).toThrow();
  });
});
