/**
 * An ESLint processor for `gpt-image lint`: the script blocks of `.vue`,
 * `.svelte` and `.astro` files (src/analysis/script-blocks.ts) are linted as
 * `App.vue/0.ts`, `App.vue/1.js`..., whatever parser the config gives those
 * names, and every message, fix and suggestion is moved back to the file's
 * own lines, columns and offsets. (With eslint-plugin-vue, -svelte or -astro
 * a project's own ESLint parses these files whole; the presets then need no
 * processor.)
 */
import type { Linter } from 'eslint';
import { type ScriptBlock, lineColumn, scriptBlocks, toFilePosition } from '../analysis/script-blocks.js';
import { PACKAGE } from '../package-info.js';

interface Placed extends ScriptBlock {
  line: number;
  column: number;
}

/** The blocks of the file being linted, between preprocess and postprocess (ESLint runs them in turn for one file). */
const pending = new Map<string, Placed[]>();

function shiftFix(fix: { range: [number, number]; text: string }, offset: number) {
  return { range: [fix.range[0] + offset, fix.range[1] + offset] as [number, number], text: fix.text };
}

function moved(m: Linter.LintMessage, block: Placed): Linter.LintMessage {
  const out: Linter.LintMessage = { ...m, ...toFilePosition(block, m.line, m.column) };
  if (m.endLine !== undefined && m.endColumn !== undefined) {
    const end = toFilePosition(block, m.endLine, m.endColumn);
    out.endLine = end.line;
    out.endColumn = end.column;
  }
  if (m.fix) out.fix = shiftFix(m.fix, block.offset);
  if (m.suggestions) out.suggestions = m.suggestions.map((s) => ({ ...s, fix: shiftFix(s.fix, block.offset) }));
  return out;
}

export const scriptBlocksProcessor: Linter.Processor = {
  meta: { name: `${PACKAGE.name}/script-blocks`, version: PACKAGE.version },
  supportsAutofix: true,
  preprocess(text: string, filename: string) {
    const blocks = scriptBlocks(filename, text).map((b) => ({ ...b, ...lineColumn(text, b.offset) }));
    pending.set(filename, blocks);
    return blocks.map((b, i) => ({ text: b.text, filename: `${i}.${b.lang}` }));
  },
  postprocess(messages: Linter.LintMessage[][], filename: string) {
    const blocks = pending.get(filename) ?? [];
    pending.delete(filename);
    return messages.flatMap((list, i) => (blocks[i] ? list.map((m) => moved(m, blocks[i])) : list));
  },
};
