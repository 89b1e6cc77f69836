/**
 * The oxlint host's results, kept between runs (oxlint keeps none for JS
 * plugins, and ESLint, which never calls `createOnce`, has its own
 * `--cache`). Per linted file: a hash of its text, every path its gate and
 * analysis read (`analysis/disk.ts`: modules, specifiers tried, directories
 * listed, paths found missing), and per rule, options and date the reports
 * made. A file whose text and paths are all as they were gets its reports
 * again with no tree asked for: oxlint deserializes nothing for it, and no
 * analysis runs. The answers of the analysis' kept memos (`KEPT`: whether
 * a file's imports lead to a model id) are kept too, so the gate reads no
 * module for a file it turned away before.
 *
 * Where: `$GPT_IMAGE_CACHE_DIR`, else `node_modules/.cache/eslint-plugin-gpt-image`
 * in the nearest directory above the working directory that has a
 * `node_modules`; with neither, nothing is kept. `GPT_IMAGE_CACHE=off` turns
 * it off. A file of another version or build of the plugin is not read.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Dep, type KeptAnswer, KEPT, stillHolds } from '../analysis/disk.js';
import type { TextEdit } from '../analysis/index.js';
import { PACKAGE } from '../package-info.js';

/** One report, as oxlint takes it: the node's range, and edits rather than fix functions. */
export interface ReportRecord {
  range: [number, number];
  messageId: string;
  data?: Record<string, unknown>;
  fix?: TextEdit[];
  suggest: { messageId: string; data?: Record<string, unknown>; edits: TextEdit[] }[];
}

export interface CacheEntry {
  /** Hash of the text. */
  hash: string;
  deps: Map<string, Dep>;
  /** Reports by rule, options and date. */
  rules: Map<string, ReportRecord[]>;
  /** When the entry was last used (ms). */
  at: number;
}

/** On disk: the paths' states in one table, the files' entries and the kept memos' answers pointing into it. */
interface Stored {
  build: string;
  deps: Dep[];
  entries: { file: string; hash: string; deps: number[]; rules: [string, ReportRecord[]][]; at: number }[];
  memos: Record<string, [key: string, inputs: string, value: unknown, deps: number[]][]>;
  /** Files the gate turned away, by their state on disk: `[file, mtimeMs, ctimeMs, size, ino, deps]`. */
  away?: [file: string, mtimeMs: number, ctimeMs: number, size: number, ino: number, deps: number[]][];
}

/** A file the gate turned away, as it was on disk then, with the modules its import walk read. */
interface TurnedAway {
  stat: readonly [mtimeMs: number, ctimeMs: number, size: number, ino: number];
  deps: Dep[];
  /** Kept in this run (for the next one: this run reads the file for its other rules). */
  fresh?: boolean;
}

const FILE_NAME = 'oxlint-results.json';
/** Entries kept per file: its script blocks (a component has one or two), and a text or two it had before. */
const TEXTS_PER_FILE = 4;
/** An entry unused this long is dropped when the cache is written. */
const KEEP_MS = 14 * 24 * 3600 * 1000;

/** This build of the plugin: its version and when its files were written (a rebuild or reinstall starts afresh). */
function buildId(): string {
  let written = 0;
  try {
    written = fs.statSync(fileURLToPath(import.meta.url)).mtimeMs;
  } catch {
    // No file to stat (bundled): the version alone.
  }
  return `${PACKAGE.version}:${written}`;
}

