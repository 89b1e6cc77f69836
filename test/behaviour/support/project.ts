/**
 * The behavioural harness: a small program is copied into a temp project,
 * migrated with `gpt-image migrate`, checked the way the "done when"
 * asks (outputs parse, a second run changes nothing, `gpt-image lint` reports
 * nothing without a `TODO(gpt-image)` within three lines above it), and then
 * run with node against the stub packages and the stub API, without network.
 *
 *   const p = await migrateProgram({ 'main.mjs': SOURCE });
 *   const run = await p.run('main.mjs', { api: { noImage: true } });
 *
 * TypeScript files are transpiled (types stripped) into `build/` before they
 * run; `p.typecheck()` type-checks them against the real `openai` types (the openai@6 devDependency, whose engines accept Node 20).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { run as migrateCli } from '../../../src/cli/migrate.js';
import { memoryIo } from '../../../src/cli/io.js';
import { zeroConfig } from '../../../src/cli/lint.js';
import type { MigrateReport } from '../../../src/codemod/run.js';
import { TODO_MARKER } from '../../../src/catalog/index.js';
import { type ApiOptions, StubApi } from './api.js';
import { API_ENV, writeStubs } from './stubs.js';

const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');

const made: string[] = [];

/** Removes every temp project made so far (call in `afterEach`/`afterAll`). */
export function cleanupPrograms(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What reached the stub API. */
  api: StubApi;
  /** Reads a file the program wrote (relative to the project). */
  file(rel: string): Buffer;
}

export interface LintMessage {
  file: string;
  line: number;
  rule: string | null;
  message: string;
}

export class MigratedProgram {
  constructor(
    readonly dir: string,
    /** The files as given. */
    readonly before: Readonly<Record<string, string>>,
    /** The files after the migration. */
    readonly after: Readonly<Record<string, string>>,
    readonly report: MigrateReport,
    readonly migrateOutput: { code: number; stdout: string; stderr: string },
  ) {}

  /** The TODO texts the run left in a file. */
  todos(file: string): string[] {
    return this.report.todos.filter((t) => t.file === file).map((t) => t.text);
  }

  /** A second `gpt-image migrate` over the result: what it changed (file -> new text). */
  async rerun(args: readonly string[] = []): Promise<Record<string, string>> {
    const r = await runMigrate(this.dir, [...args, '--force', '--dry', '--json', '-', ...Object.keys(this.before)]);
    const report = JSON.parse(r.stdout) as MigrateReport;
    const changed: Record<string, string> = {};
    for (const f of report.files) if (f.status === 'changed') changed[f.file] = f.status;
    return changed;
  }

  /** `gpt-image lint` (the recommended config) on the migrated files. */
  async lint(): Promise<LintMessage[]> {
    const eslint = new ESLint({ cwd: this.dir, overrideConfigFile: true, overrideConfig: zeroConfig('recommended') as never });
    const results = await eslint.lintFiles(Object.keys(this.before).filter((f) => /\.(m|c)?[jt]sx?$/.test(f)));
    return results.flatMap((r) =>
      r.messages.map((m) => ({ file: path.relative(this.dir, r.filePath).split(path.sep).join('/'), line: m.line, rule: m.ruleId, message: m.message })),
    );
  }

  /** Lint messages with no `TODO(gpt-image)` on their line or within the three lines above it. */
  async uncoveredLint(): Promise<LintMessage[]> {
    return (await this.lint()).filter((m) => {
      const lines = this.after[m.file].split(/\r?\n/);
      for (let l = m.line; l >= Math.max(1, m.line - 3); l--) if (lines[l - 1]?.includes(TODO_MARKER)) return false;
      return true;
    });
  }

