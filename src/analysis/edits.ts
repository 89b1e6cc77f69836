/**
 * Text edits: the edit plan that a rule turns into a suggestion and a
 * transform applies to the file. Each edit touches the smallest range that
 * does the job, so formatting, quotes and comments elsewhere stay as they are.
 */
import { type Node, type Range, rangeOf } from './ast.js';
import { moduleOfNode } from './project.js';

export interface TextEdit {
  range: Range;
  text: string;
  /**
   * Set when the edit belongs to another module than the file analysed (a
   * value defined in a config module): `range` indexes that module's text.
   * ESLint cannot apply it; `migrate` edits that module once.
   */
  file?: string;
}

/** The text a node's offsets index (its own module's for a node of another module), and that module's path. */
function located(text: string, node: Node): { text: string; file?: string } {
  const module = moduleOfNode(node);
  return module ? { text: module.text, file: module.file } : { text };
}

function tag(edit: TextEdit, file: string | undefined): TextEdit {
  return file ? { ...edit, file } : edit;
}

function quoteOf(raw: string): string {
  const q = raw[0];
  return q === "'" || q === '"' || q === '`' ? q : "'";
}

export function quoteString(value: string, quote: string): string {
  const escaped = value.replace(/\\/g, '\\\\').split(quote).join(`\\${quote}`);
  return `${quote}${quote === '`' ? escaped.replace(/\$\{/g, '\\${') : escaped}${quote}`;
}

/** Replaces a string literal (or expression-free template) keeping its quote style. */
export function replaceString(textIn: string, literal: Node, value: string): TextEdit {
  const loc = located(textIn, literal);
  const edit = replaceStringIn(loc.text, literal, value);
  return edit && tag(edit, loc.file);
}

function replaceStringIn(text: string, literal: Node, value: string): TextEdit {
  const range = rangeOf(literal);
  return { range, text: quoteString(value, quoteOf(text.slice(range[0], range[1]))) };
}

/** The file's line ending (its first line's), so inserted lines match the file. */
export function lineEnding(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

const isBlank = (s: string) => /^[ \t]*$/.test(s);

function lineStart(text: string, pos: number): number {
  const i = text.lastIndexOf('\n', pos - 1);
  return i + 1;
}

function lineEnd(text: string, pos: number): number {
  const i = text.indexOf('\n', pos);
  return i === -1 ? text.length : i;
}

interface PropertySpan {
  start: number;
  /** End of the property including a trailing comma, if any. */
  end: number;
  hadComma: boolean;
  /** The property is alone on its line(s). */
  ownLine: boolean;
}

function spanOf(text: string, prop: Node): PropertySpan {
  const [s, e] = rangeOf(prop);
  let end = e;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  const hadComma = text[end] === ',';
  end = hadComma ? end + 1 : e;
  const ls = lineStart(text, s);
  const le = lineEnd(text, end);
  const ownLine = isBlank(text.slice(ls, s)) && isBlank(text.slice(end, le).replace(/\r$/, ''));
  return { start: s, end, hadComma, ownLine };
}

/** Removes an object property with its comma; a property alone on its line takes the line with it. */
export function removeProperty(textIn: string, prop: Node): TextEdit {
  const loc = located(textIn, prop);
  const edit = removePropertyIn(loc.text, prop);
  return edit && tag(edit, loc.file);
}

function removePropertyIn(text: string, prop: Node): TextEdit {
  const span = spanOf(text, prop);
  if (span.ownLine) {
    const ls = lineStart(text, span.start);
    let le = lineEnd(text, span.end);
    if (le < text.length) le += 1; // the newline
    // Between two blank lines, one of them goes too: no double blank line is left.
    const prevBlank = ls > 0 && isBlank(text.slice(lineStart(text, ls - 1), ls - 1).replace(/\r$/, ''));
    const nextEnd = lineEnd(text, le);
    if (prevBlank && le < text.length && isBlank(text.slice(le, nextEnd).replace(/\r$/, ''))) le = Math.min(text.length, nextEnd + 1);
    return { range: [ls, le], text: '' };
  }
  if (span.hadComma) {
    let end = span.end;
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
    return { range: tidy(text, span.start, end), text: '' };
  }
  // Last property on a shared line: take the comma before it.
  let before = span.start;
  while (before > 0 && /\s/.test(text[before - 1])) before--;
  if (text[before - 1] === ',') return { range: tidy(text, before - 1, span.end), text: '' };
  return { range: tidy(text, span.start, span.end), text: '' };
}

/**
 * A removal's range widened so it leaves no double space (`{  }`), no
 * trailing whitespace, and no line holding only whitespace.
 */
function tidy(text: string, s: number, e: number): [number, number] {
  let b = s;
  while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
  let a = e;
  while (a < text.length && (text[a] === ' ' || text[a] === '\t')) a++;
  const atEol = a >= text.length || text[a] === '\n' || text[a] === '\r';
  if (atEol) {
    // The line would hold only whitespace: it goes with its line break.
    if (b === 0 || text[b - 1] === '\n') return [b, a + (text[a] === '\r' ? 2 : text[a] === '\n' ? 1 : 0)];
    return [b, a];
  }
  if (b < s && a > e) return [s, a];
  return [s, e];
}

function safeComment(s: string): string {
  return s.replace(/\*\//g, '* /').replace(/[\r\n]+/g, ' ');
}

/** Replaces an object property with a comment (a `//` line when it stands alone, else a block comment). */
export function replacePropertyWithComment(textIn: string, prop: Node, comment: string): TextEdit {
  const loc = located(textIn, prop);
  const edit = replacePropertyWithCommentIn(loc.text, prop, comment);
  return edit && tag(edit, loc.file);
}

function replacePropertyWithCommentIn(text: string, prop: Node, comment: string): TextEdit {
  const span = spanOf(text, prop);
  const body = safeComment(comment);
  if (span.ownLine) return { range: [span.start, span.end], text: `// ${body}` };
  if (span.hadComma) return { range: [span.start, span.end], text: `/* ${body} */` };
  let before = span.start;
  while (before > 0 && /\s/.test(text[before - 1])) before--;
  if (text[before - 1] === ',') return { range: [before - 1, span.end], text: ` /* ${body} */` };
  return { range: [span.start, span.end], text: `/* ${body} */` };
}

/** Puts a comment before an object property: a `//` line above it when it stands alone, else a block comment. */
export function commentBeforeProperty(textIn: string, prop: Node, comment: string): TextEdit {
  const loc = located(textIn, prop);
  const edit = commentBeforePropertyIn(loc.text, prop, comment);
  return edit && tag(edit, loc.file);
}

function commentBeforePropertyIn(text: string, prop: Node, comment: string): TextEdit {
  const span = spanOf(text, prop);
  const body = safeComment(comment);
  if (span.ownLine) {
    const ls = lineStart(text, span.start);
    return { range: [span.start, span.start], text: `// ${body}${lineEnding(text)}${text.slice(ls, span.start)}` };
  }
  return { range: [span.start, span.start], text: `/* ${body} */ ` };
}

/** Renames an object property's key, keeping its value. */
export function renameKey(textIn: string, prop: Node, newKey: string): TextEdit | undefined {
  const loc = located(textIn, prop);
  const edit = renameKeyIn(loc.text, prop, newKey);
  return edit && tag(edit, loc.file);
}

function renameKeyIn(text: string, prop: Node, newKey: string): TextEdit | undefined {
  const key = prop.key as Node | undefined;
  if (!key || prop.computed || prop.shorthand) return undefined;
  const range = rangeOf(key);
  const raw = text.slice(range[0], range[1]);
  return { range, text: raw[0] === '"' || raw[0] === "'" ? quoteString(newKey, raw[0]) : newKey };
}

/** Inserts text at a position. */
export function insertAt(pos: number, text: string): TextEdit {
  return { range: [pos, pos], text };
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
}

/**
 * Drops duplicates, sorts by position, and merges edits whose ranges overlap
 * (two property removals can share the comma between them): an edit inside
 * another is dropped, two that overlap in part become one.
 */
export function normalizeEdits(edits: TextEdit[]): TextEdit[] {
  const unique: TextEdit[] = [];
  for (const e of edits) if (!unique.some((o) => sameEdit(o, e))) unique.push(e);
  unique.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const out: TextEdit[] = [];
  for (const e of unique) {
    const last = out[out.length - 1];
    if (last && e.range[0] < last.range[1] && e.range[0] !== e.range[1]) {
      if (e.range[1] <= last.range[1]) continue;
      out[out.length - 1] = { range: [last.range[0], e.range[1]], text: last.text + e.text };
      continue;
    }
    out.push(e);
  }
  return out;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.range[0] === a.range[1] && b.range[0] === b.range[1]) return a.range[0] === b.range[0];
  return a.range[0] < b.range[1] && b.range[0] < a.range[1];
}

/**
 * Applies a set of edits. Edits that overlap an earlier-accepted edit are
 * skipped and returned, so the caller can report them.
 */
export function applyEdits(text: string, edits: TextEdit[]): { text: string; skipped: TextEdit[] } {
  const accepted: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  for (const e of normalizeEdits(edits)) {
    if (accepted.some((a) => overlaps(a, e))) skipped.push(e);
    else accepted.push(e);
  }
  let out = text;
  for (const e of [...accepted].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1])) {
    out = out.slice(0, e.range[0]) + e.text + out.slice(e.range[1]);
  }
  return { text: out, skipped };
}
