/**
 * The codemod on component files: the script blocks of a `.vue`, `.svelte`
 * or `.astro` file are parsed as one program with the markup blanked
 * (`parseSource`, src/analysis/script-blocks.ts), so the engine's edits are
 * made in the file's own text at the file's own offsets. Everything outside
 * the blocks must stay byte-identical: when an edit would land there (a TODO
 * put at the start of a line that begins with `<script>`), the file is left
 * as it is and the report says why.
 */
import { isScriptHost, outsideBlocks } from '../analysis/script-blocks.js';
import { type CodemodOptions, type FileOutcome, type TransformName, transformSource } from './engine.js';
import type { TransformDef } from './transforms.js';

/** Runs the transforms over a file; over its script blocks when it is a component file. */
export function transformFile(
  file: string,
  text: string,
  options: CodemodOptions,
  registry?: Readonly<Record<TransformName, TransformDef>>,
  inRun?: (file: string) => boolean,
  /** A file's text before this run changed it. */
  originalText?: (file: string) => string | undefined,
): FileOutcome {
  const result = transformSource(file, text, options, registry, inRun, originalText);
  if (!isScriptHost(file) || !result.ok || !result.changed) return result;
  const before = outsideBlocks(file, text);
  const after = outsideBlocks(file, result.output);
  if (before.length === after.length && before.every((part, i) => part === after[i])) return result;
  return {
    ok: false,
    kind: 'output',
    message: 'an edit would land outside the script blocks (in the markup); the file was left as it is. Put the <script> tag on a line of its own and run migrate again',
  };
}
