/**
 * Flow through the project's own code: the requests a file sends through
 * its own functions (wrappers) and the request objects it declares with the
 * SDK's request types. `analyzeFile` adds them to the direct calls.
 */
import { rangeOf } from '../ast.js';
import type { CallAnalysis, ImageRequest } from '../calls.js';
import type { FileIndex } from '../scope.js';
import { declaredRequests } from './declared.js';
import { directCalls, wrapperCallsIn } from './summaries.js';

export { summaryOf, wrapperCallsIn, directCalls } from './summaries.js';
export { calledFunction, definitionOf } from './functions.js';

/** The direct calls plus the requests sent through wrappers and the declared request objects, in source order. */
export function withFlow(index: FileIndex, found: CallAnalysis): CallAnalysis {
  directCalls(index, found);
  const wrapped = wrapperCallsIn(index, undefined);
  const declared = declaredRequests(index, found, wrapped);
  if (!wrapped.sites.length && !declared.sites.length) return found;
  const start = (r: ImageRequest) => rangeOf(r.site.call)[0];
  const replaced = new Set(wrapped.sites.map((s) => s.call));
  const own = { sites: found.sites.filter((s) => !replaced.has(s.call)), requests: found.requests.filter((r) => !replaced.has(r.site.call)) };
  const sites = [...own.sites, ...wrapped.sites, ...declared.sites].sort((a, b) => rangeOf(a.call)[0] - rangeOf(b.call)[0]);
  const requests = [...own.requests, ...wrapped.requests, ...declared.requests].sort((a, b) => start(a) - start(b));
  return { sites, requests };
}
