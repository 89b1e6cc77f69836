/**
 * Reads of `url` on the result of a GPT image call: GPT image models return
 * base64 (`b64_json`) only, so the read is always `undefined`.
 */
import {
  DEFAULT_MODEL_WHEN_OMITTED,
  DEFAULT_OUTPUT_FORMAT,
  IMAGES_RESPONSE,
  OUTPUT_FORMAT_MIME,
  RETURNS_URL,
  TODO_MARKER,
  getModel,
} from '../../catalog/index.js';
import { type Node, isMember, rangeOf, stringValue, unwrap } from '../ast.js';
import { type ImageRequest, looksLikeImageRequest } from '../calls.js';
import { type TextEdit, insertAt, lineEnding, renameKey, replaceString } from '../edits.js';
import type { Finding, Suggestion } from '../findings.js';
import type { FileAnalysis } from '../index.js';
import type { FileIndex } from '../scope.js';
import { type UrlRead, urlReads } from '../results.js';
import { isFullyKnown, isObjectLike, lookupProperty, stringCandidates } from '../values.js';

export interface UrlResponseOptions {
  /** Offer the data-URL suggestion next to the `b64_json` one (default true). */
  dataUrl?: boolean;
}

export type UrlResponseMessageId = 'urlUndefined' | 'useB64Json' | 'useDataUrl';

/** The follow-up comment left by the `todo` mode; its wording is what keeps a second run from adding another. */
export const URL_TODO = `${TODO_MARKER}: GPT image models return base64 only, so \`url\` is undefined; read \`b64_json\` (decode it, or build a data URL).`;

/**
 * The model ids a request may be sent with, when all of them are known:
 * the `model` values, or the API default when the request certainly names none.
 */
export function certainModels(index: FileIndex, req: ImageRequest): string[] | undefined {
  const hit = req.model.hit;
  if (!hit) {
    if (req.model.uncertain || !isObjectLike(req.params) || !looksLikeImageRequest(index, req)) return undefined;
    return [DEFAULT_MODEL_WHEN_OMITTED[req.endpoint].value];
  }
  if (req.model.uncertain || !isFullyKnown(hit.value)) return undefined;
  const ids = stringCandidates(hit.value).map((c) => c.value);
  return ids.length ? ids : undefined;
}

/** True when every model the request may use returns no `url`. */
export function neverReturnsUrl(index: FileIndex, req: ImageRequest): string | undefined {
  const ids = certainModels(index, req);
  if (!ids) return undefined;
  for (const id of ids) {
    const model = getModel(id);
    if (!model || RETURNS_URL[model.line].value) return undefined;
  }
  return ids.join('` / `');
}

/** The MIME type of the images the request produces, when it is certain. */
export function outputMime(fa: FileAnalysis, req: ImageRequest, outputFormat?: string): string | undefined {
  const mimes = OUTPUT_FORMAT_MIME.value;
  if (outputFormat !== undefined) return mimes[outputFormat];
  const found = lookupProperty(fa.index, req.params, 'output_format');
  if (found.uncertain) return undefined;
  if (!found.hit) return mimes[DEFAULT_OUTPUT_FORMAT.value];
  const values = stringCandidates(found.hit.value);
  if (!isFullyKnown(found.hit.value) || values.length !== 1) return undefined;
  return mimes[values[0].value];
}

export function urlResponseFindings(fa: FileAnalysis, options: UrlResponseOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const read of urlReads(fa)) {
    const model = neverReturnsUrl(fa.index, read.request);
    if (!model) continue;
    const suggestions: Suggestion[] = [];
    const b64 = urlReadEdits(fa, read, 'b64_json');
    if (b64.length) suggestions.push({ messageId: 'useB64Json', data: { field: IMAGES_RESPONSE.value.base64 }, edits: b64 });
    const mime = outputMime(fa, read.request);
    if (options.dataUrl !== false && mime && isMember(read.node)) {
      suggestions.push({
        messageId: 'useDataUrl',
        data: { mime, field: IMAGES_RESPONSE.value.base64 },
        edits: urlReadEdits(fa, read, 'data-url'),
      });
    }
    findings.push({
      node: read.node,
      messageId: 'urlUndefined',
      data: { model, url: IMAGES_RESPONSE.value.url, field: IMAGES_RESPONSE.value.base64 },
      suggestions,
    });
  }
  return findings;
}

