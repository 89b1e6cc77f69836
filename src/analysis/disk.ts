/**
 * The file system as the analysis reads it. Every answer a file's analysis
 * takes from the disk (a module's text, whether a path exists, a directory's
 * entries) is noted, while a capture is open, as the state it was read in:
 * path, modification time and size. A result kept between runs (the oxlint
 * host's cache, `eslint/run-cache.ts`) holds as long as every path it noted
 * is still in that state.
 *
 * A memo that answers from memory (a resolved specifier, a module's facts)
 * keeps what it noted when it computed the answer, and notes it again on
 * every hit: what a result depends on does not change with what the process
 * happened to remember.
 */
import fs from 'node:fs';

/**
 * One path as it was read: `[path, mtimeMs, size]`. A path that did not
 * exist has mtime -1; a directory has size -1 (adding or removing an entry
 * changes its mtime).
 */
export type Dep = readonly [path: string, mtimeMs: number, size: number];

/** How long an answer read from the disk (a path's state, a module's facts, a specifier's file) stands without being checked again. */
export const FRESH_MS = 1000;

/** The open captures, innermost last: a note goes to all of them. */
const sinks: Map<string, Dep>[] = [];

function note(dep: Dep): void {
  for (const sink of sinks) sink.set(dep[0], dep);
}

/** Notes again what a memo's answer was read from. */
export function noteAll(deps: readonly Dep[]): void {
  if (sinks.length) for (const d of deps) note(d);
}

/** Runs `fn` and returns what it noted (also noted in every capture around this one). */
export function capture<T>(fn: () => T): { value: T; deps: Dep[] } {
  const sink = new Map<string, Dep>();
  sinks.push(sink);
  try {
    const value = fn();
    return { value, deps: [...sink.values()] };
  } finally {
    sinks.pop();
  }
}

/** The state of a path now, as a `Dep`. */
export function depOf(p: string): Dep {
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(p, { throwIfNoEntry: false });
  } catch {
    st = undefined;
  }
  if (!st) return [p, -1, -1];
  return [p, st.mtimeMs, st.isDirectory() ? -1 : st.size];
}

const states = new Map<string, { dep: Dep; at: number }>();

/** The state of a path, read once a second however many answers name it. */
export function stateOf(p: string): Dep {
  const t = Date.now();
  const hit = states.get(p);
  if (hit && t - hit.at < FRESH_MS) return hit.dep;
  const dep = depOf(p);
  states.set(p, { dep, at: t });
  return dep;
}

/** Whether every path is still as it was noted. */
export function stillHolds(deps: readonly Dep[], now: (p: string) => Dep = stateOf): boolean {
  for (const d of deps) {
    const n = now(d[0]);
    if (n[1] !== d[1] || n[2] !== d[2]) return false;
  }
  return true;
}

/** `fs.statSync`, noted; undefined when the path does not exist or cannot be read. */
export function statPath(p: string): fs.Stats | undefined {
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(p, { throwIfNoEntry: false });
  } catch {
    st = undefined;
  }
  note(st ? [p, st.mtimeMs, st.isDirectory() ? -1 : st.size] : [p, -1, -1]);
  return st;
}

/** The stats of a regular file, noted; undefined for anything else. */
export function statFile(p: string): fs.Stats | undefined {
  const st = statPath(p);
  return st?.isFile() ? st : undefined;
}

/**
 * A file's text, its state noted (`stated`: the caller noted it with
 * `statFile` just before). Read after the stat: a change in between only
 * makes the result look older than it is.
 */
export function readText(file: string, stated = false): string {
  if (!stated) statPath(file);
  return fs.readFileSync(file, 'utf8');
}

/** A directory's entries, its state noted; undefined when it cannot be listed. */
export function listDir(dir: string): fs.Dirent[] | undefined {
  statPath(dir);
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
}

/** Whether a path exists, noted. */
export function exists(p: string): boolean {
  return statPath(p) !== undefined;
}

/** One kept answer: the inputs it was computed for, and what it read. */
export interface KeptAnswer<V> {
  inputs: string;
  value: V;
  deps: Dep[];
  /** When it was last found to hold (0: read from an earlier run, not checked yet). */
  checked: number;
}

/** The memos whose answers are kept between runs, by name. */
export const KEPT = new Map<string, KeptMemo<unknown>>();

/**
 * A memo whose answers are kept between runs (by the oxlint host's cache,
 * which writes and reads `KEPT`). An answer holds while it is asked for with
 * the same inputs and every path it read is unchanged; one found to hold in
 * the last second is not checked again.
 */
export class KeptMemo<V> {
  readonly answers = new Map<string, KeptAnswer<V>>();
  /** An answer was computed in this process (there is something new to keep). */
  changed = false;

  constructor(readonly name: string) {
    KEPT.set(name, this as KeptMemo<unknown>);
  }

  get(key: string, inputs: string, compute: () => V): V {
    const hit = this.answers.get(key);
    const now = Date.now();
    if (hit && hit.inputs === inputs && (now - hit.checked < FRESH_MS || stillHolds(hit.deps))) {
      hit.checked = now;
      noteAll(hit.deps);
      return hit.value;
    }
    const { value, deps } = capture(compute);
    this.answers.set(key, { inputs, value, deps, checked: now });
    this.changed = true;
    return value;
  }
}
