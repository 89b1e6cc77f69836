/**
 * `context.report()` as ESLint's linter implements it (lib/linter/file-report.js):
 * the message from `meta.messages` with `{{data}}` filled in, 1-based line
 * and column, the fix (several merged into one) and the suggestions with
 * their `desc`, in ESLint's key order, so that a report is byte-identical.
 */
import type { Linter } from 'eslint';
import type { Node } from '../analysis/ast.js';
import type { HostSourceCode, Location, Position } from './source-code.js';

export type LintMessage = Linter.LintMessage;
export interface Fix {
  range: [number, number];
  text: string;
}

interface Suggest {
  desc?: string;
  messageId?: string;
  data?: Record<string, unknown>;
  fix: (fixer: RuleFixer) => Fix | Iterable<Fix> | null | undefined;
}

export interface ReportDescriptor {
  node?: Node;
  loc?: Location | Position;
  message?: string;
  messageId?: string;
  data?: Record<string, unknown>;
  fix?: ((fixer: RuleFixer) => Fix | Iterable<Fix> | null | undefined) | null;
  suggest?: Suggest[] | null;
}

export interface RuleMeta {
  messages?: Record<string, string>;
  fixable?: 'code' | 'whitespace';
  hasSuggestions?: boolean;
}

const PLACEHOLDER = /\{\{([^{}]+)\}\}/gu;

/** `{{ name }}` replaced by `data.name`; placeholders without data stay. */
export function interpolate(text: string, data: Record<string, unknown> | undefined): string {
  if (!data || !text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (whole, term: string) => {
    const key = term.trim();
    return key in data ? (data[key] as string) : whole;
  });
}

/** ESLint's `RuleFixer`: fixes as `{ range, text }`. */
export class RuleFixer {
  constructor(private readonly sourceCode: HostSourceCode) {}
  insertTextAfter(node: Node, text: string): Fix {
    return this.insertTextAfterRange(this.sourceCode.getRange(node), text);
  }
  insertTextAfterRange(range: readonly [number, number], text: string): Fix {
    return { range: [range[1], range[1]], text };
  }
  insertTextBefore(node: Node, text: string): Fix {
    return this.insertTextBeforeRange(this.sourceCode.getRange(node), text);
  }
  insertTextBeforeRange(range: readonly [number, number], text: string): Fix {
    return { range: [range[0], range[0]], text };
  }
  replaceText(node: Node, text: string): Fix {
    return this.replaceTextRange(this.sourceCode.getRange(node), text);
  }
  replaceTextRange(range: readonly [number, number], text: string): Fix {
    return { range: [range[0], range[1]], text };
  }
  remove(node: Node): Fix {
    return this.removeRange(this.sourceCode.getRange(node));
  }
  removeRange(range: readonly [number, number]): Fix {
    return { range: [range[0], range[1]], text: '' };
  }
}

function validFix(fix: Fix | null | undefined): void {
  if (fix && !(fix.range && typeof fix.range[0] === 'number' && typeof fix.range[1] === 'number')) {
    throw new Error(`Fix has invalid range: ${JSON.stringify(fix, null, 2)}`);
  }
}

/** Several fixes of one report as one (the text between them kept). */
function mergeFixes(fixes: Fix[], text: string): Fix | null {
  fixes.forEach(validFix);
  if (fixes.length === 0) return null;
  if (fixes.length === 1) return { range: [fixes[0].range[0], fixes[0].range[1]], text: fixes[0].text };
  fixes.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const start = fixes[0].range[0];
  const end = fixes.at(-1)!.range[1];
  let out = '';
  let last = Number.MIN_SAFE_INTEGER;
  for (const fix of fixes) {
    if (fix.range[0] < last) throw new Error('Fix objects must not be overlapped in a report.');
    if (fix.range[0] >= 0) out += text.slice(Math.max(0, start, last), fix.range[0]);
    out += fix.text;
    last = fix.range[1];
  }
  out += text.slice(Math.max(0, start, last), end);
  return { range: [start, end], text: out };
}

function normalizeFix(make: Suggest['fix'] | null | undefined, fixer: RuleFixer, text: string): Fix | null {
  if (typeof make !== 'function') return null;
  const fix = make(fixer);
  if (fix && Symbol.iterator in fix) return mergeFixes(Array.from(fix), text);
  const one = fix as Fix | null | undefined;
  validFix(one);
  return one ? { range: [one.range[0], one.range[1]], text: one.text } : null;
}

