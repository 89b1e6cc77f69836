/**
 * eslint-doc-generator: the README rule table and each rule doc's header.
 * `npm run docs` writes them; `npm run docs:check` (run by `npm test`) fails
 * when they are out of date. Reads the built plugin (`dist/`, the package's
 * main entry, whose only export is the plugin object).
 *
 * @type {import('eslint-doc-generator').GenerateOptions}
 */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ignoreConfig: ['all'],
  ruleDocTitleFormat: 'desc-parens-prefix-name',
  ruleDocNotices: ['deprecated', 'configs', 'fixableAndHasSuggestions', 'options'],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions', 'options'],
  pathRuleList: 'README.md',
  pathRuleDoc: 'docs/rules/{name}.md',
};

export default config;
