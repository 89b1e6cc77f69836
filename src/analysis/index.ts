/**
 * The one analysis of a file. Both front ends call `analyzeFile` with their
 * root node and the file's text; the result is cached per root node, so every
 * rule in one ESLint run shares a single walk of the file.
 *
 * Transforms: parse with `parseOxc(text, filePath)` from here, not with
 * jscodeshift's `j(source)`: recast normalises CRLF before parsing, so its
 * offsets do not index the original text and text edits would land wrong.
 */
import type { Node } from './ast.js';
import { type CallAnalysis, findCalls } from './calls.js';
import { withFlow } from './flow/index.js';
import { mayContainImageCall } from './gate.js';
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
export { mayContainImageCall } from './gate.js';

export interface FileAnalysis extends CallAnalysis {
  index: FileIndex;
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