/**
 * The edits that replace one `url` read:
 * - `b64_json`: read `b64_json` instead (`res.data[0].b64_json`, `{ b64_json: url }`);
 * - `data-url`: a data URL built from `b64_json` with the MIME type of the
 *   call's `output_format` (or `outputFormat`); falls back to `todo` for
 *   destructuring reads and when the format is not known;
 * - `todo`: a `TODO(gpt-image)` comment above the statement, added once.
 */
export function urlReadEdits(fa: FileAnalysis, read: UrlRead, mode: 'b64_json' | 'data-url' | 'todo', outputFormat?: string): TextEdit[] {
  const text = fa.index.text;
  const { base64 } = IMAGES_RESPONSE.value;
  const node = read.node;
  if (mode === 'b64_json') {
    if (isMember(node)) {
      const prop = node.property as Node;
      if (!node.computed) return [{ range: rangeOf(prop), text: base64 }];
      const literal = unwrap(prop);
      return literal && stringValue(literal) !== undefined ? [replaceString(text, literal, base64)] : [];
    }
    if (node.shorthand) return [insertAt(rangeOf(node)[0], `${base64}: `)];
    if (node.computed) {
      const literal = unwrap(node.key);
      return literal && stringValue(literal) !== undefined ? [replaceString(text, literal, base64)] : [];
    }
    const e = renameKey(text, node, base64);
    return e ? [e] : [];
  }
  if (mode === 'data-url') {
    const mime = outputMime(fa, read.request, outputFormat);
    if (!mime || !isMember(node) || isAssignmentTarget(fa, node)) return urlReadEdits(fa, read, 'todo');
    const [os, oe] = rangeOf(node.object);
    const access = `${text.slice(os, oe)}${node.optional ? '?.' : '.'}${base64}`;
    return [{ range: rangeOf(node), text: `\`data:${mime};base64,\${${access}}\`` }];
  }
  return todoEdits(fa, node, URL_TODO);
}

function isAssignmentTarget(fa: FileAnalysis, node: Node): boolean {
  let cur = node;
  let p = fa.index.parents.get(cur);
  while (p && (p.type === 'ChainExpression' || p.type === 'ParenthesizedExpression' || p.type === 'TSNonNullExpression')) {
    cur = p;
    p = fa.index.parents.get(cur);
  }
  return !!p && ((p.type === 'AssignmentExpression' && p.left === cur) || p.type === 'UpdateExpression');
}

const STATEMENT_LISTS = new Set(['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase', 'TSModuleBlock', 'ClassBody']);

/** The statement (or class member) that contains `node`; an `export` counts as part of its declaration. */
export function enclosingStatement(fa: FileAnalysis, node: Node): Node {
  let cur = node;
  let p = fa.index.parents.get(cur);
  while (p) {
    const isBody = /Statement$/.test(p.type) && (p.body === cur || p.consequent === cur || p.alternate === cur);
    if (STATEMENT_LISTS.has(p.type) || isBody) return cur;
    cur = p;
    p = fa.index.parents.get(cur);
  }
  return cur;
}

/** A comment above the statement that contains `node`, unless the same comment is already there. */
export function todoEdits(fa: FileAnalysis, node: Node, comment: string): TextEdit[] {
  const text = fa.index.text;
  const stmt = enclosingStatement(fa, node);
  const start = rangeOf(stmt)[0];
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const prevLineStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : 0;
  if (text.slice(prevLineStart, start).includes(comment)) return [];
  const before = text.slice(lineStart, start);
  if (/^[ \t]*$/.test(before)) return [insertAt(start, `// ${comment}${lineEnding(text)}${before}`)];
  return [insertAt(start, `/* ${comment.replace(/\*\//g, '* /')} */ `)];
}
