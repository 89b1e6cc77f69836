import { type UrlResponseMessageId, urlResponseFindings } from '../src/analysis/checks/url-response.js';
import { createRule, analysisListeners } from '../src/eslint/rule-support.js';

export default createRule<[], UrlResponseMessageId>({
  name: 'no-url-response',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow reading `url` from the result of a GPT image model call, which returns base64 only',
      recommended: 'error',
      strict: 'error',
    },
    hasSuggestions: true,
    defaultOptions: [],
    schema: [],
    messages: {
      urlUndefined:
        '`{{model}}` returns images as base64 only, so `{{url}}` here is always undefined. Read `{{field}}` instead (decode it, or build a data URL from it).',
      urlUndefinedDefault:
        'This call names no model, so {{model}} serves it; it returns images as base64 only, so `{{url}}` here is always undefined. Read `{{field}}` instead (decode it, or build a data URL from it).',
      urlUndefinedOnSome:
        '`{{model}}` returns images as base64 only, so `{{url}}` here is undefined when the value comes from that request (another request that reaches it may return a URL). Read `{{field}}` on every path.',
      useB64Json: 'Read `{{field}}` (base64 image data) instead.',
      useDataUrl: 'Build a `data:{{mime}};base64,…` URL from `{{field}}`.',
    },
  },
  defaultOptions: [],
  create(context) {
    return analysisListeners(context, (fa) => urlResponseFindings(fa));
  },
});
