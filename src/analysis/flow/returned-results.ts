/**
 * A request's whole result handed back by the function that makes it
 * (`return response`, `return await openai.images.generate(...)`): who reads
 * it. The return is followed to the function's callers (`callers.ts`), in its
 * own module and in the modules that import it, and on through callers that
 * return it again, a few levels up; at each caller the result is walked as
 * the call's own result is. Before a migration stops the images carrying a
 * `url`, a `.url` read there, a caller that cannot be seen, or a result passed
 * on where the walk stops means code elsewhere would read undefined.
 */
import path from 'node:path';
import { type Node, isFunctionLike, rangeOf } from '../ast.js';
import type { ImageRequest } from '../calls.js';
import { fileOf } from '../project.js';
import { type WholeResult, traceWholeResult } from '../results.js';
import type { FileIndex } from '../scope.js';
import { callersOf, isExportedFunction } from './callers.js';

export type ReturnedReaders =
  | { kind: 'none' }
  /** A `.url` read on the returned result (`where`: the read and its place). */
  | { kind: 'read'; where: string }
  /** A reader the walk cannot see (`where`: why). */
  | { kind: 'unseen'; where: string };

/** Callers of callers are followed this many levels up. */
const MAX_DEPTH = 3;

/** Who reads the result of `req` where the function that makes it returns it whole. */
export function returnedResultReaders(index: FileIndex, req: ImageRequest): ReturnedReaders {
  if (req.site.api !== 'images' || req.site.result !== 'sdk') return { kind: 'none' };
  return readersFrom(index, req.site.call, 'promise', 0);
}

function place(index: FileIndex, node: Node): string {
  const line = index.text.slice(0, rangeOf(node)[0]).split('\n').length;
  const file = fileOf(index);
  return file ? `${path.basename(file)}:${line}` : `line ${line}`;
}

function readersFrom(index: FileIndex, from: Node, level: WholeResult, depth: number): ReturnedReaders {
  let found: ReturnedReaders = { kind: 'none' };
  // A `.url` read is the most useful thing to name; else the first reader not seen.
  const note = (r: ReturnedReaders) => {
    if (r.kind === 'read' ? found.kind !== 'read' : found.kind === 'none') found = r;
  };
  traceWholeResult(index, from, level, {
    // At the request itself, `.url` reads and escapes are the url-read rewrite's and `resultEscapes`'s.
    read: (node) => {
      if (depth > 0) note({ kind: 'read', where: `\`${index.text.slice(...rangeOf(node)).replace(/\s+/g, ' ')}\` at ${place(index, node)}` });
    },
    escape: (node) => {
      if (depth > 0) note({ kind: 'unseen', where: `it is passed on at ${place(index, node)}` });
    },
    returned: (node, returnedLevel) => {
      if (found.kind === 'read') return;
      let fn = index.parents.get(node);
      while (fn && !isFunctionLike(fn)) fn = index.parents.get(fn);
      if (!fn) return;
      if (depth >= MAX_DEPTH) return note({ kind: 'unseen', where: `it is returned on at ${place(index, node)}, further than the migration follows` });
      const callers = callersOf(index, fn);
      if (callers.kind === 'unseen') return note({ kind: 'unseen', where: `it is returned at ${place(index, node)}, and ${callers.why}` });
      if (!callers.calls.length && isExportedFunction(index, fn)) return note({ kind: 'unseen', where: `it is returned at ${place(index, node)} by an exported function no module of the project calls` });
      const out: WholeResult = fn.async || returnedLevel === 'promise' ? 'promise' : 'response';
      for (const c of callers.calls) note(readersFrom(c.index, c.call, out, depth + 1));
    },
  });
  return found;
}
