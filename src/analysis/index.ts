/**
 * The one analysis of a file. Both front ends call `analyzeFile` with their
 * root node and the file's text; the result is cached per root node, so every
 * rule in one ESLint run shares a single walk of the file.
 *
 * Transforms: parse with `parseOxc(text, filePath)` from here, not with
 * jscodeshift's `j(source)`: recast normalises CRLF before parsing, so its
 * offsets do not index the original text and text edits would land wrong.
 */
import { IMAGE_TOOL_TYPE, LANGCHAIN, MODELS, OPENAI_V3, VERCEL } from '../catalog/index.js';
import type { Node } from './ast.js';
import { type CallAnalysis, findCalls } from './calls.js';
import { withFlow } from './flow/index.js';
import { importsEvidence } from './modules/gate.js';
import { type FileIndex, buildIndex } from './scope.js';

export type { Node, Range } from './ast.js';
export type { Api, CallSite, ImageRequest } from './calls.js';
export { nodeInCall, imageTools, inCallRegion, clientKind } from './calls.js';
export type { ClientKind, ResultShape } from './calls.js';
export { type ApiShape, type BaseSource, type Destination, type KeySource, destinationOf } from './calls/destination.js';
export type { TextEdit } from './edits.js';
export { applyEdits, normalizeEdits } from './edits.js';
export type { Finding, Suggestion, MessageData } from './findings.js';
export type { TypedValues, Value } from './values.js';
import type { TypedValues } from './values.js';
export { resolve, stringCandidates, lookupProperty, objectEntries, isFullyKnown } from './values.js';
export type { FileIndex } from './scope.js';
export { parseOxc, oxcLang, OxcSyntaxError } from './parse-oxc.js';

export interface FileAnalysis extends CallAnalysis {
  index: FileIndex;
}

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
 */
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
const AI_SDK_IMAGE = new RegExp(`\\b(?:${VERCEL.imageMethods.map(escapeRe).join('|')})\\b\\W{0,4}\\(`);
/** The words of the tests below that do not contain `image`. */
const WITHOUT_IMAGE = [...EVIDENCE_WORDS, ...LIBRARY_WORDS].filter((w) => !w.includes('image'));
const IMAGES_METHOD = /generat|edit|ariation/;
const CHAT_WORDS = /responses|completions|tasks/;
const ESCAPES = /\\[ux]/;

export function mayContainImageCall(text: string, file?: string): boolean {
  if (ownEvidence(text)) return true;
  // A Responses, chat or task request whose model comes from a project module:
  // the module (or one it re-exports from) spells the id.
  return !!file && CHAT_WORDS.test(text) && importsEvidence(file, text, holdsModelId);
}

function ownEvidence(text: string): boolean {
  // Plain `includes` scans, and most files fail the first: every image model
  // id but the DALL·E ones, the tool type and most shape words contain `image`.
  if (!text.includes('image')) return WITHOUT_IMAGE.some((w) => text.includes(w)) || maySpellWithEscapes(text);
  if (EVIDENCE_WORDS.some((w) => text.includes(w)) || LIBRARY_WORDS.some((w) => text.includes(w))) return true;
  if (AI_SDK_IMAGE.test(text)) return true;
  if (text.includes('images') && IMAGES_METHOD.test(text)) return true;
  return maySpellWithEscapes(text);
}

/** A module that may hold an image model id (or the tool type), spelled or escaped. */
function holdsModelId(text: string): boolean {
  return EVIDENCE_WORDS.some((w) => text.includes(w)) || (text.includes('\\') && ESCAPES.test(text));
}

function maySpellWithEscapes(text: string): boolean {
  return text.includes('\\') && ESCAPES.test(text) && CHAT_WORDS.test(text);
}

const cache = new WeakMap<Node, FileAnalysis>();

const EMPTY_INDEX = (root: Node, text: string): FileIndex => ({
  root,
  text,
  parents: new WeakMap(),
  calls: [],
  news: [],
  scopes: new Map(),
});

/**
 * The analysis of a file, once per tree. `collected`: the calls and `new`
 * expressions of the tree in source order, when the caller already visited
 * them (ESLint's traversal), so that no walk of ours is needed. `where.file`
 * (an absolute path) lets values be followed into the modules the file
 * imports; `where.typed` gives the type checker's literal types (typed linting).
 */
export function analyzeFile(
  root: Node,
  text: string,
  collected?: { calls: Node[]; news: Node[] },
  where: { file?: string; typed?: TypedValues } = {},
): FileAnalysis {
  const hit = cache.get(root);
  if (hit && hit.index.text === text) return hit;
  let result: FileAnalysis;
  if (!mayContainImageCall(text, where.file)) {
    result = { index: EMPTY_INDEX(root, text), sites: [], requests: [] };
  } else {
    const index = buildIndex(root, text, collected);
    index.file = where.file;
    index.typed = where.typed;
    result = { index, ...withFlow(index, findCalls(index)) };
  }
  cache.set(root, result);
  return result;
}
