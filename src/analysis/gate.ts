/**
 * The gate: text that cannot hold a finding is not walked (and, in the CLI,
 * migrate and verify, not even parsed). It must be sound: every file that
 * could produce a finding passes. A finding needs one of:
 *  - an Images API call: the `images` namespace (or path) and a method or
 *    path word (`generate`/`generations`, `edit`/`edits`,
 *    `createVariation`/`variations`), which the method name or URL spells;
 *  - a library's own image shape, named in the text: openai v3's
 *    `createImage…`, LangChain's `DallEAPIWrapper`, the tool factories'
 *    `imageGeneration`, the AI SDK's `image(` / `imageModel(`;
 *  - on a Responses, Chat Completions or task request, which alone prove
 *    nothing (every chat call has them): a string naming an image model or
 *    the `image_generation` tool. The analysis resolves strings only from
 *    literals, so such a string appears verbatim in the text, or spelled with
 *    escapes (`\u…`, `\x…`), which pass as well.
 * Model ids come from the catalog: a config module holding one passes too,
 * and so does a Responses, chat or task file (given its path) that imports a
 * project module holding one (`modules/gate.ts`).
 *
 * Comments hold no calls and no values, and type declarations no values:
 * the words are looked for in the text without its whole-line comments and
 * its `interface`/`type` declarations (`code-text.ts`), so a file whose doc
 * comments or types alone mention images (an SDK's, a chat client's) stays
 * out.
 */
import { HTTP_PATHS, IMAGE_TOOL_TYPE, LANGCHAIN, MODELS, OPENAI_V3, SDK_IMAGE_METHODS, VERCEL } from '../catalog/index.js';
import { withoutLineComments, withoutTypeDeclarations } from './code-text.js';
import { type Dep, capture, noteAll } from './disk.js';
import { importsEvidence } from './modules/gate.js';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every image model id and the tool type, as a value is compared with them. */
const IDS = new Set([...MODELS.map((m) => m.id), IMAGE_TOOL_TYPE.value]);
/** The shortest spellings that every image model id (and the tool type) contains. */
function evidenceWords(): string[] {
  const all = [...IDS];
  return all.filter((id) => !all.some((other) => other !== id && id.includes(other)));
}
const EVIDENCE_WORDS = evidenceWords();
/**
 * Library names the analysis matches as whole names: openai v3's methods
 * (`createImage`, never `createImageModel`) and the tool factory
 * (`imageGeneration`, never `imageGenerationArgsSchema`). LangChain's class
 * is matched anywhere in a name (a subclass may extend it).
 */
const WHOLE_NAMES = new Set([...Object.keys(OPENAI_V3.methods), VERCEL.toolMethod]);
const LIBRARY_WORDS = [...WHOLE_NAMES, LANGCHAIN.dalleClass];
/** The words of the tests below that do not contain `image`. */
const WITHOUT_IMAGE = [...EVIDENCE_WORDS, ...LIBRARY_WORDS].filter((w) => !w.includes('image'));
/** The same, in one scan (faster than one `includes` per word on a long text); a whole name stands alone. */
const WITHOUT_IMAGE_RE = new RegExp(WITHOUT_IMAGE.map((w) => (WHOLE_NAMES.has(w) ? `\\b${escapeRe(w)}\\b` : escapeRe(w))).join('|'));
/**
 * The Images API's method names and path words, whole (`images.generate`,
 * `/images/generations`): the analysis compares a member name, or a URL's
 * last path segment, with them.
 */
const IMAGES_METHOD = new RegExp(`\\b(?:${[...Object.keys(SDK_IMAGE_METHODS), ...HTTP_PATHS.value.filter((p) => Object.values(SDK_IMAGE_METHODS).includes(p.target as never)).map((p) => p.last)].map(escapeRe).join('|')})\\b`);
const CHAT_WORDS = /responses|completions|tasks/;
const ESCAPES = /\\[ux]/;

/** The last question and its answer (with the modules it read): every front end asks for one file several times in a row (to parse, per rule, to analyse). */
let last: { text: string; file: string | undefined; answer: boolean; deps: Dep[] } | undefined;

export function mayContainImageCall(text: string, file?: string): boolean {
  if (last && last.text === text && last.file === file) {
    noteAll(last.deps);
    return last.answer;
  }
  const { value: answer, deps } = capture(() => gate(text, file));
  last = { text, file, answer, deps };
  return answer;
}

