/**
 * Rule-configuring comments (`/* eslint gpt-image/no-legacy-model: off *\/`,
 * `"warn"`, `["error", { "allow": ["dall-e-3"] }]`) as ESLint applies them to
 * the rules of this host: for the whole file, the first comment naming a
 * rule winning, a severity alone keeping the configured options. Rules of
 * other tools are left alone, an unknown id in this host's namespaces is
 * reported as ESLint reports it.
 *
 * The comment is read as ESLint reads it: levn's loose syntax (bare words,
 * numbers, arrays, objects), then ESLint's JSON fallback. A comment read neither way is
 * ignored (ESLint would stop at it with a fatal "Failed to parse" error, as
 * it stops at `eslint-env` comments, which are ignored here too). Options
 * given in a comment are not checked against the rule's schema, and an
 * entry whose severity is not one is ignored (ESLint reports both).
 */
import type { Node } from '../analysis/ast.js';
import { parseDirective, type RuleIdKind } from './directives.js';
import { type LintMessage, hostProblem } from './report.js';
import type { HostSourceCode } from './source-code.js';

export type InlineEntry = [0 | 1 | 2, ...unknown[]];

const SEVERITY: Record<string, 0 | 1 | 2> = { 0: 0, 1: 1, 2: 2, off: 0, warn: 1, error: 2 };
/** A reader of levn's loose object syntax as ESLint uses it: bare or quoted keys and strings, numbers, booleans, null, arrays, objects. */
class Loose {
  private i = 0;
  constructor(private readonly s: string) {}

  static object(text: string): Record<string, unknown> | undefined {
    const r = new Loose(text);
    try {
      r.space();
      const value = r.s[r.i] === '{' ? r.value() : r.members('');
      r.space();
      return r.i === r.s.length && typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }

  private space(): void {
    while (this.i < this.s.length && /\s/u.test(this.s[this.i])) this.i++;
  }

  private members(close: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.space();
    if (close && this.s[this.i] === close) return out;
    for (;;) {
      const key = this.token(':');
      this.space();
      if (this.s[this.i++] !== ':') throw new Error('expected :');
      out[String(key)] = this.value(close);
      this.space();
      if (this.s[this.i] !== ',') return out;
      this.i++;
    }
  }

  private value(close = ''): unknown {
    this.space();
    const c = this.s[this.i];
    if (c === '[') {
      this.i++;
      const items: unknown[] = [];
      this.space();
      if (this.s[this.i] !== ']') {
        for (;;) {
          items.push(this.value(']'));
          this.space();
          if (this.s[this.i] !== ',') break;
          this.i++;
        }
      }
      if (this.s[this.i++] !== ']') throw new Error('expected ]');
      return items;
    }
    if (c === '{') {
      this.i++;
      const obj = this.members('}');
      this.space();
      if (this.s[this.i++] !== '}') throw new Error('expected }');
      return obj;
    }
    return this.token(`,${close}`);
  }

  /** A quoted string, or a bare word up to one of `stops` (typed: number, boolean, null). */
  private token(stops: string): unknown {
    this.space();
    const q = this.s[this.i];
    if (q === '"' || q === "'") {
      let out = '';
      for (this.i++; this.i < this.s.length && this.s[this.i] !== q; this.i++) out += this.s[this.i] === '\\' ? this.s[++this.i] : this.s[this.i];
      if (this.s[this.i++] !== q) throw new Error('unterminated string');
      return out;
    }
    const start = this.i;
    while (this.i < this.s.length && !stops.includes(this.s[this.i]) && !'[]{}'.includes(this.s[this.i])) this.i++;
    const word = this.s.slice(start, this.i).trim();
    if (!word) throw new Error('expected a value');
    if (stops === ':') return word;
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    if (word === 'undefined') return undefined;
    if (/^-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/iu.test(word)) return Number(word);
    return word;
  }
}

/** The rules a comment's value configures, or undefined when it does not read (ESLint: levn, then its JSON fallback). */
export function parseRulesComment(value: string): Record<string, unknown> | undefined {
  const loose = Loose.object(value);
  if (loose && Object.values(loose).every((v) => String(Array.isArray(v) ? v[0] : v) in SEVERITY)) return loose;
  // ESLint's fallback when levn cannot read it (or a severity is not one): the keys quoted, then JSON.
  const normalized = value.replace(/(?<![-a-zA-Z0-9/])([-a-zA-Z0-9/]+):/gu, '"$1":').replace(/([\]0-9])\s+(?=")/u, '$1,');
  try {
    const parsed = JSON.parse(`{${normalized}}`) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The entries (`[severity, ...options]`, options as given) the file's
 * `/* eslint ... *\/` comments set for this host's rules, in the order met.
 * Problems (unknown rule ids of this host's namespaces) go to `problems`.
 */
export function inlineRuleConfig(sourceCode: HostSourceCode, kindOf: (ruleId: string) => RuleIdKind, problems: LintMessage[]): Map<string, InlineEntry> {
  const out = new Map<string, InlineEntry>();
  for (const comment of sourceCode.getAllComments() as Node[]) {
    if (comment.type !== 'Block' || !(comment.value as string).includes('eslint')) continue;
    const parsed = parseDirective(comment.value as string);
    if (parsed?.label !== 'eslint') continue;
    const rules = parseRulesComment(parsed.value);
    if (!rules) continue;
    for (const [ruleId, value] of Object.entries(rules)) {
      const kind = kindOf(ruleId);
      if (kind === 'foreign') continue;
      if (kind === 'unknown') {
        problems.push(hostProblem(ruleId, `Definition for rule '${ruleId}' was not found.`, sourceCode.getLoc(comment)));
        continue;
      }
      // (ESLint reports a second comment for the same rule without a rule id: not this plugin's finding)
      if (out.has(ruleId)) continue;
      const [level, ...options] = Array.isArray(value) ? value : [value];
      const severity = SEVERITY[String(level)];
      if (severity === undefined) continue;
      out.set(ruleId, [severity, ...options]);
    }
  }
  return out;
}
