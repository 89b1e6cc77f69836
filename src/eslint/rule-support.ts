/**
 * The thin layer between the analysis and ESLint: rule creation with a docs
 * URL derived from the rule name, and reporting of findings.
 */
import { ESLintUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { PACKAGE } from '../package-info.js';
import { type FileAnalysis, type Finding, type Node, type TextEdit, analyzeFile, normalizeEdits } from '../analysis/index.js';

export interface GptImageDocs {
  description: string;
  /** Level in the `recommended` preset; absent: not in it. */
  recommended?: 'error' | 'warn';
  /** Level in the `strict` preset; absent: not in it. */
  strict?: 'error' | 'warn';
  requiresTypeChecking?: false;
}

export const REPO_URL = 'https://github.com/eslint-plugin-gpt-image/eslint-plugin-gpt-image';

/** The rule docs of the installed version: the release tag `v<version>` of the repository. */
export const createRule = ESLintUtils.RuleCreator<GptImageDocs>(
  (name) => `${REPO_URL}/blob/v${PACKAGE.version}/docs/rules/${name}.md`,
);

/** The `today` option of the rules whose findings depend on the date (JSON schema). */
export const TODAY_OPTION = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'The date model statuses are computed for (YYYY-MM-DD); defaults to the current date.',
} as const;

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The analysis of the file being linted (shared by every rule of the run). */
export function analysisOf(context: AnyContext, program: TSESTree.Program): FileAnalysis {
  return analyzeFile(program as unknown as Node, context.sourceCode.text);
}

/** Reports findings, turning edit plans into fixes and suggestions. */
export function reportFindings(context: AnyContext, findings: readonly Finding[]): void {
  const seen = new Set<string>();
  for (const f of findings) {
    const key = `${f.messageId}:${(f.node.range ?? [f.node.start, f.node.end]).join('-')}:${JSON.stringify(f.data)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    context.report({
      node: f.node as unknown as TSESTree.Node,
      messageId: f.messageId,
      data: f.data as Record<string, unknown>,
      fix: f.fix && f.fix.length ? (fixer) => toFixes(fixer, f.fix!) : null,
      suggest: f.suggestions.map((s) => ({
        messageId: s.messageId,
        data: s.data as Record<string, unknown>,
        fix: (fixer: TSESLint.RuleFixer) => toFixes(fixer, s.edits),
      })),
    });
  }
}

function toFixes(fixer: TSESLint.RuleFixer, edits: TextEdit[]): TSESLint.RuleFix[] {
  return normalizeEdits(edits).map((e) => fixer.replaceTextRange([e.range[0], e.range[1]], e.text));
}
