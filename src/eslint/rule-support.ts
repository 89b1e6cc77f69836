/**
 * The thin layer between the analysis and ESLint: rule creation with a docs
 * URL derived from the rule name, and reporting of findings.
 */
import path from 'node:path';
import type { ESLintUtils, ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import { DEFAULT_TARGET, ISO_DATE_PATTERN, migrationTargetIds, todayIso, unusableTextModelIds } from '../catalog/index.js';
import { type Dep, capture } from '../analysis/disk.js';
import { type CacheEntry, type ReportRecord, RunCache } from './run-cache.js';
import { typedValues } from './typed-values.js';
import { type FileAnalysis, type Finding, type Node, type TextEdit, analyzeFile, mayContainImageCall, normalizeEdits } from '../analysis/index.js';

export interface GptImageDocs {
  description: string;
  /** Level in the `recommended` preset; absent: not in it. */
  recommended?: 'error' | 'warn';
  /** Level in the `strict` preset; absent: not in it. */
  strict?: 'error' | 'warn';
  requiresTypeChecking?: false;
}

export const REPO_URL = 'https://github.com/eslint-plugin-gpt-image/eslint-plugin-gpt-image';

/** The rule docs on the repository's default branch (a URL that resolves before and after a release). */
export const docsUrl = (name: string) => `${REPO_URL}/blob/main/docs/rules/${name}.md`;

type RuleCreator = ReturnType<typeof ESLintUtils.RuleCreator<GptImageDocs>>;

/**
 * typescript-eslint's `RuleCreator` (docs URL from the name, options merged
 * with their defaults), written out so that loading a rule loads nothing of
 * typescript-eslint (its utils load TypeScript and ESLint's classes). The
 * options are merged once per distinct options rather than once per file and
 * rule (the merge alone cost a fifth of the rules' time on a large corpus).
 */
export const createRule = ((spec: Parameters<RuleCreator>[0]) => {
  type Options = readonly unknown[];
  // As RuleCreator resolves them: `meta.defaultOptions`, else the top-level ones.
  const defaults = (spec.meta.defaultOptions ?? spec.defaultOptions ?? []) as Options;
  const merged = new Map<string, Options>();
  // Hosts copy the options array per file but keep its elements: one options object is looked up by itself, not serialised.
  const byObject = new WeakMap<object, Options>();
  const create = (context: Parameters<typeof spec.create>[0]) => {
    // Every rule reports from the one analysis: on a file the gate turns away, none is made at all.
    if (fileRun(context as AnyContext).gated) return NO_LISTENERS;
    const given = context.options;
    const only = given.length === 1 && typeof given[0] === 'object' && given[0] !== null ? (given[0] as object) : undefined;
    let options = only ? byObject.get(only) : undefined;
    const key = options || !given.length ? '' : JSON.stringify(given);
    options ??= merged.get(key);
    if (options === undefined) {
      if (merged.size > 64) merged.clear();
      options = applyDefault(defaults, given);
      merged.set(key, options);
    }
    if (only) byObject.set(only, options);
    return spec.create(context, options as never);
  };
  return {
    meta: { ...spec.meta, docs: { ...spec.meta.docs, url: docsUrl(spec.name) } },
    defaultOptions: spec.defaultOptions,
    name: spec.name,
    create,
    createOnce: (context: AnyContext) => createOnce(spec.name, context, create as unknown as (c: AnyContext) => TSESLint.RuleListener),
  };
}) as RuleCreator;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** typescript-eslint's `deepMerge`: `second` over `first`, objects merged key by key. */
function deepMerge(first: Record<string, unknown>, second: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(first), ...Object.keys(second)])) {
    const a = first[key];
    const b = second[key];
    out[key] = !(key in second) ? a : key in first && isObject(a) && isObject(b) ? deepMerge(a, b) : b;
  }
  return out;
}

/** typescript-eslint's `applyDefault`: each given option over its default (objects merged deeply). */
export function applyDefault(defaults: readonly unknown[], given: readonly unknown[] | null | undefined): unknown[] {
  const options = structuredClone(defaults) as unknown[];
  if (given == null) return options;
  options.forEach((opt, i) => {
    const user = given[i];
    if (user !== undefined) options[i] = isObject(user) && isObject(opt) ? deepMerge(opt, user) : user;
  });
  return options;
}

/** Set while oxlint's `before()` makes a file's listeners: the analysis walks the tree itself, with no traversal of the host's. */
let walkingOurselves = false;
/** Set while oxlint's `before()` reports: the reports, as the run cache keeps them. */
let keptReports: ReportRecord[] | undefined;

/** The file oxlint's rules are on, with its cache entry (valid from an earlier run, or being filled). */
let onFile: { file: string; text: string; valid: CacheEntry | undefined; filling: CacheEntry | undefined; gated: boolean; unread: boolean } | undefined;

