import { DEFAULT_TARGET, todayIso } from '../src/catalog/index.js';
import { type OutdatedUsageMessageId, outdatedUsageFindings } from '../src/analysis/checks/outdated-usage.js';
import { TODAY_OPTION, analysisListeners, createRule, targetOption } from '../src/eslint/rule-support.js';

export interface Options {
  target?: string;
  allow?: string[];
  today?: string;
}

export default createRule<[Options], OutdatedUsageMessageId>({
  name: 'no-outdated-usage',
  meta: {
    type: 'suggestion',
    hasSuggestions: true,
    docs: {
      description: 'Disallow legacy image models and deprecated parameters that still work today, such as a legacy id a gateway still serves or `user`',
      recommended: 'warn',
      strict: 'warn',
    },
    messages: {
      upgradeRecommended:
        '`{{id}}` still works through {{gateway}}, which keeps serving it ({{openai}}); an upgrade is recommended.{{advice}}',
      deprecatedParam: '`{{param}}` is deprecated in favour of `{{instead}}`; it is still accepted for now. Send `{{instead}}` instead.',
      migrate: 'Migrate this call to `{{target}}` (and the parameters it does not accept).',
      renameParam: 'Rename `{{param}}` to `{{instead}}`.',
      removeParam: 'Remove `{{param}}` (`{{instead}}` is set and takes precedence).',
    },
    defaultOptions: [{ target: DEFAULT_TARGET.value, allow: [] }],
    schema: [
      {
        type: 'object',
        properties: {
          target: targetOption('The model the upgrade suggestion migrates to.'),
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
    return analysisListeners(context, (fa) => outdatedUsageFindings(fa, resolved));
  },
});
