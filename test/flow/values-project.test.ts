/**
 * Values that travel through the project's own branches and modules (issue
 * 17, items 3, 4 and 7), on a fixture project: a `let` assigned in branches,
 * a switch and a loop; CommonJS and env config modules; a client made with a
 * gateway `baseURL` in one module and used in another; a Responses call whose
 * model is an imported id; declared unions (TypeScript and JSDoc). Linted
 * with and without type information, the marked lines are exactly the
 * findings; `migrate` changes no behaviour without a TODO.
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

const PROJECT = path.join(FIXTURES, 'flow-values');
const today = '2026-11-22';


const sources = (dir: string) => sourceFiles(dir, /\.(ts|js|cjs)$/);

function eslintFor(typed: boolean): ESLint {
  return new ESLint({
    cwd: PROJECT,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser, parserOptions: typed ? { project: './tsconfig.json', tsconfigRootDir: PROJECT } : {} },
      },
      { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
      plugin.configs.recommended,
      { rules: { 'gpt-image/no-legacy-model': ['error', { today }] } },
    ] as Linter.Config[],
  });
}

describe.each([
  ['without type information', false],
  ['with type information', true],
])('branches, modules and declared unions, %s', (_label, typed) => {
  it('reports exactly the marked lines of every module', async () => {
    const results = await eslintFor(typed).lintFiles(['src/**/*.{ts,js,cjs}']);
    expect(results.length).toBeGreaterThanOrEqual(12);
    for (const r of results) {
      const actual = r.messages.map((m) => `${m.line} ${m.ruleId ?? m.message}`).sort();
      expect({ file: path.relative(PROJECT, r.filePath), actual }).toEqual({ file: path.relative(PROJECT, r.filePath), actual: expectations(readFileSync(r.filePath, 'utf8')) });
    }
  });
});

describe('migrate on the fixture project', () => {
  it('moves ids where they are defined, follows the let to its url read, leaves TODOs where the code cannot move, and a second run changes nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-flow-values-'));
    cpSync(PROJECT, dir, { recursive: true });
    const files = sources(path.join(dir, 'src'));
    const before = new Map(files.map((f) => [path.relative(dir, f), readFileSync(f, 'utf8')]));
    const options = defaultOptions({ today });
    const report = migrateFiles(files, { options, cwd: dir, dry: false });
    expect(report.summary.failed).toBe(0);
    const after = (rel: string) => readFileSync(path.join(dir, rel), 'utf8');
    const was = (rel: string) => before.get(rel)!;
    const todoFree = (text: string) => text.replace(/[ \t]*\/\/ TODO\(gpt-image\)[^\n]*\n/g, '').replace(/\/\* TODO\(gpt-image\)[\s\S]*?\*\/ /g, '');

    // The gateway client of lib/client.ts is the client of routes.ts: a TODO, and the id and the url read as they were.
    expect(after('src/lib/client.ts')).toBe(was('src/lib/client.ts'));
    expect(todoFree(after('src/routes.ts'))).toBe(was('src/routes.ts'));
    expect(after('src/routes.ts')).toContain('// TODO(gpt-image): `dall-e-3` goes to `https://llm.example.internal/v1`');

    // An Azure client exported by a CommonJS module: the deployment name stays, with the Azure TODO.
    expect(todoFree(after('src/azure-worker.cjs'))).toBe(was('src/azure-worker.cjs'));
    expect(after('src/azure-worker.cjs')).toContain('On Azure, `model` names a deployment');
    expect(after('src/lib/azure.cjs')).toBe(was('src/lib/azure.cjs'));

    // Config modules: CommonJS and env modules are edited where the id is written.
    expect(after('src/config/legacy.cjs')).toBe(was('src/config/legacy.cjs').replace("'dall-e-3'", "'gpt-image-2'"));
    expect(after('src/config/edits.cjs')).toBe(was('src/config/edits.cjs').replace("'dall-e-2'", "'gpt-image-2'"));
    expect(after('src/config/env.ts')).toBe(was('src/config/env.ts').replace("?? 'dall-e-3'", "?? 'gpt-image-2'"));
    expect(after('src/config/env-defaults.ts')).toBe(was('src/config/env-defaults.ts').replace("default('dall-e-3')", "default('gpt-image-2')"));
    expect(after('src/config/t3.ts')).toBe(was('src/config/t3.ts').replace("|| 'dall-e-2'", "|| 'gpt-image-2'"));
    expect(after('src/worker.cjs')).toBe(was('src/worker.cjs'));
    expect(after('src/env-users.ts')).toBe(was('src/env-users.ts'));

    // The let of both branches: both ids move, and the url read after them is decoded instead of downloaded.
    const editor = after('src/editor.ts');
    expect(editor).toContain("images.edit({ model: 'gpt-image-2', image: source, prompt })");
    expect(editor).toContain("images.generate({ model: 'gpt-image-2', prompt })");
    expect(editor).toContain('const url = response.data?.[0]?.b64_json;');
    expect(editor).toContain("fs.writeFileSync('out.png', Buffer.from(url, 'base64'));");
    expect(editor).not.toContain('fetch(');
    expect(editor).toContain("      model = 'gpt-image-2';\n      break;");
    // The url read in the loop goes into an array: a TODO naming it.
    expect(editor).toMatch(/TODO\(gpt-image\): `url` is undefined on gpt-image-2 \(base64 only, in `b64_json`\), and this value goes to `urls\.push\(\.\.\.\)`/);

    // Declared unions: the declaration is not the place to change, so a TODO maps the values.
    for (const f of ['src/quality.ts', 'src/jsdoc.js']) {
      expect(after(f)).toContain('TODO(gpt-image): `quality` comes from a declared type that allows "standard" / "hd", which gpt-image-2 does not take; change what the callers pass and the declaration ("standard" -> "medium", "hd" -> "high").');
      expect(todoFree(after(f))).toBe(was(f));
    }
    // Quiet code stays as it was.
    expect(after('src/quiet.ts')).toBe(was('src/quiet.ts'));

    const again = migrateFiles(sources(path.join(dir, 'src')), { options, cwd: dir, dry: false });
    expect(again.summary.changed).toBe(0);
  });
});
