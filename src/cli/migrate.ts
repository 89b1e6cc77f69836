/**
 * `gpt-image migrate [paths...]`: the codemod. Every transform runs over each
 * file in one read, parse and write; the same edit plans as the rules'
 * suggestions, applied to the text as it is.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_TARGET, DEFAULT_TEXT_MODEL, textModelProblem, todayIso, todayProblem } from '../catalog/index.js';
import { dirtyAmong, gitState, outsideGit } from '../codemod/git.js';
import { type MigrateReport, type MigrateRun, migrateFiles, reportPath } from '../codemod/run.js';
import { type SelectOptions, SELECTABLE_EXTENSIONS, notReadMessage, parseExtensions, selectFiles } from '../codemod/select.js';
import { TRANSFORM_NAMES, type TransformName, URL_MODES, type UrlMode, checkTarget, defaultOptions, isTransformName } from '../codemod/transforms.js';
import { parseOrUsage } from './args.js';
import type { Io } from './io.js';

/** Exit codes of `gpt-image migrate`. */
export const EXIT = {
  /** Every file was migrated or needed nothing (TODOs may be left: they are listed). */
  ok: 0,
  /** Some files could not be migrated (they do not parse, the output would not parse, or I/O failed); the others were. */
  failed: 1,
  /** Usage error: unknown flag, transform or target, or a path that does not exist. Nothing was written. */
  usage: 2,
  /** Refused: files the run would change have uncommitted changes, are untracked, or are in no git repository (commit them, or pass --force). Nothing was written. */
  dirty: 3,
} as const;

/** Files from which progress is reported even when stderr is not a terminal. */
export const PROGRESS_FILES = 500;
/** Files from which progress is reported on a terminal. */
const PROGRESS_FILES_TTY = 50;

const HELP = `Usage: gpt-image migrate [paths...] [options]

Migrates code on legacy OpenAI image models, in place: legacy model ids move
to the target and every parameter the target does not accept is fixed (the
same edits as the no-legacy-model suggestion), reads of \`.url\` on the result
are followed to their uses (a data URL where one works, the decoded
\`b64_json\` bytes where the URL was downloaded), an image model at the top
level of a Responses call moves into its image_generation tool, Images API
calls without a model get the target, and a file on the openai v3 SDK moves to
openai v4 as a whole (with the \`openai\` range in package.json). What cannot
be fixed is left as a
\`TODO(gpt-image)\` comment, once, and listed at the end.

Paths default to the current directory. Directories are searched for
.js .jsx .mjs .cjs .ts .tsx .mts .cts files, and .vue .svelte .astro files
(their <script> blocks and Astro's frontmatter; the markup stays as it is),
skipping node_modules, dist, build, out, coverage, .next, .turbo and
everything .gitignore ignores; a file named on the command line is always
read (the same files as gpt-image lint). Files are edited in place: only the
edited ranges change (line endings, BOM, quotes, indentation and comments are
kept). A file that does not parse, or whose output would not parse, is
reported and left as it is. A second run changes nothing.

Options:
  --target ID          model to migrate to (default: ${DEFAULT_TARGET.value})
  --transform NAME     run only this transform (repeatable):
                       ${TRANSFORM_NAMES.join(', ')}
  --url MODE           rewrite \`.url\` reads: auto (default: by where the value
                       goes), data-url (everywhere) or todo (leave a TODO)
  --text-model ID      top-level model for Responses calls whose image model
                       moves into the tool (default: ${DEFAULT_TEXT_MODEL.value})
  --today YYYY-MM-DD   decide model statuses for this date (default: today)
  -d, --dry            print a unified diff of what would change; write nothing
  -p, --print          print each changed file's new text to stdout (with
                       --dry: instead of the diff; without: and write it)
  --extensions LIST    only these extensions, comma-separated (e.g. ts,tsx;
                       default: ${SELECTABLE_EXTENSIONS.join(',')})
  --no-ignore          also read what the skip list and .gitignore leave out
  --ignore-pattern PAT skip files matching PAT (.gitignore syntax, repeatable)
  --verbose            list every file read with its status (to stderr)
  --json FILE          write a JSON report (every file, every edit, every TODO
                       left, with file:line); - for stdout
  --force              write even when files it would change have
                       uncommitted changes in git, or are in no git repository
  -h, --help

Exit codes:
  0  done: every file was migrated or needed nothing (TODOs left are listed)
  1  some files could not be migrated (do not parse, the output would not
     parse, or could not be read or written); the others were
  2  usage error (unknown option, transform, target, text model or date,
     missing path);
     nothing written
  3  refused: files it would change have uncommitted changes (or are
     untracked) in git, or are in no git repository, so nothing could undo
     the edits; commit them, or pass --force; nothing written`;

