/**
 * The rule host's linter: a file's text in, ESLint's messages out, as
 * ESLint's `Linter` gives them for a flat config with this plugin's rules,
 * `oxcParser` and (for component files) `scriptBlocksProcessor`: each file
 * parsed once, its rule-configuring comments read, every enabled rule created
 * with an ESLint-shaped context, one walk of the tree, inline directives
 * applied. `verifyAndFix` is ESLint's
 * multipass `--fix`.
 */
import path from 'node:path';
import type { Node } from '../analysis/ast.js';
import { type Directive, type RuleIdKind, applyDirectives, collectDirectives } from './directives.js';
import { applyFixes } from './fixes.js';
import { type InlineEntry, inlineRuleConfig } from './inline-config.js';
import { parseForHost } from './parse.js';
import { type LintMessage, type ReportDescriptor, type RuleMeta, ruleMessage } from './report.js';
import type { HostSourceCode } from './source-code.js';
import { Dispatcher, type RuleListeners, traverse } from './traverse.js';

export interface HostRule {
  meta?: RuleMeta & { defaultOptions?: unknown[]; deprecated?: unknown; replacedBy?: string[] };
  create(context: never): RuleListeners;
}

export interface HostPlugin {
  rules?: Record<string, unknown>;
}

/** An ESLint processor (`preprocess` / `postprocess`). */
export interface HostProcessor {
  supportsAutofix?: boolean;
  preprocess(text: string, filename: string): (string | { text: string; filename: string })[];
  postprocess(messages: LintMessage[][], filename: string): LintMessage[];
}

type Severity = 0 | 1 | 2 | 'off' | 'warn' | 'error';
export type RuleEntry = Severity | [Severity, ...unknown[]];

export interface HostConfig {
  /** Plugins by namespace: `gpt-image` for `gpt-image/no-legacy-model`. */
  plugins: Record<string, HostPlugin>;
  /** Rule entries as in a flat config. */
  rules: Record<string, RuleEntry>;
  /** The files read through a processor, and the processor. */
  processor?: { files: (filePath: string) => boolean; processor: HostProcessor };
  /** The working directory rules see as `context.cwd`. */
  cwd?: string;
  settings?: Record<string, unknown>;
}

const SEVERITIES: Record<string, 0 | 1 | 2> = { 0: 0, 1: 1, 2: 2, off: 0, warn: 1, error: 2 };
/** Code blocks of a processor the host reads (the extensions oxc-parser takes). */
const BLOCK_FILE = /\.[cm]?[jt]sx?$/i;
const MAX_FIX_PASSES = 10;

interface EnabledRule {
  id: string;
  rule: HostRule;
  severity: 1 | 2;
  options: unknown[];
}

/** ESLint's `deepMergeArrays` (a rule's `meta.defaultOptions` under the configured options). */
function deepMergeArrays(first: unknown[] | undefined, second: unknown[]): unknown[] {
  if (!first || !second) return second || first || [];
  return [...first.map((value, i) => deepMergeObjects(value, i < second.length ? second[i] : undefined)), ...second.slice(first.length)];
}
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
function deepMergeObjects(first: unknown, second: unknown): unknown {
  if (second === undefined) return first;
  if (!isObject(first) || !isObject(second)) return second;
  const out: Record<string, unknown> = { ...first, ...second };
  for (const key of Object.keys(second)) if (Object.prototype.propertyIsEnumerable.call(first, key)) out[key] = deepMergeObjects(first[key], second[key]);
  return out;
}

export interface VerifyResult {
  messages: LintMessage[];
  suppressedMessages: LintMessage[];
}

export interface FixResult extends VerifyResult {
  fixed: boolean;
  output: string;
}

export class HostLinter {
  /** The configured rules (off ones too), in config order, with their options merged over `meta.defaultOptions`. */
  private readonly configured = new Map<string, { rule: HostRule; severity: 0 | 1 | 2; options: unknown[] }>();
  private readonly enabled: EnabledRule[] = [];

