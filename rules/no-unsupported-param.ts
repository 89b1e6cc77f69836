import { type UnsupportedParamMessageId, unsupportedParamFindings } from '../src/analysis/checks/unsupported-param.js';
import { createRule, analysisListeners } from '../src/eslint/rule-support.js';

export default createRule<[], UnsupportedParamMessageId>({
  name: 'no-unsupported-param',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow image parameters, values and sizes that the model of the request does not accept',
      recommended: 'error',
      strict: 'error',
    },
    fixable: 'code',
    hasSuggestions: true,
    defaultOptions: [],
    schema: [],
    messages: {
      unsupported: '`{{param}}` is not accepted {{where}}: {{reason}}',
      omit: 'Omit `{{param}}` {{where}}: {{reason}}',
      badValue: '`{{param}}: "{{value}}"` is not accepted {{where}}; the request fails. Use one of: {{allowed}}.',
      outOfRange: '`{{param}}: {{value}}` is {{limit}} {{where}}; the request fails.',
      badSize: '`size: "{{value}}"` is not accepted {{where}}: {{reason}}.',
      combination: '{{message}}, but `{{other}}` is {{value}}. Change one of them.',
      combinationAbsent: '{{message}}, but `{{other}}` is not set. Set it, or remove this parameter.',
      combinationDefault:
        '{{message}}, but `{{other}}` is not set, so it is "{{value}}" (the default) and this parameter does nothing. Set `{{other}}`, or remove this parameter.',
      exclusion: '`{{param}}` cannot be combined with {{trigger}}: {{message}}; the request fails. Remove one of them.',
      toolChoiceWithoutTool:
        '`tool_choice` forces the `{{tool}}` tool, but `tools` does not include it; the API answers {{error}} Add the tool to `tools` or remove `tool_choice`.',
      librarySends: '{{library}} always sends `{{param}}: "{{value}}"`, which `{{model}}` does not accept ({{reason}}); the request fails. {{wayOut}}',
      removeParam: 'Remove `{{param}}`.',
      replaceValue: 'Use `{{param}}: {{value}}`.',
    },
  },
  defaultOptions: [],
  create(context) {
    return analysisListeners(context, (fa) => unsupportedParamFindings(fa));
  },
});
