/**
 * Edits that add to object and array literals while keeping their layout:
 * one property per line stays one per line, a one-line object stays on one
 * line, and string literals use the quote the surrounding code uses.
 */
import { type Node, rangeOf } from '../ast.js';
import { type TextEdit, insertAt, lineEnding, quoteString } from '../edits.js';
import { moduleOfNode } from '../project.js';

let lastText: string | undefined;
let lastQuote = '"';

/** The quote most string literals of the file use (single or double; double when the file has none). */
export function fileQuote(text: string): string {
  if (text === lastText) return lastQuote;
  let single = 0;
  let double = 0;
  for (const m of text.matchAll(/(['"])(?:\\.|(?!\1)[^\\\n])*\1/g)) {
    if (m[1] === "'") single++;
    else double++;
  }
  lastText = text;
  lastQuote = single > double ? "'" : '"';
  return lastQuote;
}

/** A string literal of `value` in the quote style of the first string literal in `near`, else of the file. */
export function literalLike(textIn: string, near: Node, value: string): string {
  const text = moduleOfNode(near)?.text ?? textIn;
  const [s, e] = rangeOf(near);
  const m = /["'`]/.exec(text.slice(s, e));
  return quoteString(value, m && m[0] !== '`' ? m[0] : fileQuote(text));
}

function indentOf(text: string, pos: number): string {
  const ls = text.lastIndexOf('\n', pos - 1) + 1;
  const m = /^[ \t]*/.exec(text.slice(ls, pos));
  return m ? m[0] : '';
}

function onOwnLine(text: string, pos: number): boolean {
  const ls = text.lastIndexOf('\n', pos - 1) + 1;
  return /^[ \t]*$/.test(text.slice(ls, pos));
}

/**
 * Adds `item` (source text of a property or element) to an object or array
 * literal: after `after` when given, else as the first member (for objects)
 * or the last element (for arrays).
 */
function addMember(text: string, container: Node, members: Node[], item: string, after: Node | undefined, first: boolean): TextEdit {
  const [cs, ce] = rangeOf(container);
  if (members.length === 0) {
    const inner = text.slice(cs + 1, ce - 1);
    if (/^\s*$/.test(inner)) {
      return { range: [cs + 1, ce - 1], text: container.type === 'ArrayExpression' ? item : ` ${item} ` };
    }
    return insertAt(cs + 1, ` ${item},`);
  }
  if (!after && first) {
    const start = rangeOf(members[0])[0];
    return onOwnLine(text, start) ? insertAt(start, `${item},${lineEnding(text)}${indentOf(text, start)}`) : insertAt(start, `${item}, `);
  }
  const anchor = after ?? members[members.length - 1];
  const [as, ae] = rangeOf(anchor);
  let pos = ae;
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t')) pos++;
  const hasComma = text[pos] === ',';
  const multiline = onOwnLine(text, as);
  const indent = indentOf(text, as);
  if (hasComma) {
    return insertAt(pos + 1, multiline ? `${lineEnding(text)}${indent}${item},` : ` ${item},`);
  }
  return insertAt(ae, multiline ? `,${lineEnding(text)}${indent}${item}` : `, ${item}`);
}

/** Adds a property (`key: value` source text) to an object literal. */
export function addProperty(text: string, obj: Node, property: string, after?: Node): TextEdit {
  const module = moduleOfNode(obj);
  const edit = addMember(module?.text ?? text, obj, obj.properties as Node[], property, after, true);
  return module ? { ...edit, file: module.file } : edit;
}

/** Appends an element (source text) to an array literal. */
export function appendElement(text: string, arr: Node, element: string): TextEdit {
  const module = moduleOfNode(arr);
  const edit = addMember(module?.text ?? text, arr, (arr.elements as (Node | null)[]).filter((e): e is Node => !!e), element, undefined, false);
  return module ? { ...edit, file: module.file } : edit;
}
