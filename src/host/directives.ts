/**
 * Inline disable directives as ESLint honours them
 * (languages/js/source-code, lib/linter/apply-disable-directives.js):
 * `eslint-disable` / `eslint-enable` in block comments, with or without a
 * rule list; `eslint-disable-line` and `eslint-disable-next-line` in line and
 * block comments; a `-- reason` after the directive.
 *
 * Only directives naming this host's rules (or none) count: a rule of another
 * tool named in a directive is that tool's business, never an error here. A
 * rule id in this host's namespaces that names no rule is reported as ESLint
 * reports it ("Definition for rule ... was not found."). Unused directives
 * are not reported, and `eslint-env` comments are left alone. A problem a
 * directive covers gets `suppressions`; the linter moves it to
 * `suppressedMessages`.
 */
import type { Node } from '../analysis/ast.js';
import { type LintMessage, hostProblem } from './report.js';
import type { HostSourceCode } from './source-code.js';

type DirectiveType = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  type: DirectiveType;
  /** 1-based line, 1-based column: where the comment starts (ends, for `disable-next-line`). */
  line: number;
  column: number;
  /** null: every rule. */
  ruleId: string | null;
  justification: string;
}

/** How a rule id named in a directive is read: a rule of this host, one of its namespaces' unknown ids, or another tool's. */
export type RuleIdKind = 'rule' | 'unknown' | 'foreign';

const LABEL = /^([a-z]+(?:-[a-z]+)*)(?:\s|$)/u;
const LINE_LABELS = /^eslint-disable-(?:next-)?line$/u;
const DIRECTIVES = new Set(['eslint-disable', 'eslint-enable', 'eslint-disable-line', 'eslint-disable-next-line']);

/** `@eslint/plugin-kit`'s `parseDirective`: the label, its value and the justification after ` -- `. */
export function parseDirective(comment: string): { label: string; value: string; justification: string } | undefined {
  const sep = /\s-{2,}\s/u.exec(comment);
  const directive = (sep ? comment.slice(0, sep.index) : comment).trim();
  const justification = sep ? comment.slice(sep.index + sep[0].length).trim() : '';
  const m = LABEL.exec(directive);
  if (!m) return undefined;
  return { label: m[1], value: directive.slice(m.index + m[1].length).trim(), justification };
}

/** `parseListConfig`: the rule ids of `a, "b", 'c'`. */
export function parseRuleList(value: string): string[] {
  const ids = new Set<string>();
  for (const part of value.split(',')) {
    const id = part.trim().replace(/^(?<quote>['"]?)(?<ruleId>.*)\k<quote>$/su, '$<ruleId>');
    if (id) ids.add(id);
  }
  return [...ids];
}

/** The directives of the file's comments; problems (unknown rule ids of this host) go to `problems`. */
export function collectDirectives(sourceCode: HostSourceCode, kindOf: (ruleId: string) => RuleIdKind, problems: LintMessage[]): Directive[] {
  const out: Directive[] = [];
  for (const comment of sourceCode.getAllComments() as Node[]) {
    if ((comment.type !== 'Line' && comment.type !== 'Block') || !(comment.value as string).includes('eslint')) continue;
    const parsed = parseDirective(comment.value as string);
    if (!parsed || !DIRECTIVES.has(parsed.label)) continue;
    if (comment.type === 'Line' && !LINE_LABELS.test(parsed.label)) continue;
    const loc = sourceCode.getLoc(comment);
    // (ESLint reports a multi-line eslint-disable-line with no rule id: not this plugin's finding.)
    if (parsed.label === 'eslint-disable-line' && loc.start.line !== loc.end.line) continue;
    const type = parsed.label.slice('eslint-'.length) as DirectiveType;
    const at = type === 'disable-next-line' ? loc.end : loc.start;
    const ids = parseRuleList(parsed.value);
    for (const ruleId of ids.length ? ids : [null]) {
      const kind = ruleId === null ? 'rule' : kindOf(ruleId);
      if (kind === 'rule') out.push({ type, line: at.line, column: at.column + 1, ruleId, justification: parsed.justification });
      else if (kind === 'unknown') problems.push(hostProblem(ruleId, `Definition for rule '${ruleId}' was not found.`, loc));
    }
  }
  return out;
}

interface Step {
  type: 'disable' | 'enable';
  line: number;
  column: number;
  ruleId: string | null;
  source: Directive;
}

const compare = (a: { line: number; column: number }, b: { line: number; column: number }) => a.line - b.line || a.column - b.column;

type Suppressed = LintMessage & { suppressions?: { kind: 'directive'; justification: string }[] };

/** One pass of ESLint's `applyDirectives`: marks the problems a directive covers. */
function apply(problems: Suppressed[], steps: Step[]): void {
  if (!steps.length) return;
  for (const problem of problems) {
    let covering: Step[] = [];
    for (let i = 0; i < steps.length && compare(steps[i], problem) <= 0; i++) {
      const step = steps[i];
      if (step.ruleId !== null && step.ruleId !== problem.ruleId) continue;
      if (step.type === 'disable') covering.push(step);
      else covering = [];
    }
    if (!covering.length) continue;
    const suppressions = covering.map((s) => ({ kind: 'directive' as const, justification: s.source.justification }));
    problem.suppressions = problem.suppressions ? problem.suppressions.concat(suppressions) : suppressions;
  }
}

/**
 * Marks the problems (sorted by line and column) a directive suppresses with
 * their `suppressions`, block directives first, then line directives.
 */
export function applyDirectives(problems: LintMessage[], directives: Directive[]): LintMessage[] {
  if (!directives.length) return problems;
  const blocks: Step[] = directives
    .filter((d) => d.type === 'disable' || d.type === 'enable')
    .map((d) => ({ type: d.type as 'disable' | 'enable', line: d.line, column: d.column, ruleId: d.ruleId, source: d }))
    .sort(compare);
  const lines: Step[] = directives
    .flatMap((d): Step[] => {
      if (d.type === 'disable' || d.type === 'enable') return [];
      const line = d.type === 'disable-line' ? d.line : d.line + 1;
      return [
        { type: 'disable', line, column: 1, ruleId: d.ruleId, source: d },
        { type: 'enable', line: line + 1, column: 0, ruleId: d.ruleId, source: d },
      ];
    })
    .sort(compare);
  apply(problems, blocks);
  apply(problems, lines);
  return problems;
}
