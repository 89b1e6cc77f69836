/**
 * What a rule sees of a file (`context.sourceCode`), shaped like ESLint's
 * `SourceCode` for what this plugin's rules read: the text (a leading BOM
 * removed, as ESLint removes it), the tree, `lines`, `getLocFromIndex` and
 * `getIndexFromLoc` (ESLint's line breaks: CRLF, CR, LF, U+2028, U+2029),
 * `getLoc`, `getRange`, `getText` and empty `parserServices`.
 */
import type { Node } from '../analysis/ast.js';

/** A location as ESLint gives it: 1-based line, 0-based column. */
export interface Position {
  line: number;
  column: number;
}
export interface Location {
  start: Position;
  end: Position;
}

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/gu;

export class HostSourceCode {
  readonly parserServices: Record<string, unknown> = {};
  #lines: string[] | undefined;
  #lineStartIndices: number[] | undefined;

  constructor(
    readonly text: string,
    readonly ast: Node,
    readonly visitorKeys: Readonly<Record<string, readonly string[]>>,
    readonly hasBOM = false,
  ) {}

  /** The lines of the text (made on first use: most files report nothing). */
  get lines(): string[] {
    if (!this.#lines) this.splitLines();
    return this.#lines!;
  }

  get lineStartIndices(): number[] {
    if (!this.#lineStartIndices) this.splitLines();
    return this.#lineStartIndices!;
  }

  private splitLines(): void {
    const lines: string[] = [];
    const starts = [0];
    LINE_BREAK.lastIndex = 0;
    for (let m = LINE_BREAK.exec(this.text); m; m = LINE_BREAK.exec(this.text)) {
      lines.push(this.text.slice(starts.at(-1), m.index));
      starts.push(m.index + m[0].length);
    }
    lines.push(this.text.slice(starts.at(-1)));
    this.#lines = lines;
    this.#lineStartIndices = starts;
  }

  getLocFromIndex(index: number): Position {
    if (typeof index !== 'number') throw new TypeError('Expected `index` to be a number.');
    if (index < 0 || index > this.text.length) {
      throw new RangeError(`Index out of range (requested index ${index}, but source text has length ${this.text.length}).`);
    }
    if (index === this.text.length) return { line: this.lines.length, column: this.lines.at(-1)!.length };
    const starts = this.lineStartIndices;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - starts[lo] };
  }

  getIndexFromLoc(loc: Position): number {
    if (loc.line <= 0 || loc.line > this.lineStartIndices.length) throw new RangeError(`Line number out of range (line ${loc.line} requested).`);
    const start = this.lineStartIndices[loc.line - 1];
    const end = loc.line === this.lineStartIndices.length ? this.text.length : this.lineStartIndices[loc.line];
    const index = start + loc.column;
    if (loc.column < 0 || index > end) throw new RangeError(`Column number out of range (column ${loc.column} requested).`);
    return index;
  }

  getRange(node: Node): [number, number] {
    return node.range ? [node.range[0], node.range[1]] : [node.start as number, node.end as number];
  }

  /** The node's `loc`; the oxc tree gives it to the program and comments only, others get it from their offsets. */
  getLoc(node: Node): Location {
    if (node.loc) return node.loc as Location;
    const [start, end] = this.getRange(node);
    return { start: this.getLocFromIndex(start), end: this.getLocFromIndex(end) };
  }

  getText(node?: Node): string {
    if (!node) return this.text;
    const [start, end] = this.getRange(node);
    return this.text.slice(start, end);
  }

  /** The comments of the file (`Line`/`Block`), in source order. */
  getAllComments(): Node[] {
    return (this.ast.comments as Node[] | undefined) ?? [];
  }
}
