/** Runs the jscodeshift transforms the way jscodeshift's worker does: `transform({ path, source }, api, options)`. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import jscodeshift, { type API, type Options } from 'jscodeshift';
import { ROOT } from '../support/eslint.js';

export const TRANSFORM_FIXTURES = path.join(ROOT, 'test/fixtures/transforms');

/** The date fixtures are evaluated for, so statuses do not move under the tests. */
export const TODAY = '2026-11-22';

export type Transform = (file: { path: string; source: string }, api: API, options: Options) => string | null | undefined;

export function fakeApi(reports: string[] = []): API {
  return { jscodeshift, j: jscodeshift, stats: () => {}, report: (msg: string) => void reports.push(msg) } as unknown as API;
}

/** The transform's output, or the source when it returned nothing (no change). */
export function apply(transform: Transform, file: string, source: string, options: Options = {}, reports?: string[]): string {
  // `dry`: a transform may name a package.json change; fixtures never write one.
  const out = transform({ path: file, source }, fakeApi(reports), { today: TODAY, dry: true, ...options });
  return out ?? source;
}

export interface FixtureCase {
  name: string;
  input: string;
  inputText: string;
  /** The expected output file (absent: the input must come back unchanged). */
  output?: string;
  options: Options;
}

export function fixtureCases(transform: string): FixtureCase[] {
  const dir = path.join(TRANSFORM_FIXTURES, transform);
  const cases: FixtureCase[] = [];
  for (const f of readdirSync(dir).sort()) {
    const m = /^(.*)\.input\.(\w+)$/.exec(f);
    if (!m) continue;
    const [, name, ext] = m;
    const output = path.join(dir, `${name}.output.${ext}`);
    const optionsFile = path.join(dir, `${name}.options.json`);
    cases.push({
      name,
      input: path.join(dir, f),
      inputText: readFileSync(path.join(dir, f), 'utf8'),
      output: existsSync(output) ? output : undefined,
      options: existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Options) : {},
    });
  }
  return cases;
}
