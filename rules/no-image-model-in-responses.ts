import { DEFAULT_TARGET, DEFAULT_TEXT_MODEL, todayIso } from '../src/catalog/index.js';
import {
  type ImageModelInResponsesMessageId,
  imageModelInResponsesFindings,
} from '../src/analysis/checks/image-model-in-responses.js';
import { TODAY_OPTION, analysisListeners, createRule, targetOption, textModelOption } from '../src/eslint/rule-support.js';

export interface Options {
  textModel?: string;
  target?: string;
  today?: string;
}

export default createRule<[Options], ImageModelInResponsesMessageId>({
  name: 'no-image-model-in-responses',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow image models as the top-level model of Responses and Chat Completions requests',
      recommended: 'error',
      strict: 'error',
    },
    hasSuggestions: true,
    defaultOptions: [{ textModel: DEFAULT_TEXT_MODEL.value, target: DEFAULT_TARGET.value }],
    schema: [
      {
        type: 'object',
        properties: {
          textModel: textModelOption('The mainline model the suggestion puts at the top level.'),
          target: targetOption('The image model a legacy id becomes as the suggestion moves it into the tool.'),
          today: TODAY_OPTION,
        },
        additionalProperties: false,
      },
    ],
    messages: {
      imageModelInResponses:
        '`{{id}}` is an image model; as the top-level `model` of a Responses request it fails with {{error}}. Put it in the `image_generation` tool and use a text model such as `{{textModel}}` at the top level.',
      imageModelInChat:
        '`{{id}}` is an image model; Chat Completions does not serve it and the request fails. Call `images.generate`, or the Responses API with an `image_generation` tool.',
      noImageTool:
        '`{{id}}` cannot call the `image_generation` tool: the Responses API answers {{error}} Use a model that supports the tool, such as `{{textModel}}`.',
      moveToTool: 'Move `{{id}}` into the `image_generation` tool and use `{{textModel}}` at the top level.',
      moveMigratedToTool: 'Move the image model into the `image_generation` tool as `{{target}}` (in place of legacy `{{id}}`) and use `{{textModel}}` at the top level.',
      useTextModel: 'Use `{{textModel}}` at the top level.',
    },
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const textModel = options.textModel ?? DEFAULT_TEXT_MODEL.value;
    const target = options.target ?? DEFAULT_TARGET.value;
    // The date is asked only for a file with something to check.
    return analysisListeners(context, (fa) => imageModelInResponsesFindings(fa, { textModel, target, today: options.today ?? todayIso() }));
  },
});
