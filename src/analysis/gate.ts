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
import { IMAGE_TOOL_TYPE, LANGCHAIN, MODELS, OPENAI_V3, VERCEL } from '../catalog/index.js';
import { withoutLineComments, withoutTypeDeclarations } from './code-text.js';
import { importsEvidence } from './modules/gate.js';

/** openai v3's image methods all start so (`createImage`, `createImageEdit`, `createImageVariation`). */
const OPENAI_V3_IMAGE_PREFIX = Object.keys(OPENAI_V3.methods).reduce((a, b) => (b.startsWith(a) ? a : a.startsWith(b) ? b : a));
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The shortest spellings that every image model id (and the tool type) contains. */
function evidenceWords(): string[] {
  const all = [...new Set([...MODELS.map((m) => m.id), IMAGE_TOOL_TYPE.value])];
  return all.filter((id) => !all.some((other) => other !== id && id.includes(other)));
}
const EVIDENCE_WORDS = evidenceWords();
const LIBRARY_WORDS = [OPENAI_V3_IMAGE_PREFIX, LANGCHAIN.dalleClass, VERCEL.toolMethod];
/** The words of the tests below that do not contain `image`. */
const WITHOUT_IMAGE = [...EVIDENCE_WORDS, ...LIBRARY_WORDS].filter((w) => !w.includes('image'));
const IMAGES_METHOD = /generat|edit|ariation/;
const CHAT_WORDS = /responses|completions|tasks/;
const ESCAPES = /\\[ux]/;

/** The last question and its answer: every front end asks for one file several times in a row (to parse, per rule, to analyse). */
let last: { text: string; file: string | undefined; answer: boolean } | undefined;

export function mayContainImageCall(text: string, file?: string): boolean {
  if (last && last.text === text && last.file === file) return last.answer;
  const answer = gate(text, file);
  last = { text, file, answer };
  return answer;
}

function gate(text: string, file: string | undefined): boolean {
  // Cheap scans of the whole text first: most files fail them.
  const raw = ownEvidence(text);
  const chat = !!file && CHAT_WORDS.test(text);
  if (!raw && !chat) return false;
  const code = withoutLineComments(text);
  if (raw && (code === text || ownEvidence(code))) {
    const values = withoutTypeDeclarations(code);
    if (values === code || ownEvidence(values)) return true;
    // An id or the tool type written only in a type declaration reaches a
    // request through a declared union (flow/declared-unions.ts), and only a
    // Responses, chat or task request takes its evidence from an id: every
    // other shape is spelled in the code.
    if (CHAT_WORDS.test(values)) return true;
  }
  // A Responses, chat or task request whose model comes from a project module:
  // the module (or one it re-exports from) spells the id.
  return !!file && CHAT_WORDS.test(code) && importsEvidence(file, code, holdsModelId);
}

/** The evidence words that contain `image`, each with where `image` starts in it. */
const ANCHORED = [...EVIDENCE_WORDS, ...LIBRARY_WORDS].filter((w) => w.includes('image')).map((w) => ({ w, at: w.indexOf('image') }));
/** The AI SDK's `image(` / `imageModel(`, tried where an `image` starts. */
const AI_SDK_AT = new RegExp(`(?:${VERCEL.imageMethods.map(escapeRe).join('|')})\\b\\W{0,4}\\(`, 'y');
const WORD_CHAR = /\w/;

function ownEvidence(text: string): boolean {
  // Each occurrence of `image` is looked at where it stands, rather than the
  // whole text scanned once per word: one pass over a long text, not twenty.
  let i = text.indexOf('image');
  if (i < 0) return WITHOUT_IMAGE.some((w) => text.includes(w)) || maySpellWithEscapes(text);
  let images = false;
  for (; i >= 0; i = text.indexOf('image', i + 1)) {
    for (const { w, at } of ANCHORED) if (i >= at && text.startsWith(w, i - at)) return true;
    if (i === 0 || !WORD_CHAR.test(text[i - 1])) {
      AI_SDK_AT.lastIndex = i;
      if (AI_SDK_AT.test(text)) return true;
    }
    if (!images && text.startsWith('images', i)) images = true;
  }
  if (WITHOUT_IMAGE.some((w) => text.includes(w))) return true;
  if (images && IMAGES_METHOD.test(text)) return true;
  return maySpellWithEscapes(text);
}

/**
 * A module that may hold an image model id (or the tool type) as a value: a
 * whole string literal (the analysis resolves ids only from literals, never
 * from a longer string such as `'image_generation_call'`), or escapes.
 */
export function holdsModelId(text: string): boolean {
  if (!QUOTED_ID.test(text) && !(text.includes('\\') && ESCAPES.test(text))) return false;
  // In another module's type declarations an id is no value this file can import
  // (declared types are followed within a file only).
  const values = withoutTypeDeclarations(withoutLineComments(text));
  return values === text || QUOTED_ID.test(values) || (values.includes('\\') && ESCAPES.test(values));
}
const QUOTED_ID = new RegExp(`(['"\`])(?:${[...new Set([...MODELS.map((m) => m.id), IMAGE_TOOL_TYPE.value])].map(escapeRe).join('|')})\\1`);

function maySpellWithEscapes(text: string): boolean {
  return text.includes('\\') && ESCAPES.test(text) && CHAT_WORDS.test(text);
}

