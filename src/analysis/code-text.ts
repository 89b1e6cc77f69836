/**
 * The parts of a source text the gate reads for evidence: the text without
 * whole-line comments, and without TypeScript's type declarations. Both are
 * text operations (the gate runs before any parse), written so that an
 * unusual text keeps more, never less: a comment or declaration that cannot
 * be told apart from code is left in.
 */

/**
 * Comments that start a line (after indentation): `// …` to the line's end,
 * a `/* … *\/` on one line, and a block whose every inner line starts with
 * `*` (JSDoc). No code can start a line so: an empty regex `//` does not
 * exist and no regex starts with `*`. Inside a multi-line template literal
 * such lines are text; dropping them can only hide a word written inside a
 * longer string, which no analysis resolves to an id. Comments after code on
 * a line are kept (a `//` there may be in a regex), and so are blocks of
 * other shapes.
 */
const LINE_COMMENT = /^[ \t]*(?:\/\/[^\n]*|\/\*[^\n]*?\*\/|\/\*[^\n]*\n(?:[ \t]*\*(?!\/)[^\n]*\n)*[ \t]*\*\/)/gm;

export function withoutLineComments(text: string): string {
  if (!text.includes('//') && !text.includes('/*')) return text;
  return text.replace(LINE_COMMENT, '');
}

/** An `interface X` or `type X` declaration that starts a line (exported or declared). */
const DECLARATION = /^[ \t]*(?:export[ \t]+)?(?:declare[ \t]+)?(interface|type)[ \t]+[\w$]+/gm;
const OPEN = new Set(['{', '(', '[', '<']);
const CLOSE = new Set(['}', ')', ']', '>']);

/**
 * The text without its `interface` and `type` alias declarations: they hold
 * no value, so a string in them (an id in `model?: 'gpt-image-1' | …`, the
 * tool type in `type: 'image_generation';`) is no call's argument. (A
 * declared union still gives a parameter its values: the gate keeps such a
 * file when its code holds a call that could send them; see gate.ts.)
 * An interface ends at its body's closing brace; an alias at a `;` outside
 * brackets, or at a line that does not continue it (`|`, `&`, a closing
 * bracket). A declaration whose end is not found that way is kept.
 */
export function withoutTypeDeclarations(text: string): string {
  if (!text.includes('interface') && !text.includes('type')) return text;
  let out = '';
  let last = 0;
  DECLARATION.lastIndex = 0;
  for (let m = DECLARATION.exec(text); m; m = DECLARATION.exec(text)) {
    const from = m.index + m[0].length;
    const end = m[1] === 'interface' ? interfaceEnd(text, from) : aliasEnd(text, from);
    if (end < 0) continue;
    out += text.slice(last, m.index);
    last = end;
    DECLARATION.lastIndex = end;
  }
  return last ? out + text.slice(last) : text;
}

/** Past a string literal or template starting at `i` (one line for quotes); -1 when it does not close. */
function skipString(text: string, i: number): number {
  const q = text[i];
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === q) return j + 1;
    else if (c === '\n' && q !== '`') return -1;
  }
  return -1;
}

/** The end of `interface X<…> extends … { … }`: past the brace that closes the body. */
function interfaceEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      const next = skipString(text, i);
      if (next < 0) return -1;
      i = next - 1;
    } else if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') {
      depth--;
      if (depth < 0) return -1;
      if (depth === 0 && c === '}') return i + 1;
    } else if (depth === 0 && (c === ';' || c === '=')) return -1;
  }
  return -1;
}

/** The end of `type X<…> = …`: a `;` outside brackets, or the end of the last line that continues it. */
function aliasEnd(text: string, from: number): number {
  // `type X = …` (generic parameters allowed before the `=`), not the word `type` used otherwise.
  const head = /^[ \t]*(?:<[^;{}=]*(?:=[^;{}]*)?>)?[ \t]*=/.exec(text.slice(from, from + 400));
  if (!head) return -1;
  let depth = 0;
  for (let i = from + head[0].length; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      const next = skipString(text, i);
      if (next < 0) return -1;
      i = next - 1;
    } else if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c) && !(c === '>' && text[i - 1] === '=')) {
      depth--;
      if (depth < 0) return -1;
    } else if (depth === 0 && c === ';') return i + 1;
    else if (depth === 0 && c === '\n') {
      // Continued on the next line by `|`, `&`, or a closing bracket; otherwise the alias ended here.
      const rest = /^[ \t]*(.)/.exec(text.slice(i + 1, i + 200));
      if (!rest || !/[|&}\])>]/.test(rest[1])) return i;
    }
  }
  return -1;
}
