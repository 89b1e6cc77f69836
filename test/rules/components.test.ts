/**
 * The presets on .vue and .svelte files in a real ESLint run, with the
 * frameworks' own parsers and configs as a project sets them up
 * (eslint-plugin-vue with vue-eslint-parser, eslint-plugin-svelte with
 * svelte-eslint-parser, typescript-eslint's parser for `lang="ts"`): the
 * preset listed before or after the framework's config, and alone. Findings
 * equal `gpt-image lint`'s on the same files.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import pluginVue from 'eslint-plugin-vue';
import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/analysis/index.js';
import { outsideBlocks } from '../../src/analysis/script-blocks.js';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import plugin from '../../src/index.js';
import { FIXTURES } from '../support/eslint.js';

const today = '2026-11-22';
const COMPONENTS = path.join(FIXTURES, 'components');
const FILES = ['Gallery.vue', 'Avatar.svelte'];
const TODAY: Linter.Config = { rules: { 'gpt-image/no-legacy-model': ['error', { today }], 'gpt-image/require-model': ['error', { today }] } };
/** As eslint-plugin-vue's and -svelte's docs set up TypeScript in script blocks. */
const TS_IN_BLOCKS: Linter.Config = { files: ['**/*.vue', '**/*.svelte'], languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue', '.svelte'] } } };
const FRAMEWORKS = [...pluginVue.configs['flat/recommended'], ...svelte.configs.recommended, TS_IN_BLOCKS] as Linter.Config[];

async function eslintFindings(config: Linter.Config[]): Promise<{ ours: string[]; theirs: string[]; fatal: string[] }> {
  const eslint = new ESLint({ cwd: COMPONENTS, overrideConfigFile: true, overrideConfig: [...config, TODAY] });
  const results = await eslint.lintFiles(FILES);
  const all = results.flatMap((r) => r.messages.map((m) => ({ file: path.basename(r.filePath), m })));
  return {
    ours: all.filter(({ m }) => m.ruleId?.startsWith('gpt-image/')).map(({ file, m }) => `${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`).sort(),
    theirs: all.filter(({ m }) => m.ruleId && !m.ruleId.startsWith('gpt-image/')).map(({ m }) => m.ruleId!),
    fatal: all.filter(({ m }) => m.fatal).map(({ file, m }) => `${file}: ${m.message}`),
  };
}

async function cliFindings(): Promise<string[]> {
  const io = memoryIo({}, COMPONENTS);
  await main(['lint', '--today', today, '--format', 'json', ...FILES], io);
  const results = JSON.parse(io.stdout.join('')) as { filePath: string; messages: { line: number; column: number; ruleId: string; message: string }[] }[];
  return results.flatMap((r) => r.messages.map((m) => `${path.basename(r.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`)).sort();
}

describe('the presets on Vue SFCs and Svelte components', () => {
  it.each([
    ['after the frameworks\' configs', () => [...FRAMEWORKS, plugin.configs.recommended]],
    ['before the frameworks\' configs', () => [plugin.configs.recommended, ...FRAMEWORKS]],
  ])('%s: reports the legacy calls of <script setup lang="ts"> and of a Svelte instance script, as gpt-image lint does', async (_label, config) => {
    const { ours, theirs, fatal } = await eslintFindings(config() as Linter.Config[]);
    expect(fatal).toEqual([]);
    expect(ours).toEqual(await cliFindings());
    expect(ours.map((f) => f.split(' ')[0])).toEqual(['Avatar.svelte:13:53', 'Gallery.vue:17:53']);
    // The frameworks' own rules still run (their parser services are there).
    // The frameworks' own template rules still run: their parser services are there.
    expect(theirs).toContain('vue/max-attributes-per-line');
  });

  it('alone, the preset parses component files with the framework parser the project has, TypeScript blocks included', async () => {
    const { ours, fatal } = await eslintFindings([plugin.configs.recommended]);
    expect(fatal).toEqual([]);
    expect(ours).toEqual(await cliFindings());
  });

  it('applying the suggestions moves both components to the target inside their script blocks', async () => {
    for (const file of FILES) {
      const eslint = new ESLint({ cwd: COMPONENTS, overrideConfigFile: true, overrideConfig: [...FRAMEWORKS, plugin.configs.recommended, TODAY] });
      const text = readFileSync(path.join(COMPONENTS, file), 'utf8');
      const [result] = await eslint.lintText(text, { filePath: path.join(COMPONENTS, file) });
      const fixes = result.messages.filter((m) => m.ruleId?.startsWith('gpt-image/')).map((m) => m.suggestions![0].fix);
      expect(fixes.length, file).toBe(1);
      const output = applyEdits(text, fixes.map((f) => ({ range: f.range, text: f.text }))).text;
      expect(outsideBlocks(file, output), file).toEqual(outsideBlocks(file, text));
      const [again] = await eslint.lintText(output, { filePath: path.join(COMPONENTS, file) });
      // The model moved; Gallery's `.url` read is what the new model breaks, and no-url-response says so (as in a .ts file).
      expect(again.messages.filter((m) => m.ruleId?.startsWith('gpt-image/') || m.fatal).map((m) => m.ruleId), file).toEqual(file === 'Gallery.vue' ? ['gpt-image/no-url-response'] : []);
    }
  });

  it("a suggestion's edit lands in the script block at the file's offsets", async () => {
    const eslint = new ESLint({ cwd: COMPONENTS, overrideConfigFile: true, overrideConfig: [...FRAMEWORKS, plugin.configs.recommended, TODAY] });
    const [result] = await eslint.lintFiles(['Gallery.vue']);
    const finding = result.messages.find((m) => m.ruleId === 'gpt-image/no-legacy-model')!;
    const fix = finding.suggestions![0].fix;
    const text = readFileSync(path.join(COMPONENTS, 'Gallery.vue'), 'utf8');
    expect(text.slice(fix.range[0], fix.range[1])).toBe("'dall-e-2', prompt: text, size: '512x512'");
    expect(fix.text).toBe("'gpt-image-2', prompt: text, size: '1024x1024'");
  });

  it('without the framework\'s parser, a component file is a parsing error that names the package to install, not a silent skip', async () => {
    // astro-eslint-parser is not installed in this repository.
    const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-astro-'));
    writeFileSync(path.join(dir, 'Page.astro'), `---\nconst r = await openai.images.generate({ model: 'dall-e-3', prompt: 'p' });\n---\n<h1 />\n`);
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] });
    const [result] = await eslint.lintFiles(['.']);
    expect(path.basename(result.filePath)).toBe('Page.astro');
    expect(result.messages).toEqual([
      expect.objectContaining({ fatal: true, message: expect.stringMatching(/Page\.astro is parsed by astro-eslint-parser, which is not installed; install eslint-plugin-astro/) }),
    ]);
  });
});
