import { DEFAULT_TARGET, todayIso } from '../src/catalog/index.js';
import { type RequireModelMessageId, requireModelFindings } from '../src/analysis/checks/require-model.js';
import { TODAY_OPTION, createRule, analysisListeners, targetOption } from '../src/eslint/rule-support.js';

export interface Options {
  target?: string;
  today?: string;
  tools?: boolean;
}

export default createRule<[Options], RequireModelMessageId>({
  name: 'require-model',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require an explicit `model` on Images API calls and image_generation tools',
      recommended: 'error',
      strict: 'error',
    },
    hasSuggestions: true,
    defaultOptions: [{ target: DEFAULT_TARGET.value, tools: false }],
    schema: [
      {
        type: 'object',
        properties: {
          target: targetOption('The model the suggestion adds.'),
          today: TODAY_OPTION,
          tools: {
            type: 'boolean',
            description: 'Also report image_generation tools without a `model` (they run on the API\'s newest image model).',
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      missingModel: 'This {{call}} names no `model`, so {{consequence}}. Set `model` explicitly.',
      missingToolModel: 'This {{call}} names no `model`, so {{consequence}}. Set `model` on the tool explicitly.',
      missingModelWayOut: 'This {{call}} names no `model`, so {{consequence}}. {{wayOut}}',
      addModel: 'Add `model: "{{target}}"`.',
    },
  },
  defaultOptions: [{}],
  create(context, [options]) {
    return analysisListeners(context, (fa) =>
      requireModelFindings(fa, { target: options.target ?? DEFAULT_TARGET.value, today: options.today ?? todayIso(), tools: options.tools ?? false }),
    );
  },
});
