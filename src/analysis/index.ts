/**
 * The one analysis of a file. Both front ends call `analyzeFile` with their
 * root node and the file's text; the result is cached per root node, so every
 * rule in one ESLint run shares a single walk of the file.
 *
 * Transforms: parse with `parseBabel(text, filePath)` from here, not with
 * jscodeshift's `j(source)`: recast normalises CRLF before parsing, so its
 * offsets do not index the original text and text edits would land wrong.
 */
import type { Node } from './ast.js';
import { type CallAnalysis, findCalls } from './calls.js';
import { type FileIndex, buildIndex } from './scope.js';

export type { Node, Range } from './ast.js';
export type { Api, CallSite, ImageRequest } from './calls.js';
export { nodeInCall, imageTools, inCallRegion, clientKind } from './calls.js';
export type { ClientKind, ResultShape } from './calls.js';
export type { TextEdit } from './edits.js';
export { applyEdits, normalizeEdits } from './edits.js';
export type { Finding, Suggestion, MessageData } from './findings.js';
export type { TypedValues, Value } from './values.js';
import type { TypedValues } from './values.js';
export { resolve, stringCandidates, lookupProperty, objectEntries, isFullyKnown } from './values.js';
export type { FileIndex } from './scope.js';
export { parseBabel, parserNameFor } from './parse-babel.js';

export interface FileAnalysis extends CallAnalysis {
  index: FileIndex;
}

/**
 * Text that cannot contain an image call does not need a walk. Every call
 * shape the analysis recognises names one of these words: the SDK's
 * namespaces (`images`, `responses`, `completions`, which the HTTP paths
 * contain too), HiAPI's `tasks` path, the openai v3 methods (`createImage…`),
 * LangChain's `DallEAPIWrapper`, the tool factories (`imageGeneration`) and the
 * AI SDK's `image(` / `imageModel(`.
 */
const MAY_CALL = /images|responses|completions|tasks|createImage|DallEAPIWrapper|imageGeneration|\bimage(?:Model)?\b\W{0,4}\(/;

export function mayContainImageCall(text: string): boolean {
  return MAY_CALL.test(text);
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
 * `file` (an absolute path) lets values be followed into the modules the file
 * imports; `typed` gives the type checker's literal types when linting with types.
 */
export function analyzeFile(root: Node, text: string, file?: string, typed?: TypedValues): FileAnalysis {
  const hit = cache.get(root);
  if (hit && hit.index.text === text) return hit;
  let result: FileAnalysis;
  if (!mayContainImageCall(text)) {
    result = { index: EMPTY_INDEX(root, text), sites: [], requests: [] };
  } else {
    const index = buildIndex(root, text);
    index.file = file;
    index.typed = typed;
    result = { index, ...findCalls(index) };
  }
  cache.set(root, result);
  return result;
}