  constructor(private readonly config: HostConfig) {
    for (const [id, entry] of Object.entries(config.rules)) {
      const [level, ...given] = Array.isArray(entry) ? entry : [entry];
      const severity = SEVERITIES[String(level)];
      if (severity === undefined) throw new Error(`Rule '${id}': severity must be off, warn, error, 0, 1 or 2, got ${JSON.stringify(level)}`);
      const rule = this.rule(id);
      if (!rule) throw new Error(`Definition for rule '${id}' was not found.`);
      const options = deepMergeArrays(rule.meta?.defaultOptions, given);
      this.configured.set(id, { rule, severity, options });
      if (severity) this.enabled.push({ id, rule, severity, options });
    }
  }

  /** The rules that run on a file whose comments configure `inline` (ESLint's merge of inline configuration). */
  private rulesFor(inline: Map<string, InlineEntry>): EnabledRule[] {
    if (!inline.size) return this.enabled;
    const out: EnabledRule[] = [];
    for (const id of new Set([...this.configured.keys(), ...inline.keys()])) {
      const base = this.configured.get(id);
      const given = inline.get(id);
      const rule = base?.rule ?? this.rule(id)!;
      const severity = given ? given[0] : base!.severity;
      const options = !given ? base!.options : given.length === 1 && base ? base.options : deepMergeArrays(rule.meta?.defaultOptions, given.slice(1));
      if (severity) out.push({ id, rule, severity, options });
    }
    return out;
  }

  /** The rule an id names (`namespace/name`), if a plugin of the config defines it. */
  rule(id: string): HostRule | undefined {
    const slash = id.lastIndexOf('/');
    if (slash <= 0) return undefined;
    const plugin = this.config.plugins[id.slice(0, slash)];
    const rule = plugin?.rules?.[id.slice(slash + 1)] as HostRule | undefined;
    return rule && typeof rule.create === 'function' ? rule : undefined;
  }

  /** The enabled rules' ids, in config order. */
  get ruleIds(): string[] {
    return this.enabled.map((r) => r.id);
  }

  private kindOf = (ruleId: string): RuleIdKind => {
    const slash = ruleId.lastIndexOf('/');
    if (slash <= 0 || !Object.hasOwn(this.config.plugins, ruleId.slice(0, slash))) return 'foreign';
    return this.rule(ruleId) ? 'rule' : 'unknown';
  };

  /** The problems in `text` (linted as the absolute `filePath`): shown and suppressed. */
  verify(text: string, filePath: string): VerifyResult {
    const processed = this.config.processor?.files(filePath) ? this.config.processor.processor : undefined;
    const problems = processed ? this.verifyBlocks(processed, text, filePath) : this.verifyCode(stripBom(text), filePath, filePath, hasBom(text), false);
    const messages: LintMessage[] = [];
    const suppressedMessages: LintMessage[] = [];
    for (const p of problems) ((p as { suppressions?: unknown }).suppressions ? suppressedMessages : messages).push(p);
    return { messages, suppressedMessages };
  }

  /** A component file: each code block (`App.vue/0_0.ts`) linted, the messages handed to `postprocess`. */
  private verifyBlocks(processor: HostProcessor, text: string, filePath: string): LintMessage[] {
    let blocks: ReturnType<HostProcessor['preprocess']>;
    try {
      blocks = processor.preprocess(text, filePath);
    } catch (e) {
      const error = e as Error & { lineNumber?: number; column?: number };
      const message = `Preprocessing error: ${error.message.replace(/^line \d+:/iu, '').trim()}`;
      return [{ ruleId: null, fatal: true, severity: 2, message, line: error.lineNumber, column: error.column } as LintMessage];
    }
    const lists = blocks.map((block, i) => {
      if (typeof block === 'string') return this.verifyCode(stripBom(block), filePath, filePath, hasBom(block), !processor.supportsAutofix);
      const blockPath = path.join(filePath, `${i}_${block.filename}`);
      if (!BLOCK_FILE.test(blockPath)) return [];
      return this.verifyCode(stripBom(block.text), blockPath, filePath, hasBom(block.text), !processor.supportsAutofix);
    });
    return processor.postprocess(lists, filePath);
  }

