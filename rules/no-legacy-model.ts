import { DEFAULT_TARGET } from '../src/catalog/index.js';
import { type LegacyMessageId, legacyModelFindings } from '../src/analysis/checks/legacy-model.js';
import { type ModelRuleOptions, analysisListeners, createRule, modelRuleSchema, resolveModelRuleOptions } from '../src/eslint/rule-support.js';

export type Options = ModelRuleOptions;

export default createRule<[Options], Exclude<LegacyMessageId, 'upgradeRecommended'>>({
  name: 'no-legacy-model',
  meta: {
    type: 'problem',
    hasSuggestions: true,
    docs: {
      description: 'Disallow image models that OpenAI has shut down or deprecated',
      recommended: 'error',
      strict: 'error',
    },
    messages: {
      shutDown: '`{{id}}` was shut down on {{date}}; requests fail.{{advice}}',
      deprecated: '`{{id}}` is deprecated and shuts down on {{date}} ({{days}}).{{advice}}',
      retiredEndpoint: 'The image variations endpoint ({{call}}) is retired and no longer accepts requests, whatever the model. {{wayOut}}',
      migrate: 'Migrate this call to `{{target}}` (and the parameters it does not accept).',
    },
    defaultOptions: [{ target: DEFAULT_TARGET.value, allow: [] }],
    schema: modelRuleSchema('The model the suggestion migrates to.'),
  },
  defaultOptions: [{}],
  create(context, [options]) {
    // A legacy id that a gateway still serves is an upgrade recommendation: `no-outdated-usage` reports it.
    return analysisListeners(context, (fa) => legacyModelFindings(fa, resolveModelRuleOptions(options)).filter((f) => f.messageId !== 'upgradeRecommended'));
  },
});
