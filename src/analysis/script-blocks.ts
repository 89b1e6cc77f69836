/**
 * The JavaScript and TypeScript inside component files: the top-level
 * `<script>` blocks of `.vue` and `.svelte` files (`lang="ts"`,
 * `<script setup>`, `<script context="module">` / `<script module>`), and the
 * frontmatter (`---` ... `---`) of `.astro` files.
 *
 * Parser-agnostic: a block is its text, where it starts in the file and its
 * language. The blocks of one component share one scope (Svelte's module
 * script defines what the instance script uses; Vue's `<script>` and
 * `<script setup>` are one module), so `maskedScript` gives them to a parser
 * as one program: the file's text with everything outside the blocks blanked
 * (line breaks kept). Its offsets, lines and columns are the file's own, so
 * findings need no mapping and edits land in the file's text; the caller
 * checks (`outsideBlocks`) that they left the markup byte-identical.
 * Template expressions (`{{ }}`, `{ }`) and the browser `<script>` tags of
 * an Astro page are not read.
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
  // A name, and a value: quoted, braced (`on:click={() => a > b}`, read by skipBraces) or bare.
  const attr = /\s*([^\s"'<>/={][^\s"'<>/=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{)|([^\s>"'=<`{][^\s>"'=<`]*)))?/y;
  const close = /\s*(\/?)>/y;
  for (;;) {
    close.lastIndex = i;
    const c = close.exec(text);
    if (c) return { name: name[1].toLowerCase(), attrs, end: close.lastIndex, selfClosing: c[1] === '/' };
    attr.lastIndex = i;
    const a = attr.exec(text);
    if (!a || attr.lastIndex === i) {
      // A Svelte shorthand or spread (`{src}`, `{...props}`), or a stray character (`/` not before `>`): step over it.
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
    if (a[4]) {
      const end = skipBraces(text, attr.lastIndex - 1);
      if (end < 0) return undefined;
      attrs.set(a[1].toLowerCase(), text.slice(attr.lastIndex - 1, end));
      i = end;
      continue;
    }
    attrs.set(a[1].toLowerCase(), a[2] ?? a[3] ?? a[5] ?? '');
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
function scriptLang(attrs: Map<string, string>): BlockLang | undefined {
  if (attrs.has('src')) return undefined;
  const type = (attrs.get('type') ?? '').trim().toLowerCase();
  if (!SCRIPT_TYPES.has(type)) return undefined;
  const lang = attrs.get('lang');
  if (lang !== undefined) return LANGS[lang.trim().toLowerCase()];
  return type.includes('typescript') ? 'ts' : 'js';
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
 * The script blocks of a `.vue`, `.svelte` or `.astro` file, in file order:
 * Vue's and Svelte's top-level `<script>` elements (a `<script>` inside the
 * markup is page HTML, not the component's code); Astro's frontmatter.
 */
export function scriptBlocks(file: string, text: string): ScriptBlock[] {
  const host = path.extname(file).slice(1).toLowerCase();
  if (host === 'astro') {
    const fm = frontmatter(text);
    return fm ? [fm] : [];
  }
  const blocks: ScriptBlock[] = [];
  let i = 0;
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
    if (RAW_TEXT.has(tag.name)) {
      if (tag.selfClosing) {
        i = tag.end;
        continue;
      }
      // Raw text up to the end tag.
      const endRe = new RegExp(`</${tag.name}\\s*>`, 'ig');
      endRe.lastIndex = tag.end;
      const end = endRe.exec(text);
      const stop = end ? end.index : text.length;
      // Top level; or at the start of a line, in case an end tag HTML lets markup omit (`</p>`, `</li>`) left the count high.
      if (tag.name === 'script' && (depth === 0 || lt === 0 || text[lt - 1] === '\n')) {
        const lang = scriptLang(tag.attrs);
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

/** Elements whose content is raw text, not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea']);

/** The language all blocks parse as together: TypeScript when one is, JSX when one is. */
function unitLang(blocks: readonly ScriptBlock[]): BlockLang {
  const ts = blocks.some((b) => b.lang === 'ts' || b.lang === 'tsx');
  const jsx = blocks.some((b) => b.lang === 'jsx' || b.lang === 'tsx');
  return `${ts ? 't' : 'j'}s${jsx ? 'x' : ''}` as BlockLang;
}

/** A whole-line `import ... from '...'` statement (one line or several, no braces inside strings). */
const IMPORT_LINE = /^[ \t]*import\s[^;'"`]*?\sfrom\s*(['"])[^'"\r\n]+\1[ \t]*;?/gm;

/**
 * The component's script as one program of the file's length: the blocks'
 * text in place, every other character blanked (a space; line breaks kept,
 * so lines and columns are the file's), and a `;` just after each block so
 * that one block's last statement does not run into the next block's first.
 * Undefined when the file has no script block.
 */
export function maskedScript(file: string, text: string): { text: string; lang: BlockLang; blocks: ScriptBlock[] } | undefined {
  const blocks = scriptBlocks(file, text);
  if (!blocks.length) return undefined;
  let out = '';
  let at = 0;
  const blank = (s: string) => s.replace(/[^\r\n\u2028\u2029]/g, ' ');
  // Vue merges `<script>` and `<script setup>` and drops an import written in both; so does this program.
  const seenImports = new Set<string>();
  const vue = path.extname(file).toLowerCase() === '.vue';
  for (const b of blocks) {
    let gap = blank(text.slice(at, b.offset));
    if (at > 0 && gap.startsWith(' ')) gap = `;${gap.slice(1)}`;
    let code = b.text;
    if (vue) {
      const here: string[] = [];
      code = code.replace(IMPORT_LINE, (stmt: string) => {
        const key = stmt.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim();
        here.push(key);
        return seenImports.has(key) ? blank(stmt) : stmt;
      });
      for (const k of here) seenImports.add(k);
    }
    out += gap + code;
    at = b.offset + b.text.length;
  }
  const tail = blank(text.slice(at));
  out += tail.startsWith(' ') ? `;${tail.slice(1)}` : tail;
  return { text: out, lang: unitLang(blocks), blocks };
}

/** The file's text outside its script blocks: what an edit of the scripts must leave as it was. */
export function outsideBlocks(file: string, text: string): string[] {
  const parts: string[] = [];
  let at = 0;
  for (const b of scriptBlocks(file, text)) {
    parts.push(text.slice(at, b.offset));
    at = b.offset + b.text.length;
  }
  parts.push(text.slice(at));
  return parts;
}