function gate(text: string, file: string | undefined): boolean {
  // Cheap scans of the whole text first: most files fail them.
  const raw = ownEvidence(text);
  const chat = !!file && sendsImportable(text);
  if (!raw && !chat) return false;
  const code = withoutLineComments(text);
  if (raw && (code === text || ownEvidence(code))) {
    const values = withoutTypeDeclarations(code);
    if (values === code || ownEvidence(values)) return true;
    // An id or the tool type written only in a type declaration reaches a
    // request through a declared union (flow/declared-unions.ts), and only a
    // Responses, chat or task request takes its evidence from an id: every
    // other shape is spelled in the code. So the code must send one.
    if (sendsChatRequest(values)) return true;
  }
  return chatImportsEvidence(code, file);
}

/**
 * A Responses, chat or task request whose model comes from a project module:
 * the module (or one it re-exports from) spells the id. The request is sent
 * here, so the code names it: an SDK namespace, a path, or a URL kept under
 * such a name (`responsesUrl`, `tasks_endpoint`).
 */
function chatImportsEvidence(code: string, file: string | undefined): boolean {
  return !!file && sendsImportable(code) && importsEvidence(file, code, holdsModelId);
}

function sendsImportable(code: string): boolean {
  return CHAT_WORDS.test(code) && (CHAT_NAMESPACE.test(code) || CHAT_PATH.test(code) || CHAT_URL_NAME.test(code));
}
const CHAT_URL_NAME = /(?:responses|tasks|completions)_?(?:url|endpoint|path|api|uri)\b/i;

/** The SDK's Responses and chat namespaces (`client.responses`, `const { responses } = client; responses.create(…)`). */
const CHAT_NAMESPACE = /\.\s*(?:responses|completions)\b|\b(?:responses|completions)\s*\??\.\s*(?:create|stream|parse)\b/;
/** A Responses or task URL path (a matching URL spells both, in one literal or in pieces). */
const CHAT_PATH = /\/(?:responses|tasks)\b/;

/** Code that may send a Responses, chat or task request: through the SDK's namespaces, or to a `/v1/…` path. */
function sendsChatRequest(code: string): boolean {
  return CHAT_NAMESPACE.test(code) || (CHAT_PATH.test(code) && /\bv1\b/.test(code));
}

/**
 * How an evidence word must stand in the text: anywhere (a model id, also
 * inside a longer string such as a gateway's `openai/dall-e-3`), as a whole
 * name, or as a whole string literal. The tool type is only ever compared
 * whole (`type === 'image_generation'`, never `'image_generation_call'`).
 */
type Standing = 'anywhere' | 'name' | 'literal';
const standing = (w: string): Standing => (WHOLE_NAMES.has(w) ? 'name' : w === IMAGE_TOOL_TYPE.value ? 'literal' : 'anywhere');
/** The evidence words that contain `image`, each with where `image` starts in it. */
const ANCHORED = [...EVIDENCE_WORDS, ...LIBRARY_WORDS].filter((w) => w.includes('image')).map((w) => ({ w, at: w.indexOf('image'), how: standing(w) }));
/** The same words by the character that follows `image` in them: an occurrence is compared only with the words it can start. */
const ANCHORED_BY_NEXT = new Map<string, { w: string; at: number; how: Standing }[]>();
for (const a of ANCHORED) ANCHORED_BY_NEXT.set(a.w[a.at + 5] ?? '', [...(ANCHORED_BY_NEXT.get(a.w[a.at + 5] ?? '') ?? []), a]);
/** The AI SDK's `image(` / `imageModel(` (also `?.(`, `!(`, `)(`, `['image'](`), tried where an `image` starts. */
const AI_SDK_AT = new RegExp(`(?:${VERCEL.imageMethods.map(escapeRe).join('|')})(?:['"\`]\\])?[\\s)!?.]{0,4}\\(`, 'y');
/** What can follow `image` in the AI SDK's method names (`imageModel`): after any other word character it is not one. */
const AI_SDK_NEXT = new Set(VERCEL.imageMethods.map((m) => m[m.indexOf('image') + 5]).filter((c) => c !== undefined));
/** Whether `w`, found at `start` in `text`, stands there as it must. */
function standsAt(text: string, start: number, w: string, how: Standing): boolean {
  const end = start + w.length;
  if (how === 'anywhere') return true;
  if (how === 'name') return (start === 0 || !isWordChar(text.charCodeAt(start - 1))) && !isWordChar(text.charCodeAt(end));
  const q = text[start - 1];
  return (q === "'" || q === '"' || q === '`') && text[end] === q;
}

