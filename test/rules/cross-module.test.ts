/**
 * Values across modules, on a fixture project of config modules, a re-export
 * barrel, tsconfig `paths` and the files that send the requests: reported at
 * the use site naming where the value is defined, with and without type
 * information; `migrate` edits the defining module once and nothing else.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../../src/codemod/transforms.js';
import { migrateFiles } from '../../src/codemod/run.js';
import plugin from '../../src/index.js';
import { FIXTURES, expectations, sourceFiles } from '../support/eslint.js';

const PROJECT = path.join(FIXTURES, 'project');
const today = '2026-11-22';


const sources = (dir: string) => sourceFiles(dir, /(?<!\.d)\.ts$/);

function eslintFor(typed: boolean): ESLint {
  return new ESLint({
    cwd: PROJECT,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser, parserOptions: typed ? { project: './tsconfig.json', tsconfigRootDir: PROJECT } : {} },
      },
      plugin.configs.recommended,
      { rules: { 'gpt-image/no-legacy-model': ['error', { today }] } },
    ] as Linter.Config[],
  });
}

describe.each([
  ['without type information', false],
  ['with type information (parser services)', true],
])('values from other modules, %s', (_label, typed) => {
  const eslint = eslintFor(typed);

  it('reports exactly the marked lines of every module', async () => {
    const results = await eslint.lintFiles(['src/**/*.ts']);
    expect(results.length).toBeGreaterThanOrEqual(7);
    for (const r of results) {
      const actual = r.messages.map((m) => `${m.line} ${m.ruleId ?? m.message}`).sort();
      expect({ file: path.relative(PROJECT, r.filePath), actual }).toEqual({
        file: path.relative(PROJECT, r.filePath),
        actual: expectations(readFileSync(r.filePath, 'utf8'), typed),
      });
    }
  });

  it('reports at the use site and names the defining module and line', async () => {
    const [covers] = await eslint.lintFiles(['src/covers.ts']);
    const [m] = covers.messages;
    expect(m.message).toContain('`dall-e-3` was shut down on 2026-05-12');
    expect(m.message).toContain('It is defined in `./config/models.ts:1`');
    // On the `IMAGE_MODEL` argument inside the call, not on the whole call.
    const line = readFileSync(path.join(PROJECT, 'src/covers.ts'), 'utf8').split('\n')[m.line - 1];
    expect(line.slice(m.column - 1, m.endColumn! - 1)).toBe('IMAGE_MODEL');
    // The edit belongs to the config module: no suggestion edits this file.
    expect(m.suggestions ?? []).toEqual([]);
  });
});

describe('migrate with values from other modules', () => {
  it('edits the defining module once, leaves the modules that use it as they were, and a second run changes nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-project-'));
    cpSync(PROJECT, dir, { recursive: true });
    const files = sources(path.join(dir, 'src'));
    const before = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
    const options = defaultOptions({ today });
    const report = migrateFiles(files, { options, cwd: dir, dry: false });
    expect(report.summary.failed).toBe(0);

    const models = readFileSync(path.join(dir, 'src/config/models.ts'), 'utf8');
    expect(models).toBe(
      before
        .get(path.join(dir, 'src/config/models.ts'))!
        .replace("IMAGE_MODEL = 'dall-e-3'", "IMAGE_MODEL = 'gpt-image-2'")
        .replace("model: 'gpt-image-1'", "model: 'gpt-image-2'")
        .replace("Legacy = 'dall-e-2'", "Legacy = 'gpt-image-2'"),
    );
    const modelsReport = report.files.find((f) => f.file.endsWith('config/models.ts'))!;
    expect(modelsReport.status).toBe('changed');
    expect(modelsReport.edits.map((e) => `${e.line} ${e.before} -> ${e.after}`)).toEqual([
      "1 'dall-e-3' -> 'gpt-image-2'",
      "6 'gpt-image-1' -> 'gpt-image-2'",
      "11 'dall-e-2' -> 'gpt-image-2'",
    ]);
    // The modules that read the values are untouched, apart from the literal written in http.ts itself.
    for (const f of ['src/covers.ts', 'src/avatars.ts', 'src/config/index.ts', 'src/lib/openai.ts', 'src/typed-only.ts']) {
      expect(readFileSync(path.join(dir, f), 'utf8'), f).toBe(before.get(path.join(dir, f)));
    }
    expect(readFileSync(path.join(dir, 'src/http.ts'), 'utf8')).toBe(before.get(path.join(dir, 'src/http.ts'))!.replace("model: 'dall-e-3'", "model: 'gpt-image-2'"));

    const again = migrateFiles(sources(path.join(dir, 'src')), { options, cwd: dir, dry: false });
    expect(again.summary.changed).toBe(0);
  });

  it('--dry shows the defining module in the diff and writes nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-project-'));
    cpSync(PROJECT, dir, { recursive: true });
    const files = sources(path.join(dir, 'src'));
    const diffs: string[] = [];
    const report = migrateFiles(files, { options: defaultOptions({ today }), cwd: dir, dry: true, onDiff: (d) => diffs.push(d) });
    expect(report.summary.changed).toBe(2);
    expect(diffs.join('\n')).toContain("+export const IMAGE_MODEL = 'gpt-image-2';");
    expect(readFileSync(path.join(dir, 'src/config/models.ts'), 'utf8')).toContain("IMAGE_MODEL = 'dall-e-3'");
  });
});
