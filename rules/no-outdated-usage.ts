import { DEFAULT_TARGET } from '../src/catalog/index.js';
import { type OutdatedUsageMessageId, outdatedUsageFindings } from '../src/analysis/checks/outdated-usage.js';
import { type ModelRuleOptions, analysisListeners, createRule, modelRuleSchema, resolveModelRuleOptions } from '../src/eslint/rule-support.js';

export type Options = ModelRuleOptions;

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
    schema: modelRuleSchema('The model the upgrade suggestion migrates to.'),
  },
  defaultOptions: [{}],
  create(context, [options]) {
    return analysisListeners(context, (fa) => outdatedUsageFindings(fa, resolveModelRuleOptions(options)));
  },
});
