/**
 * Finds the calls that reach OpenAI's image APIs and the image requests they
 * carry. The call shape and its argument are what count: clients are usually
 * created in another module, so the receiver can be anything.
 */
import { isCall, rangeOf } from './ast.js';
import { aiSdkRequest, vercelGenerateCalls } from './calls/ai-sdk.js';
import { httpRequest } from './calls/http.js';
import { dalleWrapperRequest } from './calls/langchain.js';
import { sdkRequest } from './calls/sdk.js';
import type { CallSite, ImageRequest } from './calls/shared.js';
import { toolFactoryRequest } from './calls/tools.js';
import { v3Request } from './calls/v3.js';
import type { FileIndex } from './scope.js';

export type { Api, CallSite, HttpTargetInfo, ImageRequest, ResultShape } from './calls/shared.js';
export { imageTools, inCallRegion, nodeInCall } from './calls/shared.js';
export { type ClientKind, clientEndpoint, clientKind, looksLikeImageRequest } from './calls/client.js';

export interface CallAnalysis {
  sites: CallSite[];
  requests: ImageRequest[];
}

export function findCalls(index: FileIndex): CallAnalysis {
  const sites: CallSite[] = [];
  const requests: ImageRequest[] = [];
  const vercelModels = vercelGenerateCalls(index);
  for (const call of index.calls) {
    if (!isCall(call)) continue;
    const found =
      sdkRequest(index, call) ?? v3Request(index, call) ?? aiSdkRequest(index, call, vercelModels) ?? toolFactoryRequest(index, call) ?? httpRequest(index, call);
    if (!found) continue;
    sites.push(found.site);
    requests.push(...found.requests);
  }
  for (const node of index.news) {
    const found = dalleWrapperRequest(index, node);
    if (!found) continue;
    sites.push(found.site);
    requests.push(...found.requests);
  }
  // Source order (sorting is stable: the tools of one call keep theirs).
  const start = (site: CallSite) => rangeOf(site.call)[0];
  sites.sort((a, b) => start(a) - start(b));
  requests.sort((a, b) => start(a.site) - start(b.site));
  return { sites, requests };
}
