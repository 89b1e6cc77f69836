/**
 * The codemod on component files: each script block of a `.vue`, `.svelte`
 * or `.astro` file (src/analysis/script-blocks.ts) goes through the engine
 * as a file of its own language in the same folder (imports resolve as from
 * the component), its edits land inside the block, and lines and columns in
 * the report are the component file's. Everything outside the blocks stays
 * byte-identical; when one block does not parse, the file is left as it is.
 */
import { type ScriptBlock, isScriptHost, lineColumn, scriptBlocks, toFilePosition } from '../analysis/script-blocks.js';
import { type CodemodOptions, type FileOutcome, type TransformName, transformSource } from './engine.js';
import type { TransformDef } from './transforms.js';

/** Runs the transforms over a file: over its script blocks when it is a component file, else over its text. */
export function transformFile(
  file: string,
  text: string,
  options: CodemodOptions,
  registry?: Readonly<Record<TransformName, TransformDef>>,
  inRun?: (file: string) => boolean,
): FileOutcome {
  if (!isScriptHost(file)) return transformSource(file, text, options, registry, inRun);
  const out: Extract<FileOutcome, { ok: true }> = { ok: true, output: text, changed: false, parsed: false, edits: [], todos: [], skipped: [], packageEdits: [], foreign: [] };
  const outputs: { block: ScriptBlock; output: string }[] = [];
  for (const block of scriptBlocks(file, text)) {
    const at = lineColumn(text, block.offset);
    const place = (line: number, column: number) => toFilePosition(at, line, column);
    // `App.vue.ts`: the block's language picks the parser; the folder is the component's.
    const result = transformSource(`${file}.${block.lang}`, block.text, options, registry, inRun);
    if (!result.ok) {
      const pos = result.line !== undefined ? place(result.line, result.column ?? 1) : undefined;
      return { ...result, line: pos?.line, column: result.column === undefined ? undefined : pos?.column };
    }
    out.parsed ||= result.parsed;
    out.edits.push(...result.edits.map((e) => ({ ...e, ...place(e.line, e.column) })));
    out.todos.push(...result.todos.map((t) => ({ ...t, ...place(t.line, t.column) })));
    out.skipped.push(...result.skipped.map((s) => ({ ...s, line: s.line ? place(s.line, 1).line : s.line })));
    out.packageEdits!.push(...(result.packageEdits ?? []).filter((p) => !out.packageEdits!.some((q) => q.packageJson === p.packageJson && q.dependency === p.dependency)));
    out.foreign!.push(...(result.foreign ?? []));
    if (result.changed) outputs.push({ block, output: result.output });
  }
  // Later blocks first, so that earlier offsets still hold.
  let output = text;
  for (const { block, output: next } of outputs.reverse()) {
    output = output.slice(0, block.offset) + next + output.slice(block.offset + block.text.length);
  }
  out.output = output;
  out.changed = output !== text;
  return out;
}
