import { DEFAULT_TARGET, todayIso } from '../src/catalog/index.js';
import { type LegacyMessageId, legacyModelFindings } from '../src/analysis/checks/legacy-model.js';
import { TODAY_OPTION, createRule, analysisListeners, targetOption } from '../src/eslint/rule-support.js';

export interface Options {
  target?: string;
  allow?: string[];
  today?: string;
}

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
    schema: [
      {
        type: 'object',
        properties: {
          target: targetOption('The model the suggestion migrates to.'),
          allow: { type: 'array', items: { type: 'string' }, uniqueItems: true, description: 'Model ids to tolerate.' },
          today: TODAY_OPTION,
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const resolved = {
      target: options.target ?? DEFAULT_TARGET.value,
      allow: options.allow ?? [],
      today: options.today ?? todayIso(),
    };
    // A legacy id that a gateway still serves is an upgrade recommendation: `no-outdated-usage` reports it.
    return analysisListeners(context, (fa) => legacyModelFindings(fa, resolved).filter((f) => f.messageId !== 'upgradeRecommended'));
  },
});
