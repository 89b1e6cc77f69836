/**
 * Applying fixes as ESLint's `SourceCodeFixer` does: the fixes in range
 * order, each skipped when it overlaps one already applied (its problem stays
 * reported), a leading BOM kept.
 */
import type { LintMessage } from './report.js';

const BOM = '\uFEFF';

export interface FixOutcome {
  fixed: boolean;
  /** The problems whose fix was not applied (or that had none), by line and column. */
  messages: LintMessage[];
  output: string;
}

export function applyFixes(sourceText: string, messages: LintMessage[]): FixOutcome {
  const withFix = messages.filter((m) => m.fix);
  if (!withFix.length) return { fixed: false, messages, output: sourceText };
  const remaining = messages.filter((m) => !m.fix);
  const bom = sourceText.startsWith(BOM) ? BOM : '';
  const text = bom ? sourceText.slice(1) : sourceText;
  let output = bom;
  let lastPos = Number.NEGATIVE_INFINITY;
  for (const problem of withFix.sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1])) {
    const [start, end] = problem.fix!.range;
    if (lastPos >= start || start > end) {
      remaining.push(problem);
      continue;
    }
    if ((start < 0 && end >= 0) || (start === 0 && problem.fix!.text.startsWith(BOM))) output = '';
    output += text.slice(Math.max(0, lastPos), Math.max(0, start)) + problem.fix!.text;
    lastPos = end;
  }
  output += text.slice(Math.max(0, lastPos));
  return { fixed: true, messages: remaining.sort((a, b) => a.line - b.line || a.column - b.column), output };
}
