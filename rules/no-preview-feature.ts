import { todayIso } from '../src/catalog/index.js';
import { type PreviewFeatureMessageId, previewFeatureFindings } from '../src/analysis/checks/preview-feature.js';
import { TODAY_OPTION, createRule, analysisListeners } from '../src/eslint/rule-support.js';

export interface Options {
  today?: string;
}

export default createRule<[Options], PreviewFeatureMessageId>({
  name: 'no-preview-feature',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow image parameter values and sizes that are only in preview or experimental for the model',
      recommended: 'warn',
      strict: 'error',
    },
    messages: {
      previewValue:
        '`{{param}}: "{{value}}"` is in preview for `{{model}}`: it may be rejected or change without notice. Check it with `gpt-image verify`, or pick a model that supports it fully.',
      experimentalSize:
        '`size: "{{value}}"` ({{pixels}} pixels) is above the {{limit}} pixels OpenAI documents as experimental for `{{model}}`: results may vary.',
    },
    defaultOptions: [{}],
    schema: [
      {
        type: 'object',
        properties: {
          today: TODAY_OPTION,
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    return analysisListeners(context, (fa) => previewFeatureFindings(fa, { today: options.today ?? todayIso() }));
  },
});
