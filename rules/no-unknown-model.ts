import { type UnknownModelMessageId, unknownModelFindings } from '../src/analysis/checks/unknown-model.js';
import { createRule, analysisListeners } from '../src/eslint/rule-support.js';

export interface Options {
  allow?: string[];
}

export default createRule<[Options], UnknownModelMessageId>({
  name: 'no-unknown-model',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow image model ids that OpenAI does not serve: gateway spellings, typos and ids that never existed',
      recommended: 'error',
      strict: 'error',
    },
    hasSuggestions: true,
    defaultOptions: [{ allow: [] }],
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Model ids to accept, such as gateway ids a team really uses; `*` matches any characters.',
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      notServed:
        '`{{id}}` is not an image model OpenAI serves (as of {{asOf}}); requests to api.openai.com fail with 404 model_not_found. If OpenAI released it since, add it to `allow`.',
      unlistedSnapshot:
        '`{{id}}` is not a snapshot the catalog knows: OpenAI listed no such dated id of `{{alias}}` as of {{asOf}}. If it exists now, add it to `allow`; otherwise use `{{alias}}`.',
      gatewayId:
        '`{{id}}` is a gateway-style id (as {{usedBy}} spell them); api.openai.com does not accept it. Use {{base}}, or add the id to `allow` if this client talks to that gateway.',
      nearMiss: '`{{id}}` is not an OpenAI model id; requests fail with 404 model_not_found. Did you mean {{advice}}?',
      nonexistent: '`{{id}}` has never been an OpenAI model id; requests fail with 404 model_not_found.{{advice}}',
      gatewayClient:
        '`{{id}}` is not an OpenAI model id ({{why}}). This client sends to {{where}}, which may accept it: add the id to `allow` if it does.',
      taskIdNotPlain: '`{{id}}` is not a plain model id; the {{api}} answers 400 to suffixed ids. Use {{base}}.',
      taskNotHosted: '`{{id}}` is not hosted on the {{api}}; requests fail.',
      didYouMean: 'Use `{{id}}`.',
    },
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const allow = options.allow ?? [];
    return analysisListeners(context, (fa) => unknownModelFindings(fa, { allow }));
  },
});
