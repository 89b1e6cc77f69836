/**
 * The bridge to plain jscodeshift: `transforms/*.ts` export what this module
 * builds, so `npx jscodeshift -t dist/transforms/<name>.js src/` runs the same
 * engine as `gpt-image migrate`.
 *
 * jscodeshift's own parser option is not used: the file is parsed by oxc
 * (TypeScript, TSX or JavaScript with JSX, by extension), and the text is
 * edited in place rather than reprinted by recast.
 */
import type { API, FileInfo, Options } from 'jscodeshift';
import { writeFileSync } from 'node:fs';
import { textModelProblem, todayProblem } from '../catalog/index.js';
import * as oxc from 'oxc-parser';
import { provideOxc } from '../analysis/parse-oxc.js';
import { transformSource } from './engine.js';
import { packageChanges } from './packages.js';
import { isSourceFile } from './parse.js';
import { type CodemodOptions, type TransformName, type UrlMode, URL_MODES, checkTarget, defaultOptions } from './transforms.js';

// jscodeshift's `--babel` hooks `require` to compile what it loads, which breaks
// loading an ES module with it: the parser comes in through `import`.
provideOxc(oxc);

export type JscodeshiftTransform = (file: FileInfo, api: API, options: Options) => string | undefined;

/** Reads the transform options jscodeshift passes through (`--target=ID --url=todo --textModel=ID --today=YYYY-MM-DD`). */
export function optionsFrom(names: readonly TransformName[], options: Options): CodemodOptions {
  const base = defaultOptions({ transforms: names });
  const target = typeof options.target === 'string' && options.target ? options.target : base.target;
  if (options.today !== undefined && todayProblem(String(options.today))) throw new Error(`--today: ${todayProblem(String(options.today))}`);
  const today = options.today === undefined ? base.today : String(options.today);
  const problem = checkTarget(target, today).error;
  if (problem) throw new Error(`--target: ${problem}`);
  const url = options.url ?? base.url;
  if (!URL_MODES.includes(url as UrlMode)) throw new Error(`--url must be ${URL_MODES.join(', ')}, got '${String(url)}'`);
  const textModel = options.textModel ?? options['text-model'] ?? base.textModel;
  const textProblem = textModelProblem(String(textModel));
  if (textProblem) throw new Error(`--text-model: ${textProblem}`);
  return { ...base, target, today, url: url as UrlMode, textModel: String(textModel) };
}

/** A jscodeshift transform that runs the named transforms. */
export function jscodeshiftTransform(names: readonly TransformName[]): JscodeshiftTransform {
  return function transform(file: FileInfo, api: API, options: Options = {}): string | undefined {
    if (!isSourceFile(file.path)) return undefined;
    const result = transformSource(file.path, file.source, optionsFrom(names, options));
    if (!result.ok) {
      const where = result.line ? ` (${result.line}:${result.column ?? 0})` : '';
      // jscodeshift reports a throw as an error and leaves the file as it is.
      throw new Error(result.kind === 'parse' ? `does not parse: ${result.message}${where}` : result.message);
    }
    for (const t of result.todos) if (t.added) api.report(`${file.path}:${t.line} ${t.text}`);
    // The one edit outside the file: a dependency range the edits need (not on --dry).
    for (const c of packageChanges(result.packageEdits ?? [])) {
      if (!options.dry) writeFileSync(c.packageJson, c.after);
      api.report(`${c.packageJson}: "${c.dependency}" ${c.from} -> ${c.range}${options.dry ? ' (not written: --dry)' : ''}; run your package manager's install`);
    }
    if (!result.parsed) return undefined;
    return result.output;
  };
}
