/**
 * The thin layer between the analysis and ESLint: rule creation with a docs
 * URL derived from the rule name, and reporting of findings.
 */
import path from 'node:path';
import { ESLintUtils, type ParserServicesWithTypeInformation, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { typedValues } from './typed-values.js';
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

export const createRule = ESLintUtils.RuleCreator<GptImageDocs>(
  (name) => `${REPO_URL}/blob/main/docs/rules/${name}.md`,
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
  // The file's path lets values be followed into the modules it imports; parser services with a program give literal types.
  const file = path.isAbsolute(context.filename) ? context.filename : undefined;
  const services = context.sourceCode.parserServices;
  const typed = services?.program ? typedValues(services as ParserServicesWithTypeInformation) : undefined;
  return analyzeFile(program as unknown as Node, context.sourceCode.text, file, typed);
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
      fix: f.fix && f.fix.length && !f.fix.some((e) => e.file) ? (fixer) => toFixes(fixer, f.fix!) : null,
      // An edit of another module (where a value is defined) is `migrate`'s to make, not a suggestion's.
      suggest: f.suggestions.filter((s) => !s.edits.some((e) => e.file)).map((s) => ({
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
