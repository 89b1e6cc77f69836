/**
 * Text helpers for the codemod: line numbers, line endings, and the one
 * TODO marker every manual follow-up starts with (inserted once).
 */
import { TODO_MARKER } from '../catalog/index.js';
import type { TextEdit } from '../analysis/index.js';

/** Maps offsets to 1-based lines and columns. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  /** 1-based line of an offset. */
  line(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** 1-based column of an offset. */
  column(pos: number): number {
    return pos - this.starts[this.line(pos) - 1] + 1;
  }
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }
  /** The text of a 1-based line, without its line ending. */
  lineText(line: number): string {
    const s = this.lineStart(line);
    const next = this.starts[line];
    const e = next === undefined ? this.text.length : next - 1;
    return this.text.slice(s, e).replace(/\r$/, '');
  }
  get lineCount(): number {
    return this.starts.length;
  }
}

export function lineStartOf(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** The line ending used at `pos` (the line's own, else the file's first one, else `\n`). */
export function eolAt(text: string, pos: number): string {
  const nl = text.indexOf('\n', pos);
  if (nl !== -1) return text[nl - 1] === '\r' ? '\r\n' : '\n';
  const first = text.indexOf('\n');
  return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
}

/** The TODO text inside a comment or an edit's text: from the marker to the end of the comment or line. */
export function todoText(s: string): string | undefined {
  const i = s.indexOf(TODO_MARKER);
  if (i === -1) return undefined;
  let rest = s.slice(i);
  const close = rest.indexOf('*/');
  if (close !== -1) rest = rest.slice(0, close);
  const nl = rest.search(/\r?\n/);
  if (nl !== -1) rest = rest.slice(0, nl);
  return rest.trim();
}

/**
 * Drops insertions of a TODO comment that is already there (on the edit's
 * line or the three above it), so a second run adds no second TODO. Only pure
 * insertions: an edit that replaces code with a TODO (a removed `style`) is
 * part of the fix and always stays.
 */
export function dropRepeatedTodos(text: string, edits: TextEdit[]): TextEdit[] {
  return edits.filter((e) => {
    const todo = todoText(e.text);
    if (!todo || e.range[0] !== e.range[1]) return true;
    // The edit's line, and up to three lines above it.
    let from = lineStartOf(text, e.range[0]);
    for (let i = 0; i < 3 && from > 0; i++) from = lineStartOf(text, from - 1);
    let to = text.indexOf('\n', e.range[1]);
    if (to === -1) to = text.length;
    return !text.slice(from, to).includes(todo);
  });
}
