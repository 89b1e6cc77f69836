/**
 * Rule options are checked against the catalog by ESLint itself (the JSON
 * schema is built from the catalog), and the CLI flags that carry the same
 * values refuse the same ones with exit 2. Every rule declares its defaults,
 * and the docs' options tables show them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/cli/io.js';
import plugin from '../../src/index.js';
import { DEFAULT_TARGET, DEFAULT_TEXT_MODEL, migrationTargetIds, targetProblem, textModelProblem, todayIso, unusableTextModelIds } from '../../src/catalog/index.js';
import { optionsFrom } from '../../src/codemod/jscodeshift.js';
import { ROOT } from '../support/eslint.js';

const CODE = `await client.images.generate({ model: 'dall-e-3', prompt: 'p' });\n`;

async function lintWith(rule: string, options: Record<string, unknown>): Promise<Linter.LintMessage[]> {
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [{ plugins: { 'gpt-image': plugin }, rules: { [`gpt-image/${rule}`]: ['error', options] } }] as Linter.Config[],
  });
  const [result] = await eslint.lintText(CODE, { filePath: path.join(ROOT, 'x.mjs') });
  return result.messages;
}

describe('rule options checked by ESLint against the catalog', () => {
  it.each([
    ['no-legacy-model', { target: 'dall-e-2' }],
    ['no-legacy-model', { target: 'gpt-image-9' }],
    ['no-legacy-model', { target: 'gpt-image-1.5' }],
    ['require-model', { target: 'dall-e-3' }],
    ['no-image-model-in-responses', { target: 'gpt-image-1' }],
    ['no-image-model-in-responses', { textModel: 'dall-e-3' }],
    ['no-image-model-in-responses', { textModel: 'gpt-image-2' }],
    ['no-image-model-in-responses', { textModel: 'whisper-1' }],
    ['no-image-model-in-responses', { textModel: 'gpt-5' }],
    ['no-image-model-in-responses', { textModel: 'gpt-4o' }],
    ['no-legacy-model', { today: '2026-13-45' }],
    ['no-preview-feature', { today: '2026-02-30' }],
    ['require-model', { today: '26-11-22' }],
  ])('%s rejects %o with ESLint\'s configuration error', async (rule, options) => {
    const error = await lintWith(rule, options).then(
      () => undefined,
      (e: Error) => e,
    );
    // ESLint 10: `Key "rules": Key "gpt-image/<rule>": Value "<value>" should ...`.
    expect(error?.message).toMatch(new RegExp(`Key "gpt-image/${rule}"`));
    expect(error?.message).toContain(`"${Object.values(options)[0]}"`);
  });

  it.each([
    ['no-legacy-model', { target: 'gpt-image-2.5-sunburst', today: '2028-02-29' }],
    ['require-model', { target: DEFAULT_TARGET.value, today: '2026-11-22', tools: true }],
    ['no-image-model-in-responses', { textModel: 'gpt-5.2', target: 'gpt-image-2.6-flare' }],
    // A text model the catalog does not list may be newer than it: accepted.
    ['no-image-model-in-responses', { textModel: 'gpt-5.6-sol' }],
  ])('%s accepts %o', async (rule, options) => {
    await expect(lintWith(rule, options)).resolves.toBeInstanceOf(Array);
  });

  it('the legacy-model suggestion migrates to the configured target', async () => {
    const messages = await lintWith('no-legacy-model', { target: 'gpt-image-2.5-sunburst', today: '2026-11-22' });
    expect(messages[0].suggestions?.map((s) => s.desc)).toEqual([expect.stringContaining('`gpt-image-2.5-sunburst`')]);
  });
});

describe('defaults', () => {
  const rules = Object.entries(plugin.rules) as [string, { meta: { defaultOptions?: unknown[]; schema?: unknown[] } }][];

  it.each(rules.map(([name, rule]) => [name, rule] as const))('%s declares defaultOptions, and its docs table shows every non-empty one', (name, rule) => {
    expect(Array.isArray(rule.meta.defaultOptions)).toBe(true);
    const doc = readFileSync(path.join(ROOT, 'docs/rules', `${name}.md`), 'utf8');
    const defaults = (rule.meta.defaultOptions?.[0] ?? {}) as Record<string, unknown>;
    for (const [option, value] of Object.entries(defaults)) {
      const shown = Array.isArray(value) ? `\`[${value.join(', ')}]\`` : `\`${String(value)}\``;
      expect(doc).toMatch(new RegExp(`^\\| \`${option}\` .*\\| ${shown.replace(/[[\]]/g, '\\$&')} +\\|$`, 'm'));
    }
  });

  it('the catalog\'s defaults pass its own checks', () => {
    expect(migrationTargetIds()).toContain(DEFAULT_TARGET.value);
    expect(targetProblem(DEFAULT_TARGET.value, todayIso())).toBeUndefined();
    expect(textModelProblem(DEFAULT_TEXT_MODEL.value)).toBeUndefined();
    expect(unusableTextModelIds()).not.toContain(DEFAULT_TEXT_MODEL.value);
  });

  it('the defaults are the catalog\'s', () => {
    const meta = (name: string) => (plugin.rules[name as keyof typeof plugin.rules].meta as { defaultOptions: Record<string, unknown>[] }).defaultOptions[0];
    expect(meta('no-legacy-model').target).toBe(DEFAULT_TARGET.value);
    expect(meta('no-image-model-in-responses').textModel).toBe(DEFAULT_TEXT_MODEL.value);
  });
});

describe('the CLI refuses the same values (exit 2)', () => {
  it.each([
    [['migrate', '--dry', '--target', 'dall-e-2'], /--target: 'dall-e-2' was shut down/],
    [['migrate', '--dry', '--target', 'gpt-image-9'], /--target: unknown image model 'gpt-image-9'/],
    [['migrate', '--dry', '--text-model', 'dall-e-3'], /--text-model: 'dall-e-3' is an image model/],
    [['migrate', '--dry', '--text-model', 'gpt-5'], /--text-model: 'gpt-5' shuts down on/],
    [['migrate', '--dry', '--today', '2026-13-45'], /--today: '2026-13-45' is not a date/],
    [['lint', '--today', '2026-13-45'], /--today: '2026-13-45' is not a date/],
    [['lint', '--max-warnings', 'many'], /--max-warnings must be a whole number/],
  ])('%o', async (argv, message) => {
    const io = memoryIo({}, path.join(ROOT, 'examples/legacy-app'));
    expect(await main(argv, io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(message);
    expect(io.stdout.join('')).toBe('');
  });
});

describe('plain jscodeshift options are checked the same way', () => {
  it.each([
    [{ target: 'dall-e-2' }, /--target: 'dall-e-2' was shut down/],
    [{ textModel: 'dall-e-3' }, /--text-model: 'dall-e-3' is an image model/],
    [{ today: '2026-13-45' }, /--today: '2026-13-45' is not a date/],
  ])('%o', (options, message) => {
    expect(() => optionsFrom(['migrate-image-model'], options)).toThrow(message);
  });

  it('accepts the defaults and a past date on which a since-deprecated target was active', () => {
    expect(optionsFrom(['migrate-image-model'], {}).target).toBe(DEFAULT_TARGET.value);
    expect(optionsFrom(['migrate-image-model'], { target: 'gpt-image-1.5', today: '2026-05-20' }).target).toBe('gpt-image-1.5');
  });
});