function messageOf(descriptor: ReportDescriptor, messages: Record<string, string> | undefined): string {
  if (descriptor.messageId) {
    if (!messages) throw new TypeError('context.report() called with a messageId, but no messages were present in the rule metadata.');
    if (descriptor.message) throw new TypeError('context.report() called with a message and a messageId. Please only pass one.');
    if (!Object.hasOwn(messages, descriptor.messageId)) {
      throw new TypeError(`context.report() called with a messageId of '${descriptor.messageId}' which is not present in the 'messages' config: ${JSON.stringify(messages, null, 2)}`);
    }
    return messages[descriptor.messageId];
  }
  if (descriptor.message) return descriptor.message;
  throw new TypeError('Missing `message` property in report() call; add a message that describes the linting problem.');
}

function validateSuggestions(suggest: Suggest[] | null | undefined, messages: Record<string, string> | undefined): void {
  for (const s of Array.isArray(suggest) ? suggest : []) {
    if (s.messageId) {
      if (!messages?.[s.messageId]) throw new TypeError(`context.report() called with a suggest option with a messageId '${s.messageId}' which is not present in the 'messages' config`);
      if (s.desc) throw new TypeError("context.report() called with a suggest option that defines both a 'messageId' and an 'desc'. Please only pass one.");
    } else if (!s.desc) {
      throw new TypeError("context.report() called with a suggest option that doesn't have either a `desc` or `messageId`");
    }
    if (typeof s.fix !== 'function') throw new TypeError('context.report() called with a suggest option without a fix function.');
  }
}

/**
 * The message a rule's `context.report(descriptor)` makes. `disableFixes`:
 * neither fix nor suggestions (a processor without autofix support).
 */
export function ruleMessage(
  sourceCode: HostSourceCode,
  ruleId: string,
  severity: 1 | 2,
  meta: RuleMeta | undefined,
  descriptor: ReportDescriptor,
  disableFixes = false,
): LintMessage {
  if (descriptor.node) {
    if (typeof descriptor.node !== 'object') throw new Error('Node must be an object');
  } else if (!descriptor.loc) {
    throw new Error('Node must be provided when reporting error if location is not provided');
  }
  const messages = meta?.messages;
  const template = messageOf(descriptor, messages);
  validateSuggestions(descriptor.suggest, messages);
  const loc: { start: Position; end: Position | null } = descriptor.loc
    ? 'start' in descriptor.loc
      ? descriptor.loc
      : { start: descriptor.loc, end: null }
    : sourceCode.getLoc(descriptor.node!);
  const fixer = new RuleFixer(sourceCode);
  const fix = disableFixes ? null : normalizeFix(descriptor.fix, fixer, sourceCode.text);
  const suggestions = disableFixes || !Array.isArray(descriptor.suggest)
    ? []
    : descriptor.suggest
        .map((s) => ({ ...s, desc: interpolate((s.desc || messages![s.messageId!]) as string, s.data), fix: normalizeFix(s.fix, fixer, sourceCode.text) }))
        .filter((s) => s.fix);
  const problem: Record<string, unknown> = {
    ruleId,
    severity,
    message: interpolate(template, descriptor.data),
    line: loc.start.line,
    column: loc.start.column + 1,
  };
  if (descriptor.messageId) problem.messageId = descriptor.messageId;
  if (loc.end) {
    problem.endLine = loc.end.line;
    problem.endColumn = loc.end.column + 1;
  }
  if (fix) problem.fix = fix;
  if (suggestions.length > 0) problem.suggestions = suggestions;
  if (problem.fix && !meta?.fixable) throw new Error('Fixable rules must set the `meta.fixable` property to "code" or "whitespace".');
  if (problem.suggestions && meta?.hasSuggestions !== true) throw new Error('Rules with suggestions must set the `meta.hasSuggestions` property to `true`.');
  return problem as unknown as LintMessage;
}

/** A problem the host reports itself (not a rule): ESLint's `createLintingProblem`. */
export function hostProblem(ruleId: string | null, message: string, loc: Location, severity: 1 | 2 = 2): LintMessage {
  return {
    ruleId,
    message,
    line: loc.start.line,
    column: loc.start.column + 1,
    endLine: loc.end.line,
    endColumn: loc.end.column + 1,
    severity,
  } as LintMessage;
}
