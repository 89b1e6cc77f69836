/**
 * The codemod engine: runs the transforms over one file's text and returns
 * the new text. Every transform applies the edit plans of the shared analysis
 * (the same plans the rules offer as suggestions) to the original text; the
 * text is never reprinted, so everything outside the edited ranges stays
 * byte-identical.
 *
 * Transforms run in a fixed order. Each one that changes the text is followed
 * by a parse of its output: that parse proves the output is valid and is what
 * the next transform analyses. A file whose output does not parse is never
 * returned as changed.
 */
import path from 'node:path';
import { type TextEdit, analyzeFile, applyEdits, mayContainImageCall, normalizeEdits } from '../analysis/index.js';
import type { Node } from '../analysis/index.js';
import { TODO_MARKER } from '../catalog/index.js';
import { loadModule } from '../analysis/project.js';
import { ParseError, parseSource } from './parse.js';
import { LineIndex, dropRepeatedTodos, eolAt, todoText } from './text.js';
import { type PackageEdit, dependencyInfo } from './packages.js';
import { type CodemodOptions, type PlanContext, type Planned, TRANSFORMS, type TransformDef, type TransformName, TRANSFORM_NAMES } from './transforms.js';

export { type CodemodOptions, type TransformName, TRANSFORM_NAMES, TRANSFORMS } from './transforms.js';

/** One edit as applied, located in the original file. */
export interface AppliedEdit {
  transform: TransformName;
  /** What the edit does ("dall-e-3 -> gpt-image-2"). */
  label: string;
  line: number;
  column: number;
  /** The text replaced (in the text the transform saw) and its replacement. */
  before: string;
  after: string;
}

export interface Todo {
  line: number;
  column: number;
  text: string;
  /** Added by this run (false: it was already there). */
  added: boolean;
}

export interface SkippedPlan {
  transform: TransformName;
  label: string;
  line: number;
  reason: string;
}

export type FileOutcome =
  | {
      ok: true;
      /** The new text; identical to the input when nothing changed. */
      output: string;
      changed: boolean;
      /** False when the text could not hold an image call, so it was not parsed. */
      parsed: boolean;
      edits: AppliedEdit[];
      todos: Todo[];
      skipped: SkippedPlan[];
      /** Dependency ranges the edits need in package.json files (not applied here). */
      packageEdits?: PackageEdit[];
      /** Edits of the modules that define values this file uses (not applied here; `migrateFiles` makes each once). */
      foreign?: ForeignEdit[];
    }
  | {
      ok: false;
      /** `parse`: the file does not parse. `output`: a transform's output would not parse. */
      kind: 'parse' | 'output';
      message: string;
      line?: number;
      column?: number;
      transform?: TransformName;
    };

/** An edit of another module: a value defined there (`export const IMAGE_MODEL = 'dall-e-3'`) that this file sends. */
export interface ForeignEdit {
  /** Absolute path of the defining module. */
  file: string;
  range: [number, number];
  text: string;
  /** The defining module's text the range indexes. */
  base: string;
  transform: TransformName;
  label: string;
}

/** The text of a defining module as the analysis read it. */
function foreignText(file: string): string | undefined {
  return loadModule(file)?.text;
}

/** Rounds per transform: a plan deferred because it overlaps another is retried on the next round. */
const MAX_ROUNDS = 3;

/** Maps positions in a stage's output back to the stage's input. */
type PositionMap = (pos: number) => number;

function mapperFor(accepted: TextEdit[]): PositionMap {
  // Edits are sorted and disjoint; compute where each lands in the output.
  const spans: { newStart: number; newEnd: number; oldStart: number; oldEnd: number }[] = [];
  let delta = 0;
  for (const e of accepted) {
    const newStart = e.range[0] + delta;
    spans.push({ newStart, newEnd: newStart + e.text.length, oldStart: e.range[0], oldEnd: e.range[1] });
    delta += e.text.length - (e.range[1] - e.range[0]);
  }
  return (pos) => {
    let d = 0;
    for (const s of spans) {
      if (pos < s.newStart) break;
      if (pos < s.newEnd) return s.oldStart;
      d = s.newEnd - s.oldEnd;
    }
    return pos - d;
  };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text) return false;
  if (a.range[0] === a.range[1] && b.range[0] === b.range[1]) return a.range[0] === b.range[0];
  return a.range[0] < b.range[1] && b.range[0] < a.range[1];
}

/** Inserted line breaks follow the line ending of the line they land on (CRLF files stay CRLF). */
function withEol(text: string, e: TextEdit): TextEdit {
  if (!e.text.includes('\n')) return e;
  const eol = eolAt(text, e.range[0]);
  return { range: e.range, text: e.text.replace(/\r?\n/g, eol) };
}