/**
 * The AI SDK's methods are member calls (`openai.image(…)`, `p?.imageModel(…)`,
 * `p['image'](…)`): a dot (after any white space) or a quote comes before the
 * name. A method or getter defined under the name (`imageModel(id) {`,
 * `get image() {`, `imageModel: (id) =>`) is none.
 */
function memberNameAt(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n' || text[j] === '\r')) j--;
  const c = text[j];
  return c === '.' || (j === i - 1 && (c === "'" || c === '"' || c === '`'));
}

/** `\w`, by character code (NaN past the end is none). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function ownEvidence(text: string): boolean {
  // Each occurrence of `image` is looked at where it stands, rather than the
  // whole text scanned once per word: one pass over a long text, not twenty.
  let i = text.indexOf('image');
  if (i < 0) return WITHOUT_IMAGE_RE.test(text) || maySpellWithEscapes(text);
  let images = false;
  for (; i >= 0; i = text.indexOf('image', i + 1)) {
    const next = text[i + 5] ?? '';
    const words = ANCHORED_BY_NEXT.get(next);
    if (words) for (const { w, at, how } of words) if (i >= at && text.startsWith(w, i - at) && standsAt(text, i - at, w, how)) return true;
    if ((!isWordChar(text.charCodeAt(i + 5)) || AI_SDK_NEXT.has(next)) && (i === 0 || !isWordChar(text.charCodeAt(i - 1))) && memberNameAt(text, i)) {
      AI_SDK_AT.lastIndex = i;
      if (AI_SDK_AT.test(text)) return true;
    }
    // The namespace (`client.images`) or a path segment (`/images/edits`): the whole word.
    if (next === 's' && !isWordChar(text.charCodeAt(i + 6)) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) images = true;
  }
  if (WITHOUT_IMAGE_RE.test(text)) return true;
  if (images && IMAGES_METHOD.test(text)) return true;
  return maySpellWithEscapes(text);
}

/**
 * A module that may hold an image model id (or the tool type) as a value: a
 * whole string literal (the analysis resolves ids only from literals, never
 * from a longer string such as `'image_generation_call'`), or escapes.
 */
export function holdsModelId(text: string): boolean {
  if (!QUOTED_ID.test(text) && !escapesAnId(text)) return false;
  // In another module's type declarations an id is no value this file can import
  // (declared types are followed within a file only).
  const values = withoutTypeDeclarations(withoutLineComments(text));
  return values === text || QUOTED_ID.test(values) || escapesAnId(values);
}
const QUOTED_ID = new RegExp(`(['"\`])(?:${[...IDS].map(escapeRe).join('|')})\\1`);

function maySpellWithEscapes(text: string): boolean {
  return text.includes('\\') && ESCAPES.test(text) && CHAT_WORDS.test(text) && escapedStrings(text).some((s) => s === undefined || EVIDENCE_WORDS.some((w) => s.includes(w)));
}

function escapesAnId(text: string): boolean {
  return text.includes('\\') && ESCAPES.test(text) && escapedStrings(text).some((s) => s === undefined || IDS.has(s));
}

/** A string literal (or a template without substitutions) that holds a `\\u` or `\\x` escape. */
const ESCAPED_LITERAL = /(['"`])((?:[^'"`\\\n]|\\[^])*?\\[ux](?:[^'"`\\\n]|\\[^])*?)\1/g;

/**
 * The values of the string literals that spell something with escapes
 * (`'dall\\u002De-3'`), decoded as the analysis reads them; undefined for
 * one that cannot be decoded here (a template with a substitution), which
 * counts as evidence.
 */
function escapedStrings(text: string): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  for (const m of text.matchAll(ESCAPED_LITERAL)) {
    if (m[1] === '`' && m[2].includes('${')) out.push(undefined);
    else out.push(decodeEscapes(m[2]));
  }
  return out;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0' };

function decodeEscapes(body: string): string | undefined {
  try {
    return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r?\n|[^])/g, (_, e: string) => {
      if (e[0] === 'u' || e[0] === 'x') return String.fromCodePoint(parseInt(e[1] === '{' ? e.slice(2, -1) : e.slice(1), 16));
      if (e === '\n' || e === '\r\n') return '';
      return SIMPLE_ESCAPES[e] ?? e;
    });
  } catch {
    return undefined;
  }
}
