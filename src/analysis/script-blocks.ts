/**
 * The JavaScript and TypeScript inside component files: the `<script>`
 * blocks of `.vue` and `.svelte` files (`lang="ts"`, `<script setup>`,
 * `<script context="module">` / `<script module>`), and the frontmatter
 * (`---` ... `---`) and `<script>` tags of `.astro` files.
 *
 * Parser-agnostic: a block is its text, where it starts in the file and its
 * language; the caller parses each block with its own parser and adds
 * `offset` to positions (edits land inside the block, the rest of the file
 * stays byte-identical). Template expressions (`{{ }}`, `{ }`) are not
 * blocks: they are not read.
 */
import path from 'node:path';

export type BlockLang = 'js' | 'jsx' | 'ts' | 'tsx';

export interface ScriptBlock {
  /** The block's source, exactly as in the file. */
  text: string;
  /** Where `text` starts in the file (UTF-16 offset). */
  offset: number;
  lang: BlockLang;
}

/** The component file types whose script blocks are read, without the dot. */
export const SCRIPT_HOST_EXTENSIONS = ['vue', 'svelte', 'astro'] as const;

export function isScriptHost(file: string): boolean {
  return (SCRIPT_HOST_EXTENSIONS as readonly string[]).includes(path.extname(file).slice(1).toLowerCase());
}

/** `lang` attribute values read, and the language each is parsed as. */
const LANGS: Record<string, BlockLang> = { js: 'js', javascript: 'js', jsx: 'jsx', ts: 'ts', typescript: 'ts', tsx: 'tsx' };
/** `type` attribute values of scripts that hold JavaScript (or, with `lang`, TypeScript). */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript', 'text/typescript', 'application/typescript', 'text/babel', 'text/jsx']);
/** Elements without an end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Just after the `>`. */
  end: number;
  selfClosing: boolean;
}

/** Reads the start tag at `at` (`<name attrs...>`), quoted attribute values included; undefined when it is not one. */
function startTag(text: string, at: number): Tag | undefined {
  const m = /<([A-Za-z][\w:.-]*)/y;
  m.lastIndex = at;
  const name = m.exec(text);
  if (!name) return undefined;
  const attrs = new Map<string, string>();
  let i = m.lastIndex;
  const attr = /\s*([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"'=<`]+)))?/y;
  const close = /\s*(\/?)>/y;
  for (;;) {
    close.lastIndex = i;
    const c = close.exec(text);
    if (c) return { name: name[1].toLowerCase(), attrs, end: close.lastIndex, selfClosing: c[1] === '/' };
    attr.lastIndex = i;
    const a = attr.exec(text);
    if (!a || attr.lastIndex === i) {
      // A stray character (`/` not before `>`, or a brace-quoted Svelte/Astro value): step over it.
      const brace = /\s*\{/y;
      brace.lastIndex = i;
      if (brace.exec(text)) {
        const end = skipBraces(text, brace.lastIndex - 1);
        if (end < 0) return undefined;
        i = end;
        continue;
      }
      if (i >= text.length) return undefined;
      i++;
      continue;
    }
    attrs.set(a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
    i = attr.lastIndex;
  }
}

/** The index just after the `}` that closes the `{` at `at`, skipping strings; -1 when unclosed. */
function skipBraces(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The language of a `<script>` with these attributes, or undefined when it does not hold JS/TS (a JSON or template script, an external `src`, another language). */
function scriptLang(attrs: Map<string, string>, host: string): BlockLang | undefined {
  if (attrs.has('src')) return undefined;
  const type = (attrs.get('type') ?? '').trim().toLowerCase();
  if (!SCRIPT_TYPES.has(type)) return undefined;
  const lang = attrs.get('lang');
  if (lang !== undefined) return LANGS[lang.trim().toLowerCase()];
  if (type.includes('typescript')) return 'ts';
  // Astro processes a plain `<script>` as TypeScript; one with other attributes (`is:inline`) is sent as it is.
  if (host === 'astro') return [...attrs.keys()].some((k) => k !== 'type') ? 'js' : 'ts';
  return 'js';
}

/** Astro's frontmatter: `---` on the first line, up to the next line that is `---`. */
function frontmatter(text: string): ScriptBlock | undefined {
  const open = /^(?:\uFEFF)?[ \t]*---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const close = /^[ \t]*---[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return undefined;
  return { text: rest.slice(0, m.index), offset: open[0].length, lang: 'ts' };
}

/**
 * The script blocks of a `.vue`, `.svelte` or `.astro` file, in file order.
 * Vue and Svelte: the top-level `<script>` elements (a `<script>` inside the
 * markup is page HTML, not the component's code). Astro: the frontmatter and
 * every `<script>` element.
 */
export function scriptBlocks(file: string, text: string): ScriptBlock[] {
  const host = path.extname(file).slice(1).toLowerCase();
  const blocks: ScriptBlock[] = [];
  let i = 0;
  if (host === 'astro') {
    const fm = frontmatter(text);
    if (fm) {
      blocks.push(fm);
      i = fm.offset + fm.text.length;
    }
  }
  let depth = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      i = end < 0 ? text.length : end + 3;
      continue;
    }
    if (text[lt + 1] === '/') {
      const m = /<\/([A-Za-z][\w:.-]*)\s*>/y;
      m.lastIndex = lt;
      if (m.exec(text)) {
        depth = Math.max(0, depth - 1);
        i = m.lastIndex;
      } else i = lt + 1;
      continue;
    }
    const tag = startTag(text, lt);
    if (!tag) {
      i = lt + 1;
      continue;
    }
    if (tag.name === 'script' || tag.name === 'style' || tag.name === 'textarea') {
      if (tag.selfClosing) {
        i = tag.end;
        continue;
      }
      // Raw text up to the end tag.
      const endRe = new RegExp(`</${tag.name}\\s*>`, 'ig');
      endRe.lastIndex = tag.end;
      const end = endRe.exec(text);
      const stop = end ? end.index : text.length;
      if (tag.name === 'script' && (depth === 0 || host === 'astro')) {
        const lang = scriptLang(tag.attrs, host);
        if (lang) blocks.push({ text: text.slice(tag.end, stop), offset: tag.end, lang });
      }
      i = end ? endRe.lastIndex : text.length;
      continue;
    }
    if (!tag.selfClosing && !VOID.has(tag.name)) depth++;
    i = tag.end;
  }
  return blocks;
}

/** 1-based line and column of `offset` in `text` (the column counts UTF-16 units, as ESLint's do). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** Maps a 1-based line and column in a block to the file (columns move only on the block's first line). */
export function toFilePosition(block: { line: number; column: number }, line: number, column: number): { line: number; column: number } {
  return line === 1 ? { line: block.line, column: block.column + column - 1 } : { line: block.line + line - 1, column };
}