function summaryText(report: MigrateReport): string {
  const { summary: s } = report;
  const lines: string[] = [];
  const failed = report.files.filter((f) => f.status === 'failed');
  const changed = report.files.filter((f) => f.status === 'changed');
  if (changed.length) {
    lines.push(report.dry ? 'Would change:' : 'Changed:');
    for (const f of changed) lines.push(`  ${f.file} (${f.edits.length} ${f.edits.length === 1 ? 'edit' : 'edits'})`);
  }
  if (failed.length) {
    lines.push('Failed (left as they are):');
    for (const f of failed) {
      const at = f.error?.line ? `:${f.error.line}:${f.error.column ?? 1}` : '';
      const what = f.error?.kind === 'parse' ? `does not parse: ${f.error.message}` : (f.error?.message ?? 'failed');
      lines.push(`  ${f.file}${at}  ${what}`);
    }
  }
  const skipped = report.files.flatMap((f) => f.skipped.map((k) => ({ file: f.file, ...k })));
  if (skipped.length) {
    lines.push('Not applied (run again to apply):');
    for (const k of skipped) lines.push(`  ${k.file}:${k.line}  ${k.transform}: ${k.label} (${k.reason})`);
  }
  if (report.packages.length) {
    lines.push(report.dry ? 'Would change in package.json (then run your package manager\'s install):' : 'Changed in package.json (run your package manager\'s install now):');
    for (const p of report.packages) lines.push(`  ${p.file}  "${p.dependency}": ${p.from} -> ${p.to}${p.error ? `  FAILED: ${p.error}` : ''}`);
  }
  if (report.todos.length) {
    lines.push(`TODOs left (${report.todos.length}):`);
    for (const t of report.todos) lines.push(`  ${t.file}:${t.line}  ${t.text}`);
  }
  lines.push(
    `${report.dry ? 'Dry run (nothing written): ' : ''}${s.scanned} ${s.scanned === 1 ? 'file' : 'files'} scanned, ` +
      `${s.changed} ${report.dry ? 'would change' : 'changed'}, ${s.unchanged} unchanged, ${s.failed} failed, ` +
      `${s.todos} ${s.todos === 1 ? 'TODO' : 'TODOs'} left.`,
  );
  return lines.join('\n');
}