/**
 * oxlint's faster rule API (ESLint ignores it and calls `create`): the
 * listeners are made once, and `before()` runs per file. A file whose text
 * fails the gate returns false there, so oxlint skips the rule on it (no
 * AST is handed to JavaScript for it). Otherwise the analysis runs and
 * reports right there, on a walk of its own, and `before()` returns false
 * too: oxlint then walks no tree for this plugin at all (its walk, calling
 * back into JavaScript at every call and `new`, cost more than the
 * analysis). oxlint runs `before()` only for a rule with a listener, hence
 * the empty `Program` one, which it never gets to call.
 *
 * Results are kept between runs (`run-cache.ts`): a file whose text and
 * every path its analysis read are unchanged gets its reports again without
 * its tree being asked for.
 */
function createOnce(name: string, context: AnyContext, create: (context: AnyContext) => TSESLint.RuleListener): TSESLint.RuleListener & { before(): boolean | void } {
  const analyse = (): boolean => {
    if (!mayContainImageCall(context.sourceCode.text, absolute(context.filename))) return false;
    keptReports ??= [];
    walkingOurselves = true;
    let listeners: TSESLint.RuleListener;
    try {
      listeners = create(context);
    } finally {
      walkingOurselves = false;
    }
    const exit = listeners['Program:exit'] as ((node: unknown) => void) | undefined;
    exit?.(context.sourceCode.ast);
    return true;
  };
  return {
    before() {
      const file = absolute(context.filename);
      const cache = file ? RunCache.open() : undefined;
      if (!cache || !file) {
        try {
          analyse();
        } finally {
          keptReports = undefined;
        }
        return false;
      }
      // Turned away by an earlier run and unchanged since (its text unread), for the rule before or now.
      if (onFile?.file === file && onFile.unread) return false;
      if (cache.turnedAway(file)) {
        onFile = { file, text: '', valid: undefined, filling: undefined, gated: true, unread: true };
        return false;
      }
      const text = context.sourceCode.text;
      if (onFile?.file !== file || onFile.text !== text) onFile = { file, text, valid: cache.valid(file, text), filling: undefined, gated: false, unread: false };
      // The gate turned the file away for the rule before: it does for every rule.
      if (onFile.gated) return false;
      const key = `${name}\0${JSON.stringify(context.options ?? [])}\0${todayIso()}`;
      const valid = onFile.valid;
      const kept = valid?.rules.get(key);
      if (kept) {
        reportRecords(context, kept);
        return false;
      }
      const gate = capture(() => mayContainImageCall(text, file));
      if (!gate.value) {
        onFile.gated = true;
        cache.keepTurnedAway(file, gate.deps);
        return false;
      }
      const reports: ReportRecord[] = [];
      keptReports = reports;
      let passed: boolean;
      let deps: Dep[];
      try {
        ({ value: passed, deps } = capture(analyse));
      } catch (e) {
        cache.forget(file);
        throw e;
      } finally {
        keptReports = undefined;
      }
      // The gate's answer again (its memo notes what it read), and the analysis: the file's entry.
      if (passed) cache.record(valid ?? (onFile.filling ??= cache.start(file, text)), deps, key, reports);
      return false;
    },
    Program() {},
  };
}

/** The `today` option of the rules whose findings depend on the date (JSON schema): a real calendar date. */
export const TODAY_OPTION = {
  type: 'string',
  pattern: ISO_DATE_PATTERN,
  description: 'The date model statuses are computed for (YYYY-MM-DD); defaults to the current date.',
} as const;

/** The `target` option (JSON schema): one of the catalog's image models with no deprecation or shutdown announced. */
export function targetOption(description: string) {
  return { type: 'string', enum: migrationTargetIds(), description } as const;
}

/** The options of the rules that report a model to move off: the target the suggestion migrates to, ids to tolerate, the date. */
export interface ModelRuleOptions {
  target?: string;
  allow?: string[];
  today?: string;
}

/** The JSON schema of `ModelRuleOptions`. */
export function modelRuleSchema(targetDescription: string) {
  return [
    {
      type: 'object',
      properties: {
        target: targetOption(targetDescription),
        allow: { type: 'array', items: { type: 'string' }, uniqueItems: true, description: 'Model ids to tolerate.' },
        today: TODAY_OPTION,
      },
      additionalProperties: false,
    },
  ] as const;
}

/** `ModelRuleOptions` with their defaults filled in. */
export function resolveModelRuleOptions(options: ModelRuleOptions): Required<ModelRuleOptions> {
  return { target: options.target ?? DEFAULT_TARGET.value, allow: options.allow ?? [], today: options.today ?? todayIso() };
}

/** The `textModel` option (JSON schema): any id but an image model or a text model the catalog says cannot serve (or shuts down). */
export function textModelOption(description: string) {
  return { type: 'string', minLength: 1, not: { type: 'string', enum: unusableTextModelIds() }, description } as const;
}

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

interface FileRun {
  /** Whether the text passes the gate (asked once per file, not once per rule). */
  gated: boolean;
  /** Whether a rule collects the calls below for the file already. */
  collecting: boolean;
  /** The calls and `new` expressions ESLint's own traversal visits, collected by the first rule created for the file. */
  calls: Node[];
  news: Node[];
}

