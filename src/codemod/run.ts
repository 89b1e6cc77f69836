/**
 * `gpt-image migrate` without the command line: find the files, run every
 * transform over each in one read and one write, and report. A file that
 * does not parse, or whose output would not parse, is reported and left as
 * it is; the run goes on.
 */
import { chmodSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyEdits, normalizeEdits } from '../analysis/index.js';
import { type AppliedEdit, type ForeignEdit, type SkippedPlan } from './engine.js';
import { transformFile } from './blocks.js';
import { unifiedDiff } from './diff.js';
import { type PackageEdit, clearPackageCache, packageChanges } from './packages.js';
import { clearV3PackageCache } from './v3-package.js';
import type { CodemodOptions, TransformName } from './transforms.js';

export type FileStatus = 'changed' | 'unchanged' | 'failed';

export interface FileReport {
  /** Relative to the working directory, with `/`. */
  file: string;
  status: FileStatus;
  edits: AppliedEdit[];
  todos: { line: number; column: number; text: string; added: boolean }[];
  skipped: SkippedPlan[];
  error?: { kind: 'parse' | 'output' | 'io' | 'internal'; message: string; line?: number; column?: number; transform?: TransformName };
}

export interface TodoLeft {
  file: string;
  line: number;
  text: string;
  added: boolean;
}

export interface MigrateReport {
  target: string;
  textModel: string;
  url: CodemodOptions['url'];
  transforms: TransformName[];
  dry: boolean;
  summary: { scanned: number; changed: number; unchanged: number; failed: number; todos: number };
  files: FileReport[];
  todos: TodoLeft[];
  /** Dependency ranges changed in package.json files (the lockfile needs an install afterwards). */
  packages: { file: string; dependency: string; from: string; to: string; status: 'changed' | 'failed'; error?: string }[];
}

export interface MigrateRun {
  /** Where report paths are relative to. */
  cwd: string;
  options: CodemodOptions;
  dry: boolean;
  /** Called with a unified diff per changed file (dry runs). */
  onDiff?: (diff: string) => void;
  /** Called with the new text of each changed file (`--print`), dry or not. */
  onOutput?: (file: string, text: string) => void;
  /** Called now and then on long runs. */
  onProgress?: (done: number, total: number) => void;
}

/** A path for reports: relative to the working directory when below it, else absolute; always with `/`. */
export function reportPath(cwd: string, abs: string): string {
  const r = path.relative(cwd, abs);
  const shown = !r || r.startsWith('..') || path.isAbsolute(r) ? abs : r;
  return shown.split(path.sep).join('/');
}