  /** Type-checks the TypeScript files (strict) against the real `openai` types (the openai@6 devDependency, whose engines accept Node 20). Returns the diagnostics as text. */
  typecheck(): string[] {
    const files = Object.keys(this.after)
      .filter((f) => /\.(ts|tsx|mts|cts)$/.test(f))
      .map((f) => path.join(this.dir, f));
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: ['node'],
      typeRoots: [path.join(REPO, 'node_modules/@types')],
      paths: { openai: [path.join(REPO, 'node_modules/openai')], 'openai/*': [path.join(REPO, 'node_modules/openai/*')] },
    });
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file && d.start !== undefined ? `${path.relative(this.dir, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1} ` : '';
      return `${where}TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  }

  /**
   * Runs `entry` (a path in the project; a `.ts` file runs from its
   * transpiled copy) with node, against a fresh stub API. Resolves when the
   * program exits.
   */
  async run(entry: string, options: { api?: ApiOptions; args?: readonly string[]; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
    const buildDir = this.build();
    const api = await new StubApi(options.api).start();
    try {
      const preload = path.join(this.dir, 'node_modules', '.stub-fetch.mjs');
      const script = path.join(buildDir, entry.replace(/\.(m|c)?tsx?$/, (m) => m.replace(/tsx?$/, 'js')));
      const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ['--import', pathToFileUrl(preload), script, ...(options.args ?? [])],
          {
            cwd: this.dir,
            env: { PATH: process.env.PATH, OPENAI_API_KEY: 'sk-test-behaviour', ...options.env, [API_ENV]: api.url },
            timeout: 20_000,
          },
          (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
        );
      });
      return { code, stdout, stderr, api, file: (rel) => readFileSync(path.join(this.dir, rel)) };
    } finally {
      await api.close();
    }
  }

  /** `build/`: the project's files with TypeScript transpiled to JavaScript (types stripped), ready to run. */
  private build(): string {
    const out = path.join(this.dir, 'build');
    rmSync(out, { recursive: true, force: true });
    for (const [rel, text] of Object.entries(this.after)) {
      // Declaration files hold no code.
      if (/\.d\.[cm]?ts$/.test(rel)) continue;
      const target = path.join(out, rel);
      mkdirSync(path.dirname(target), { recursive: true });
      const m = /\.(m|c)?tsx?$/.exec(rel);
      if (!m) {
        writeFileSync(target, text);
        continue;
      }
      const module = m[1] === 'c' ? ts.ModuleKind.CommonJS : ts.ModuleKind.ESNext;
      const js = ts.transpileModule(text, { compilerOptions: { module, target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.ReactJSX }, fileName: rel }).outputText;
      writeFileSync(target.replace(/tsx?$/, 'js'), js);
    }
    const pkg = path.join(this.dir, 'package.json');
    if (existsSync(pkg)) cpSync(pkg, path.join(out, 'package.json'));
    return out;
  }
}

function pathToFileUrl(p: string): string {
  return new URL(`file://${p.split(path.sep).join('/')}`).href;
}

async function runMigrate(cwd: string, args: string[]) {
  const io = memoryIo({}, cwd);
  const code = await migrateCli(args, io);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

/**
 * Writes `files` into a temp project with the stub packages, runs
 * `gpt-image migrate` (extra `args` go first) on exactly those files, and
 * returns the result. Source files must be `.js/.mjs/.cjs/.ts/...`; a
 * `package.json` among them is written as given (else `{"type":"module"}`).
 */
export async function migrateProgram(files: Readonly<Record<string, string>>, args: readonly string[] = []): Promise<MigratedProgram> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-behaviour-'));
  made.push(dir);
  writeStubs(dir);
  if (!files['package.json']) writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'program', private: true, type: 'module' }));
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
  const sources = Object.keys(files).filter((f) => /\.(m|c)?[jt]sx?$/.test(f));
  const result = await runMigrate(dir, [...args, '--force', '--json', '-', ...sources]);
  if (result.code !== 0 && result.code !== 1) throw new Error(`gpt-image migrate exited ${result.code}: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as MigrateReport;
  const after: Record<string, string> = {};
  for (const rel of Object.keys(files)) after[rel] = readFileSync(path.join(dir, rel), 'utf8');
  return new MigratedProgram(dir, files, after, report, result);
}

/** Every file below `dir` (relative paths), for fixtures kept as directories. */
export function readProgram(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p).split(path.sep).join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/**
 * The text of `after` with every line that holds a `TODO(gpt-image)` comment
 * removed (and a block TODO cut out of its line): a spot left for a person
 * must equal its input once the comment is gone.
 */
export function withoutTodos(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/^\s*\/\/\s*TODO\(gpt-image\)/.test(l))
    .map((l) => l.replace(/\/\* TODO\(gpt-image\)[^*]*(?:\*(?!\/)[^*]*)*\*\/ ?/g, ''))
    .join('\n');
}

export { REPO };