  private verifyCode(text: string, filename: string, physicalFilename: string, bom: boolean, disableFixes: boolean): LintMessage[] {
    const parsed = parseForHost(text, filename, bom);
    if (!parsed.ok) return [parsed.message];
    const sourceCode = parsed.sourceCode;
    const problems: LintMessage[] = [];
    const rules = this.rulesFor(inlineRuleConfig(sourceCode, this.kindOf, problems));
    const directives: Directive[] = collectDirectives(sourceCode, this.kindOf, problems);
    this.runRules(rules, sourceCode, filename, physicalFilename, problems, disableFixes);
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return applyDirectives(problems, directives);
  }

  private runRules(rules: EnabledRule[], sourceCode: HostSourceCode, filename: string, physicalFilename: string, problems: LintMessage[], disableFixes: boolean): void {
    const dispatcher = new Dispatcher();
    const shared = {
      cwd: this.config.cwd ?? process.cwd(),
      filename,
      physicalFilename,
      sourceCode,
      languageOptions: { ecmaVersion: 'latest', sourceType: /\.cjs$/i.test(filename) ? 'commonjs' : 'module', parserOptions: {} },
      settings: this.config.settings ?? {},
    };
    for (const { id, rule, severity, options } of rules) {
      const context = Object.freeze({
        ...shared,
        id,
        options,
        report: (descriptor: ReportDescriptor) => void problems.push(ruleMessage(sourceCode, id, severity, rule.meta, descriptor, disableFixes)),
      });
      let listeners: RuleListeners;
      try {
        listeners = rule.create(context as never);
      } catch (e) {
        (e as Error).message = `Error while loading rule '${id}': ${(e as Error).message}`;
        throw e;
      }
      if (listeners === undefined || listeners === null) throw new Error(`The create() function for rule '${id}' did not return an object.`);
      dispatcher.add(id, listeners);
    }
    try {
      traverse(sourceCode.ast as Node, sourceCode.visitorKeys, dispatcher);
    } catch (e) {
      (e as Error).message += `\nOccurred while linting ${filename}`;
      throw e;
    }
  }

  /**
   * ESLint's `verifyAndFix`: up to 10 passes, each applying the fixes that do
   * not overlap and linting the result again, stopping when nothing more is
   * fixed, when a pass brings back the text of two passes before, or when
   * the text no longer parses. `fix` false: `verify` only.
   */
  verifyAndFix(text: string, filePath: string, fix: boolean): FixResult {
    let current = text;
    let previous: string | undefined;
    let secondPrevious: string | undefined;
    let fixed = false;
    let pass = 0;
    let result = this.verify(current, filePath);
    let outcome = { fixed: false, messages: result.messages, output: current };
    while (fix) {
      pass++;
      if (pass > 1) result = this.verify(current, filePath);
      outcome = applyFixes(current, result.messages);
      if (result.messages.length === 1 && result.messages[0].fatal) break;
      fixed ||= outcome.fixed;
      secondPrevious = previous;
      previous = current;
      current = outcome.output;
      if (pass > 1 && current === secondPrevious) break;
      if (!outcome.fixed || pass >= MAX_FIX_PASSES) break;
    }
    if (outcome.fixed) {
      result = this.verify(current, filePath);
      outcome.messages = result.messages;
    }
    return { fixed, messages: outcome.messages, suppressedMessages: result.suppressedMessages, output: current };
  }
}

const hasBom = (text: string) => text.charCodeAt(0) === 0xfeff;
const stripBom = (text: string) => (hasBom(text) ? text.slice(1) : text);
