/**
 * An ESLint processor for `gpt-image lint`: a `.vue`, `.svelte` or `.astro`
 * file is linted as its script blocks, given to the config's parser as one
 * program (`App.vue/0.ts`, or `.js`, `.tsx`...) of the file's own length
 * with the markup blanked (src/analysis/script-blocks.ts). Lines, columns
 * and fix ranges are therefore the file's own, and nothing needs mapping
 * back. (With eslint-plugin-vue, -svelte or -astro, a project's ESLint
 * parses these files whole; the presets need no processor there.)
 */
import type { Linter } from 'eslint';
import { maskedScript } from '../analysis/script-blocks.js';
import { PACKAGE } from '../package-info.js';

export const scriptBlocksProcessor: Linter.Processor = {
  meta: { name: `${PACKAGE.name}/script-blocks`, version: PACKAGE.version },
  supportsAutofix: true,
  preprocess(text: string, filename: string) {
    const script = maskedScript(filename, text);
    return script ? [{ text: script.text, filename: `0.${script.lang}` }] : [];
  },
  postprocess(messages: Linter.LintMessage[][]) {
    return messages.flat();
  },
};
