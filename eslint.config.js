/**
 * Self-lint of the plugin's own rules and their tests with
 * eslint-plugin-eslint-plugin, parsed by typescript-eslint. `npm run lint`.
 */
import tsParser from '@typescript-eslint/parser';
import eslintPlugin from 'eslint-plugin-eslint-plugin';

const rulesConfig = eslintPlugin.configs['rules-recommended'];
const testsConfig = eslintPlugin.configs['tests-recommended'];

export default [
  {
    // Only the rules, their support code and the tests; fixtures are deliberately wrong code.
    ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**', 'test/behaviour/programs/**', 'examples/**', '.doc-plugin/**', 'src/**', 'transforms/**', 'bench/**', '**/*.d.ts'],
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser, sourceType: 'module' },
  },
  {
    ...rulesConfig,
    files: ['rules/**/*.ts'],
    rules: {
      ...rulesConfig.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Disallow|Require|Enforce) ' }],
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/prefer-placeholders': 'error',
      'eslint-plugin/no-unused-placeholders': 'error',
      // Reports and suggestions go through `reportFindings` (src/eslint/rule-support.ts),
      // which this rule cannot follow; RuleTester checks every suggestion instead.
      'eslint-plugin/require-meta-has-suggestions': 'off',
      // Defaults are applied by typescript-eslint's RuleCreator (`defaultOptions`).
      'eslint-plugin/require-meta-default-options': 'off',
    },
  },
  {
    ...testsConfig,
    files: ['test/**/*.test.ts'],
  },
];
