/**
 * A file's `LintResult`, exactly as ESLint's `lintFiles`/`lintText` give it
 * (lib/eslint/eslint-helpers.js `verifyText`): the same keys in the same
 * order, so that `JSON.stringify` of a result is byte-identical. Under
 * `--fix` the fixed text is `output` only when it still parses: fixes that
 * would leave a file that does not parse are not applied at all.
 */
import type { ESLint } from 'eslint';
import type { HostLinter } from './linter.js';
import type { LintMessage } from './report.js';

export type LintResult = ESLint.LintResult;

/** Errors, warnings and what of them is fixable (ESLint's `calculateStatsPerFile`). */
export function countMessages(messages: readonly LintMessage[]) {
  const stats = { errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const m of messages) {
    if (m.fatal || m.severity === 2) {
      stats.errorCount++;
      if (m.fatal) stats.fatalErrorCount++;
      if (m.fix) stats.fixableErrorCount++;
    } else {
      stats.warningCount++;
      if (m.fix) stats.fixableWarningCount++;
    }
  }
  return stats;
}

/** The deprecated rules among the enabled ones, as ESLint lists them in `usedDeprecatedRules`. */
export function usedDeprecatedRules(linter: HostLinter): ESLint.DeprecatedRuleUse[] {
  const out: ESLint.DeprecatedRuleUse[] = [];
  for (const ruleId of linter.ruleIds) {
    const meta = linter.rule(ruleId)?.meta;
    if (!meta?.deprecated) continue;
    if (typeof meta.deprecated === 'object') throw new Error(`Rule '${ruleId}': deprecation objects are not supported by the gpt-image lint host`);
    out.push({ ruleId, replacedBy: meta.replacedBy ?? [] });
  }
  return out;
}

/** Lints `text` as the absolute `filePath`; `fix`: apply fixes (`output` holds the fixed text when it differs). */
export function lintResult(linter: HostLinter, text: string, filePath: string, fix: boolean, deprecated: ESLint.DeprecatedRuleUse[] = []): LintResult {
  let run = linter.verifyAndFix(text, filePath, fix);
  if (run.fixed && run.messages.some((m) => m.fatal)) run = linter.verifyAndFix(text, filePath, false);
  const result: Record<string, unknown> = {
    filePath,
    messages: run.messages,
    suppressedMessages: run.suppressedMessages,
    ...countMessages(run.messages),
  };
  if (run.fixed) result.output = run.output;
  if ((result.errorCount as number) + (result.warningCount as number) > 0 && result.output === undefined) result.source = text;
  result.usedDeprecatedRules = deprecated;
  return result as unknown as LintResult;
}