export async function run(argv: string[], io: Io): Promise<number> {
  const parsed = parseOrUsage(
    'migrate',
    argv,
    {
        target: { type: 'string' },
        transform: { type: 'string', multiple: true },
        url: { type: 'string' },
        'text-model': { type: 'string' },
        today: { type: 'string' },
        dry: { type: 'boolean', short: 'd' },
        print: { type: 'boolean', short: 'p' },
        extensions: { type: 'string', multiple: true },
        'no-ignore': { type: 'boolean' },
        'ignore-pattern': { type: 'string', multiple: true },
        verbose: { type: 'boolean' },
        json: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    },
    io,
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const usage = (msg: string) => {
    io.err(`gpt-image migrate: ${msg}`);
    return EXIT.usage;
  };
  const today = (values.today as string | undefined) ?? todayIso();
  if (todayProblem(today)) return usage(`--today: ${todayProblem(today)}`);
  const target = (values.target as string | undefined) ?? DEFAULT_TARGET.value;
  const targetCheck = checkTarget(target, today);
  if (targetCheck.error) return usage(`--target: ${targetCheck.error}`);
  const textModel = (values['text-model'] as string | undefined) ?? DEFAULT_TEXT_MODEL.value;
  if (textModelProblem(textModel)) return usage(`--text-model: ${textModelProblem(textModel)}`);
  let extensions: string[] | undefined;
  try {
    extensions = values.extensions === undefined ? undefined : parseExtensions(values.extensions as string[]);
  } catch (e) {
    return usage(`--extensions: ${(e as Error).message}`);
  }
  const selection: SelectOptions = { ignore: !values['no-ignore'], ignorePatterns: (values['ignore-pattern'] as string[] | undefined) ?? [], extensions };
  const names = (values.transform as string[] | undefined) ?? [...TRANSFORM_NAMES];
  const unknown = names.filter((n) => !isTransformName(n));
  if (unknown.length) return usage(`unknown transform '${unknown[0]}' (one of ${TRANSFORM_NAMES.join(', ')})`);
  const url = (values.url as string | undefined) ?? 'auto';
  if (!URL_MODES.includes(url as UrlMode)) return usage(`--url must be ${URL_MODES.join(', ')}, got '${url}'`);
  const options = defaultOptions({
    transforms: names as TransformName[],
    target,
    url: url as UrlMode,
    today,
    textModel,
  });
  const dry = !!values.dry;
  if (values.print && values.json === '-') return usage('--print and --json - both write to stdout; write the report to a file');
  const paths = positionals.length ? positionals : ['.'];

  const { files, missing, unsupported } = selectFiles(paths, io.cwd, selection);
  if (missing.length) return usage(`no such file or directory: ${missing.join(', ')}`);
  if (unsupported.length) {
    if (!files.length) return usage(notReadMessage(unsupported));
    io.err(`gpt-image migrate: ${notReadMessage(unsupported)}`);
  }

  if (!dry && !values.force) {
    const refused = refuseUnprotected(files, paths, { cwd: io.cwd, options, dry: true }, io);
    if (refused !== undefined) return refused;
  }

  const jsonToStdout = values.json === '-';
  const print = !!values.print;
  // stdout holds what the user asked for (the files' text, the JSON report); the rest goes to stderr.
  const out = jsonToStdout || print ? io.err : io.out;
  if (values.verbose) {
    io.err(`gpt-image migrate: ${files.length} ${files.length === 1 ? 'file' : 'files'} selected (target ${target}, text model ${textModel}, today ${today})`);
  }
  const showProgress = files.length >= PROGRESS_FILES || (io.isTTY && files.length >= PROGRESS_FILES_TTY);
  let lastShown = 0;
  const report = migrateFiles(files, {
    cwd: io.cwd,
    options,
    dry,
    onDiff: print ? undefined : (diff) => out(diff.replace(/\n$/, '')),
    onOutput: print ? (file, text) => io.out(`// ${file}\n${text.replace(/\n$/, '')}`) : undefined,
    onProgress: showProgress
      ? (done, total) => {
          const step = Math.max(1, Math.floor(total / 10));
          if (done === total || done - lastShown >= step) {
            lastShown = done;
            io.err(`gpt-image migrate: ${done}/${total} files`);
          }
        }
      : undefined,
  });
  if (values.verbose) {
    for (const f of report.files) io.err(`  ${f.status.padEnd(9)} ${f.file}${f.edits.length ? ` (${f.edits.length} ${f.edits.length === 1 ? 'edit' : 'edits'})` : ''}`);
  }
  out(summaryText(report));

  if (values.json !== undefined) {
    const json = `${JSON.stringify(report, null, 2)}\n`;
    if (jsonToStdout) io.out(json);
    else {
      const dest = path.resolve(io.cwd, values.json as string);
      try {
        writeFileSync(dest, json);
      } catch (e) {
        io.err(`gpt-image migrate: could not write ${values.json}: ${(e as Error).message}`);
        return EXIT.failed;
      }
    }
  }
  return report.summary.failed > 0 || report.packages.some((p) => p.status === 'failed') ? EXIT.failed : EXIT.ok;
}

/**
 * The git guard: a file the run would change must be committed, so that the
 * migration is one diff to review and revert. Only files the run would change
 * count (a dry pass over the suspect ones tells); a modified file it leaves
 * alone does not. Returns the exit code when the run is refused.
 */
function refuseUnprotected(files: readonly string[], paths: readonly string[], dryRun: MigrateRun, io: Io): number | undefined {
  const state = gitState(paths, io.cwd);
  const dirty = dirtyAmong(state, files);
  const outside = outsideGit(state, files);
  const suspects = [...dirty.map((e) => e.file), ...outside];
  if (!suspects.length) return undefined;
  const report = migrateFiles(suspects, dryRun);
  const changes = new Set(suspects.filter((_, i) => report.files[i].status === 'changed'));
  const list = (items: string[]) => {
    const shown = items.slice(0, 10);
    if (items.length > 10) shown.push(`  ... and ${items.length - 10} more`);
    return shown.join('\n');
  };
  const dirtyChanged = dirty.filter((e) => changes.has(e.file));
  if (dirtyChanged.length) {
    io.err(
      `gpt-image migrate: files to migrate have uncommitted changes in git:\n${list(dirtyChanged.map((e) => `  ${e.status === '??' ? 'untracked' : 'modified '} ${reportPath(io.cwd, e.file)}`))}\n` +
        'Commit or stash them first, so the migration is one diff you can review and revert; or pass --force (or --dry to preview).',
    );
    return EXIT.dirty;
  }
  const outsideChanged = outside.filter((f) => changes.has(f));
  if (outsideChanged.length) {
    io.err(
      `gpt-image migrate: files to migrate are not in a git repository:\n${list(outsideChanged.map((f) => `  ${reportPath(io.cwd, f)}`))}\n` +
        'The edits are made in place and nothing could undo them. Commit the files to git first (git init && git add -A && git commit), ' +
        'or pass --force to write anyway (or --dry to preview).',
    );
    return EXIT.dirty;
  }
  return undefined;
}