/** Splits plans into those that can be applied together and those that overlap an earlier one. */
function accept(
  text: string,
  plans: Planned[],
  foreign: (plan: Planned, edit: TextEdit) => void = () => {},
): { accepted: { plan: Planned; edits: TextEdit[] }[]; deferred: Planned[] } {
  const accepted: { plan: Planned; edits: TextEdit[] }[] = [];
  const deferred: Planned[] = [];
  const taken: TextEdit[] = [];
  for (const plan of plans) {
    // Edits of another module are handed on, not applied to this text.
    for (const e of plan.edits) if (e.file) foreign(plan, e);
    const own = plan.edits.filter((e) => !e.file);
    const edits = normalizeEdits(dropRepeatedTodos(text, own.map((e) => withEol(text, e)))).filter(
      (e) => e.text !== text.slice(e.range[0], e.range[1]),
    );
    if (!edits.length) continue;
    if (edits.some((e) => taken.some((t) => overlaps(t, e)))) {
      deferred.push(plan);
      continue;
    }
    taken.push(...edits);
    accepted.push({ plan, edits });
  }
  return { accepted, deferred };
}

/** The TODO comments in a parsed file. */
function todosIn(file: Node, text: string): { line: number; column: number; text: string }[] {
  if (!text.includes(TODO_MARKER)) return [];
  const lines = new LineIndex(text);
  const out: { line: number; column: number; text: string }[] = [];
  for (const c of (file.comments ?? []) as Node[]) {
    const t = todoText(c.value as string);
    if (!t) continue;
    const pos = (c.start as number) + (c.value as string).indexOf(TODO_MARKER) + 2;
    out.push({ line: lines.line(pos), column: lines.column(pos), text: t });
  }
  return out;
}

/**
 * Runs the named transforms (in their fixed order) over `text`. Throws
 * nothing: parse failures come back as `{ ok: false }`.
 */
export function transformSource(
  file: string,
  text: string,
  options: CodemodOptions,
  /** The transforms by name (tests substitute their own). */
  registry: Readonly<Record<TransformName, TransformDef>> = TRANSFORMS,
  /** Which files the run edits, when the caller knows. */
  inRun?: (file: string) => boolean,
  /** A file's text before this run changed it. */
  originalText?: (file: string) => string | undefined,
): FileOutcome {
  if (!mayContainImageCall(text, path.resolve(file)) && !text.includes(TODO_MARKER)) {
    return { ok: true, output: text, changed: false, parsed: false, edits: [], todos: [], skipped: [] };
  }
  let root: Node;
  try {
    root = parseSource(file, text);
  } catch (e) {
    const err = e as ParseError;
    return { ok: false, kind: 'parse', message: err.message, line: err.line, column: err.column };
  }
  const original = text;
  const originalTodos = todosIn(root, original);
  let current = text;
  /** Maps from the current text back to the original, composed stage by stage. */
  const maps: PositionMap[] = [];
  const toOriginal = (pos: number) => maps.reduceRight((p, m) => m(p), pos);
  const originalLines = new LineIndex(original);
  const edits: AppliedEdit[] = [];
  let skipped: SkippedPlan[] = [];

  const ctx: PlanContext = { dependency: (name) => dependencyInfo(file, name), inRun, originalText };
  const packageEdits: PackageEdit[] = [];
  const foreign: ForeignEdit[] = [];
  const wanted = new Set(options.transforms);
  for (const name of TRANSFORM_NAMES) {
    if (!wanted.has(name)) continue;
    for (const step of registry[name].steps) for (let round = 0; round < MAX_ROUNDS; round++) {
      const fa = analyzeFile(root, current, undefined, { file: path.resolve(file) });
      const plans = step(fa, options, ctx);
      const { accepted, deferred } = accept(current, plans, (plan, e) => {
        const base = foreignText(e.file!);
        if (base === undefined || foreign.some((f) => f.file === e.file && f.range[0] === e.range[0] && f.range[1] === e.range[1] && f.text === e.text)) return;
        if (base.slice(e.range[0], e.range[1]) === e.text) return;
        foreign.push({ file: e.file!, range: [e.range[0], e.range[1]], text: e.text, base, transform: name, label: plan.label });
      });
      skipped = skipped.filter((s) => s.transform !== name);
      for (const p of deferred) {
        const first = p.edits[0];
        skipped.push({
          transform: name,
          label: p.label,
          line: first ? originalLines.line(toOriginal(first.range[0])) : 0,
          reason: 'overlaps another edit of the same call',
        });
      }
      if (!accepted.length) break;
      const all = accepted.flatMap((a) => a.edits);
      const next = applyEdits(current, all).text;
      for (const a of accepted) {
        for (const p of a.plan.packageEdits ?? []) {
          if (!packageEdits.some((q) => q.packageJson === p.packageJson && q.dependency === p.dependency)) packageEdits.push(p);
        }
        for (const e of a.edits) {
          const pos = toOriginal(e.range[0]);
          edits.push({
            transform: name,
            label: a.plan.label,
            line: originalLines.line(pos),
            column: originalLines.column(pos),
            before: current.slice(e.range[0], e.range[1]),
            after: e.text,
          });
        }
      }
      try {
        root = parseSource(file, next);
      } catch (e) {
        const err = e as ParseError;
        return {
          ok: false,
          kind: 'output',
          transform: name,
          message: `the output of ${name} would not parse (${err.message}); the file was left as it is`,
        };
      }
      maps.push(mapperFor(normalizeEdits(all)));
      current = next;
      if (!deferred.length) break;
    }
  }

  const known = new Set(originalTodos.map((t) => t.text));
  const todos = todosIn(root, current).map((t) => ({ ...t, added: !known.has(t.text) }));
  return { ok: true, output: current, changed: current !== original, parsed: true, edits, todos, skipped, packageEdits, foreign };
}