/** Writes through a temporary file and a rename, keeping the file's mode; a symlink's target is written. */
function writeInPlace(file: string, text: string): void {
  const real = realpathSync(file);
  const mode = statSync(real).mode & 0o7777;
  const tmp = path.join(path.dirname(real), `.${path.basename(real)}.gpt-image-${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, 'utf8');
    chmodSync(tmp, mode);
    renameSync(tmp, real);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
}

/** Decodes UTF-8, or returns undefined when the bytes are not UTF-8 text (so rewriting them would change them). */
function decode(buf: Buffer): string | undefined {
  const text = buf.toString('utf8');
  return Buffer.byteLength(text, 'utf8') === buf.length && Buffer.from(text, 'utf8').equals(buf) ? text : undefined;
}

/**
 * Values defined in one module and sent from others (`export const
 * IMAGE_MODEL = 'dall-e-3'`) are edited once, in the defining module, inside
 * the working directory. When this run also changed that module, its offsets
 * no longer hold: the edit is listed as skipped, and a second run makes it.
 */
function applyForeignEdits(foreign: ForeignEdit[], reports: FileReport[], latest: Map<string, string>, run: MigrateRun): void {
  const byFile = new Map<string, ForeignEdit[]>();
  for (const f of foreign) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [abs, list] of byFile) {
    const file = reportPath(run.cwd, abs);
    let report = reports.find((r) => r.file === file);
    if (!report) {
      report = { file, status: 'unchanged', edits: [], todos: [], skipped: [] };
      reports.push(report);
    }
    const rel = path.relative(run.cwd, abs);
    const base = list[0].base;
    const current = latest.get(abs) ?? base;
    if (rel.startsWith('..') || path.isAbsolute(rel) || current !== base || list.some((f) => f.base !== base) || report.status === 'failed') {
      for (const f of list) {
        report.skipped.push({ transform: f.transform, label: f.label, line: base.slice(0, f.range[0]).split('\n').length, reason: rel.startsWith('..') ? 'defined outside the working directory' : 'the defining module changed in this run; run migrate again' });
      }
      continue;
    }
    const output = applyEdits(base, normalizeEdits(list.map((f) => ({ range: f.range, text: f.text })))).text;
    for (const f of [...list].sort((a, b) => a.range[0] - b.range[0])) {
      const line = base.slice(0, f.range[0]).split('\n').length;
      const column = f.range[0] - base.lastIndexOf('\n', f.range[0] - 1);
      report.edits.push({ transform: f.transform, label: `${f.label} (used from another module)`, line, column, before: base.slice(f.range[0], f.range[1]), after: f.text });
    }
    run.onOutput?.(file, output);
    if (run.dry) {
      run.onDiff?.(unifiedDiff(base, output, file.startsWith('/') ? file : `a/${file}`, file.startsWith('/') ? file : `b/${file}`));
      report.status = 'changed';
      continue;
    }
    try {
      writeInPlace(abs, output);
      report.status = 'changed';
    } catch (e) {
      report.status = 'failed';
      report.error = { kind: 'io', message: `could not be written: ${(e as Error).message}` };
    }
  }
}

export function migrateFiles(files: readonly string[], run: MigrateRun): MigrateReport {
  const { options, cwd } = run;
  const reports: FileReport[] = [];
  const packageEdits: PackageEdit[] = [];
  const foreign: ForeignEdit[] = [];
  /** The text each file has after this run (its output, or what was read). */
  const latest = new Map<string, string>();
  const runSet = new Set(files.map((f) => path.resolve(f)));
  const inRun = (f: string) => runSet.has(path.resolve(f));
  /** Each file's text before this run wrote it: recorded when read, else still on disk. */
  const originals = new Map<string, string>();
  const originalText = (f: string): string | undefined => {
    const abs = path.resolve(f);
    if (originals.has(abs)) return originals.get(abs);
    try {
      return decode(readFileSync(abs));
    } catch {
      return undefined;
    }
  };
  clearPackageCache();
  clearV3PackageCache();
  files.forEach((abs, i) => {
    run.onProgress?.(i, files.length);
    const file = reportPath(cwd, abs);
    const report: FileReport = { file, status: 'unchanged', edits: [], todos: [], skipped: [] };
    reports.push(report);
    let text: string | undefined;
    try {
      text = decode(readFileSync(abs));
    } catch (e) {
      report.status = 'failed';
      report.error = { kind: 'io', message: `could not be read: ${(e as Error).message}` };
      return;
    }
    if (text === undefined) {
      report.status = 'failed';
      report.error = { kind: 'io', message: 'is not UTF-8 text; left as it is' };
      return;
    }
    let result;
    try {
      originals.set(path.resolve(abs), text);
      result = transformFile(abs, text, options, undefined, inRun, originalText);
    } catch (e) {
      // A bug in a transform must not stop the run or touch the file.
      report.status = 'failed';
      report.error = { kind: 'internal', message: `internal error, left as it is: ${(e as Error).stack ?? String(e)}` };
      return;
    }
    if (!result.ok) {
      report.status = 'failed';
      report.error = { kind: result.kind, message: result.message, line: result.line, column: result.column, transform: result.transform };
      return;
    }
    report.todos = result.todos;
    report.skipped = result.skipped;
    for (const f of result.foreign ?? []) {
      if (!foreign.some((g) => g.file === f.file && g.range[0] === f.range[0] && g.range[1] === f.range[1] && g.text === f.text)) foreign.push(f);
    }
    latest.set(abs, result.output);
    if (!result.changed) return;
    const needs = result.packageEdits ?? [];
    report.edits = result.edits;
    run.onOutput?.(file, result.output);
    if (run.dry) {
      run.onDiff?.(unifiedDiff(text, result.output, file.startsWith('/') ? file : `a/${file}`, file.startsWith('/') ? file : `b/${file}`));
      report.status = 'changed';
      packageEdits.push(...needs);
      return;
    }
    try {
      writeInPlace(abs, result.output);
      report.status = 'changed';
      packageEdits.push(...needs);
    } catch (e) {
      report.status = 'failed';
      report.error = { kind: 'io', message: `could not be written: ${(e as Error).message}` };
    }
  });
  run.onProgress?.(files.length, files.length);
  applyForeignEdits(foreign, reports, latest, run);
  const packages: MigrateReport['packages'] = [];
  for (const c of packageChanges(packageEdits)) {
    const file = reportPath(cwd, c.packageJson);
    const entry = { file, dependency: c.dependency, from: c.from, to: c.range, status: 'changed' as 'changed' | 'failed', error: undefined as string | undefined };
    if (run.dry) {
      run.onDiff?.(unifiedDiff(c.before, c.after, file.startsWith('/') ? file : `a/${file}`, file.startsWith('/') ? file : `b/${file}`));
    } else {
      try {
        writeInPlace(c.packageJson, c.after);
      } catch (e) {
        entry.status = 'failed';
        entry.error = `could not be written: ${(e as Error).message}`;
      }
    }
    packages.push(entry.error ? entry : { file, dependency: c.dependency, from: c.from, to: c.range, status: entry.status });
  }
  const todos: TodoLeft[] = reports.flatMap((r) => r.todos.map((t) => ({ file: r.file, line: t.line, text: t.text, added: t.added })));
  const count = (s: FileStatus) => reports.filter((r) => r.status === s).length;
  return {
    target: options.target,
    textModel: options.textModel,
    url: options.url,
    transforms: [...options.transforms],
    dry: run.dry,
    summary: { scanned: reports.length, changed: count('changed'), unchanged: count('unchanged'), failed: count('failed'), todos: todos.length },
    files: reports,
    todos,
    packages,
  };
}