const runs = new WeakMap<object, FileRun>();

/** The file's run, with the gate's answer (asked once per file, by whichever rule comes first). */
function fileRun(context: AnyContext): FileRun {
  const source = context.sourceCode;
  let run = runs.get(source.ast);
  if (!run) {
    run = { gated: !mayContainImageCall(source.text, absolute(context.filename)), collecting: false, calls: [], news: [] };
    runs.set(source.ast, run);
  }
  return run;
}

/** What a rule listens to on a file the gate turned away. */
const NO_LISTENERS: TSESLint.RuleListener = Object.freeze({});

/**
 * The listeners of a rule that reports `check`'s findings. A file whose text
 * cannot hold a finding gets none. Otherwise the first rule created for the
 * file collects its calls during ESLint's own traversal (no walk of ours),
 * and every rule reports at `Program:exit` from the one shared analysis.
 */
export function analysisListeners(context: AnyContext, check: (fa: FileAnalysis) => readonly Finding[]): TSESLint.RuleListener {
  const source = context.sourceCode;
  const run = fileRun(context);
  if (run.gated) return NO_LISTENERS;
  const first = !run.collecting;
  // In oxlint's `before()` nothing is collected: the analysis walks the tree itself.
  const shared = walkingOurselves ? undefined : run;
  const listeners: TSESLint.RuleListener = {
    'Program:exit'(program) {
      // The file's path lets values be followed into the modules it imports; parser services with a program give literal types.
      // (The physical file: a script block linted as `App.vue/0.ts` imports from App.vue's folder.)
      const file = absolute(context.physicalFilename ?? context.filename);
      const services = source.parserServices;
      const typed = services?.program ? typedValues(services as ParserServicesWithTypeInformation) : undefined;
      reportFindings(context, check(analyzeFile(program as unknown as Node, source.text, shared, { file, typed })));
    },
  };
  if (first && shared) {
    shared.collecting = true;
    listeners.CallExpression = (node) => void shared.calls.push(node as unknown as Node);
    listeners.NewExpression = (node) => void shared.news.push(node as unknown as Node);
  }
  return listeners;
}

/** A path the project index can follow imports from (ESLint names text without a file `<text>`). */
function absolute(file: string | undefined): string | undefined {
  return file && path.isAbsolute(file) ? file : undefined;
}

/** Reports findings, turning edit plans into fixes and suggestions. */
export function reportFindings(context: AnyContext, findings: readonly Finding[]): void {
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = `${f.messageId}:${(f.node.range ?? [f.node.start, f.node.end]).join('-')}:${JSON.stringify(f.data)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (keptReports) {
    // oxlint, from its `before()`: reported as the run cache keeps them, so a later run reports the same.
    const records = unique.map(toRecord);
    keptReports.push(...records);
    reportRecords(context, records);
    return;
  }
  for (const f of unique) {
    // Nodes without `loc` (the CLI's oxc parser leaves it out): the location comes from the range.
    const loc = f.node.loc ? undefined : locOf(context, f.node);
    context.report({
      node: f.node as unknown as TSESTree.Node,
      ...(loc ? { loc } : {}),
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

/** A finding as oxlint takes it and the run cache keeps it: the node's range, the edits of this file. */
function toRecord(f: Finding): ReportRecord {
  const [start, end] = f.node.range ?? [f.node.start as number, f.node.end as number];
  return {
    range: [start, end],
    messageId: f.messageId,
    ...(f.data ? { data: f.data as Record<string, unknown> } : {}),
    ...(f.fix && f.fix.length && !f.fix.some((e) => e.file) ? { fix: f.fix } : {}),
    // An edit of another module (where a value is defined) is `migrate`'s to make, not a suggestion's.
    suggest: f.suggestions.filter((s) => !s.edits.some((e) => e.file)).map((s) => ({ messageId: s.messageId, ...(s.data ? { data: s.data as Record<string, unknown> } : {}), edits: s.edits })),
  };
}

/** Reports kept records (oxlint reads a report's `node.range` only). */
function reportRecords(context: AnyContext, records: readonly ReportRecord[]): void {
  for (const r of records) {
    context.report({
      node: { range: r.range } as unknown as TSESTree.Node,
      messageId: r.messageId,
      data: r.data,
      fix: r.fix ? (fixer) => toFixes(fixer, r.fix!) : null,
      suggest: r.suggest.map((s) => ({ messageId: s.messageId, data: s.data, fix: (fixer: TSESLint.RuleFixer) => toFixes(fixer, s.edits) })),
    });
  }
}

function locOf(context: AnyContext, node: Node): TSESTree.SourceLocation {
  const [start, end] = node.range ?? [node.start, node.end];
  return { start: context.sourceCode.getLocFromIndex(start as number), end: context.sourceCode.getLocFromIndex(end as number) };
}

function toFixes(fixer: TSESLint.RuleFixer, edits: TextEdit[]): TSESLint.RuleFix[] {
  return normalizeEdits(edits).map((e) => fixer.replaceTextRange([e.range[0], e.range[1]], e.text));
}