function cacheDir(): string | undefined {
  const off = process.env.GPT_IMAGE_CACHE;
  if (off && /^(?:off|0|false|no)$/i.test(off)) return undefined;
  if (process.env.GPT_IMAGE_CACHE_DIR) return path.resolve(process.env.GPT_IMAGE_CACHE_DIR);
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    try {
      if (fs.statSync(path.join(dir, 'node_modules')).isDirectory()) return path.join(dir, 'node_modules', '.cache', 'eslint-plugin-gpt-image');
    } catch {
      // None here: look further up.
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

export class RunCache {
  /** Per file, its entries, newest first: one per text (a component's script blocks are linted as texts of one file). */
  private readonly entries = new Map<string, CacheEntry[]>();
  private dirty = false;
  /** Files the gate turned away before, by path. */
  private readonly away = new Map<string, TurnedAway>();
  /** Files whose reports were given again, files analysed, and files turned away unread (per file, not per rule). */
  readonly counts = { reused: new Set<string>(), analysed: new Set<string>(), unread: new Set<string>() };

  private constructor(
    private readonly file: string | undefined,
    private readonly build: string,
  ) {}

  /** The cache of this process (read once), or undefined when it is off. */
  static open(): RunCache | undefined {
    if (opened !== undefined) return opened || undefined;
    const dir = cacheDir();
    if (!dir) {
      opened = false;
      return undefined;
    }
    const cache = new RunCache(path.join(dir, FILE_NAME), buildId());
    cache.load();
    process.once('exit', () => {
      cache.save();
      // `GPT_IMAGE_CACHE_DEBUG=1`: what the run took from the cache, on stderr.
      if (process.env.GPT_IMAGE_CACHE_DEBUG) {
        const { reused, analysed, unread } = cache.counts;
        process.stderr.write(`gpt-image cache: ${reused.size} reused, ${analysed.size} analysed, ${unread.size} unread\n`);
      }
    });
    opened = cache;
    return cache;
  }

  /** A cache held in memory only (tests). */
  static inMemory(): RunCache {
    return new RunCache(undefined, buildId());
  }

  private load(): void {
    let stored: Stored;
    try {
      stored = JSON.parse(fs.readFileSync(this.file!, 'utf8')) as Stored;
    } catch {
      return;
    }
    if (stored.build !== this.build || !Array.isArray(stored.entries)) return;
    for (const e of stored.entries) {
      const deps = new Map<string, Dep>();
      for (const i of e.deps) deps.set(stored.deps[i][0], stored.deps[i]);
      this.entries.set(e.file, [...(this.entries.get(e.file) ?? []), { hash: e.hash, deps, rules: new Map(e.rules), at: e.at }]);
    }
    for (const [file, mtimeMs, ctimeMs, size, ino, deps] of stored.away ?? []) this.away.set(file, { stat: [mtimeMs, ctimeMs, size, ino], deps: deps.map((i) => stored.deps[i]) });
    // The memos' answers, to be checked when first asked for.
    for (const [name, answers] of Object.entries(stored.memos ?? {})) {
      const memo = KEPT.get(name);
      if (!memo) continue;
      for (const [key, inputs, value, deps] of answers) {
        if (!memo.answers.has(key)) memo.answers.set(key, { inputs, value, deps: deps.map((i) => stored.deps[i]), checked: 0 });
      }
    }
  }

  /** Writes the cache (on exit), when something changed: to a temporary file renamed over the old one. */
  save(): void {
    if (!this.file || !(this.dirty || [...KEPT.values()].some((m) => m.changed))) return;
    const table: Dep[] = [];
    const ids = new Map<string, number>();
    const idOf = (d: Dep) => {
      const key = `${d[0]}\0${d[1]}\0${d[2]}`;
      let id = ids.get(key);
      if (id === undefined) {
        id = table.push(d) - 1;
        ids.set(key, id);
      }
      return id;
    };
    const now = Date.now();
    const entries: Stored['entries'] = [];
    for (const [file, list] of this.entries) {
      for (const e of list) {
        if (now - e.at > KEEP_MS) continue;
        entries.push({ file, hash: e.hash, deps: [...e.deps.values()].map(idOf), rules: [...e.rules], at: e.at });
      }
    }
    const memos: Stored['memos'] = {};
    for (const [name, memo] of KEPT) {
      memos[name] = [...memo.answers].map(([key, a]: [string, KeptAnswer<unknown>]) => [key, a.inputs, a.value, a.deps.map(idOf)]);
    }
    const away: NonNullable<Stored['away']> = [...this.away].map(([file, a]) => [file, ...a.stat, a.deps.map(idOf)]);
    const stored: Stored = { build: this.build, deps: table, entries, memos, away };
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(stored));
      fs.renameSync(tmp, this.file);
      this.dirty = false;
      for (const m of KEPT.values()) m.changed = false;
    } catch {
      // A cache that cannot be written is a slower next run, nothing more.
    }
  }

  /** The file's entry, when its text and every path it read are as they were. */
  valid(file: string, text: string): CacheEntry | undefined {
    const list = this.entries.get(file);
    if (!list) return undefined;
    const hash = hashOf(text);
    const e = list.find((x) => x.hash === hash);
    if (!e || !stillHolds([...e.deps.values()])) return undefined;
    e.at = Date.now();
    this.counts.reused.add(file);
    return e;
  }

  /** A fresh entry for a text of a file about to be analysed (replacing an invalid one for the same text). */
  start(file: string, text: string): CacheEntry {
    const e: CacheEntry = { hash: hashOf(text), deps: new Map(), rules: new Map(), at: Date.now() };
    this.counts.analysed.add(file);
    const others = (this.entries.get(file) ?? []).filter((x) => x.hash !== e.hash);
    this.entries.set(file, [e, ...others].slice(0, TEXTS_PER_FILE));
    this.dirty = true;
    return e;
  }

  /** Adds what a rule read (the first state noted for a path stands) and what it reported. */
  record(e: CacheEntry, deps: readonly Dep[], rule: string, reports: ReportRecord[]): void {
    for (const d of deps) if (!e.deps.has(d[0])) e.deps.set(d[0], d);
    e.rules.set(rule, reports);
    this.dirty = true;
  }


  /**
   * Whether the gate turned the file away before and nothing it depends on
   * changed: the file is as it was on disk (modification and change times,
   * size, inode) and so is every module its import walk read. Its text is
   * then not even read. Only for a plain module, which oxlint lints as one
   * text (a component's script blocks are texts of one file), and not in
   * oxlint's language server, which lints the editor's unsaved text.
   */
  turnedAway(file: string): boolean {
    if (!STAT_ONLY || !PLAIN_MODULE.test(file)) return false;
    const a = this.away.get(file);
    if (!a || a.fresh) return false;
    const now = statOf(file);
    if (!now || now.some((v, i) => v !== a.stat[i]) || !stillHolds(a.deps)) {
      this.away.delete(file);
      this.dirty = true;
      return false;
    }
    this.counts.unread.add(file);
    return true;
  }

  /**
   * Keeps that the gate turned a file away, with what its import walk read.
   * Only for a file last written well before this process started: one
   * written during the run may hold another text than the one oxlint read.
   */
  keepTurnedAway(file: string, deps: readonly Dep[]): void {
    if (!STAT_ONLY || !PLAIN_MODULE.test(file)) return;
    const stat = statOf(file);
    if (!stat || stat[0] > STARTED - RACY_MS || stat[1] > STARTED - RACY_MS) return;
    this.away.set(file, { stat, deps: [...deps], fresh: true });
    this.dirty = true;
  }

  /** Drops a file's entries (its analysis failed). */
  forget(file: string): void {
    if (this.entries.delete(file)) this.dirty = true;
  }
}

let opened: RunCache | false | undefined;

/** oxlint lints a plain module as one text; a component file (`.vue`, `.svelte`, `.astro`) as one text per script block. */
const PLAIN_MODULE = /\.(?:[cm]?[jt]s|[jt]sx)$/i;
/** Not in oxlint's language server (`oxlint --lsp`), which may lint text an editor has not saved. */
const STAT_ONLY = !process.argv.includes('--lsp');
/** When this process started (ms since the epoch). */
const STARTED = performance.timeOrigin;
/** A file changed this close to the start of the run may have changed after oxlint read it. */
const RACY_MS = 1000;

/** What tells a file's content has not changed without reading it: modification and change times, size, inode. */
function statOf(file: string): [number, number, number, number] | undefined {
  try {
    const st = fs.statSync(file, { throwIfNoEntry: false });
    return st?.isFile() ? [st.mtimeMs, st.ctimeMs, st.size, st.ino] : undefined;
  } catch {
    return undefined;
  }
}

function hashOf(text: string): string {
  return createHash('md5').update(text).digest('base64');
}
