/**
 * A multi-module project whose requests travel through its own functions
 * (issue 17): wrappers (an exported function, a static method called through
 * `this`, an HTTP helper doing the fetch), an object declared with the SDK's
 * request type, a function returning `data[0].url` to a chat bot in another
 * module, a builder whose test asserts what it builds, and an app module
 * whose test asserts the request it sends. Linted with and without type
 * information (exactly the `// expect:` lines), migrated, and the migrated
 * programs and tests run against the behaviour stubs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { IMAGES } from '../behaviour/support/api.js';
import { type MigratedProgram, cleanupPrograms, migrateProgram, readProgram, withoutTodos } from '../behaviour/support/project.js';
import { FIXTURES, expectations, sourceFiles } from '../support/eslint.js';

const PROJECT = path.join(FIXTURES, 'flow-project');
const today = '2026-11-22';


const sources = (dir: string) => sourceFiles(dir, /\.ts$/);

describe.each([
  ['without type information', false],
  ['with type information', true],
])('linting the flow project %s', (_label, typed) => {
  it('reports exactly the marked lines of every module, at the caller literal', async () => {
    const eslint = new ESLint({
      cwd: PROJECT,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ['**/*.ts'], languageOptions: { parser: tsParser, parserOptions: typed ? { project: './tsconfig.json', tsconfigRootDir: PROJECT } : {} } },
        plugin.configs.recommended,
        { rules: { 'gpt-image/no-legacy-model': ['error', { today }] } },
      ] as Linter.Config[],
    });
    const results = await eslint.lintFiles(['src/**/*.ts', 'test/**/*.ts']);
    expect(results.length).toBe(sources(PROJECT).length);
    let total = 0;
    for (const r of results) {
      const actual = r.messages.map((m) => `${m.line} ${m.ruleId ?? m.message}`).sort();
      total += actual.length;
      const file = path.relative(PROJECT, r.filePath);
      expect({ file, actual }).toEqual({ file, actual: expectations(readFileSync(r.filePath, 'utf8'), typed) });
    }
    expect(total).toBe(typed ? 8 : 7);
  }, 60_000);
});

describe('migrating the flow project', () => {
  let p: MigratedProgram;
  beforeAll(async () => {
    p = await migrateProgram(readProgram(PROJECT));
  }, 120_000);
  afterAll(cleanupPrograms);

  it('migrates each wrapper call at its literal, and a second run changes nothing', async () => {
    expect(p.report.summary.failed).toBe(0);
    expect(p.after['src/poster.ts']).toContain("generate({ model: 'gpt-image-2', prompt, quality: 'high', /* TODO(gpt-image): style \"vivid\" is not supported by gpt-image-2; describe it in the prompt. */ });");
    expect(p.after['src/images.ts']).toContain("this.send('/images/generations', { model: 'gpt-image-2', prompt, size: '1792x1024' });");
    expect(p.after['src/thumb.ts']).toContain("requestOpenAI({ model: 'gpt-image-2', prompt: 'a small fox', size: '1024x1024' });");
    expect(p.after['src/declared.ts']).toContain("{ model: 'gpt-image-2', prompt: 'a logo', size: '1024x1024' }");
    // The wrappers themselves and the look-alikes are untouched.
    expect(withoutTodos(p.after['src/images.ts']).split('\n').filter((l) => !p.before['src/images.ts'].split('\n').includes(l))).toHaveLength(1);
    expect(p.after['src/quiet.ts']).toBe(p.before['src/quiet.ts']);
    expect(await p.rerun()).toEqual({});
  });

  it('the migrated programs send the migrated requests and write the images', async () => {
    const poster = await p.run('src/poster.ts');
    expect(poster.stderr).not.toMatch(/Error/);
    expect(poster.file('poster.png').equals(IMAGES.png)).toBe(true);
    expect(poster.file('banner.png').equals(IMAGES.png)).toBe(true);
    for (const call of poster.api.calls) {
      expect(call.body).toMatchObject({ model: 'gpt-image-2' });
      expect(call.body).not.toHaveProperty('style');
      expect(call.body).not.toHaveProperty('response_format');
    }
    const thumb = await p.run('src/thumb.ts');
    expect(thumb.stderr).toBe('');
    expect(thumb.file('thumb.png').equals(IMAGES.png)).toBe(true);
    expect(thumb.api.calls[0].body).toMatchObject({ model: 'gpt-image-2', size: '1024x1024' });
  }, 60_000);

  it('a url returned to a chat message in another module stays as it was, with a TODO naming the sink', () => {
    const todos = p.todos('src/store.ts');
    expect(todos).toHaveLength(1);
    expect(todos[0]).toContain('`channel.send(...)` (in bot.ts)');
    expect(p.after['src/store.ts']).toContain('return r.data?.[0]?.url;');
    expect(p.after['src/bot.ts']).toBe(p.before['src/bot.ts']);
  });

  it('a builder that kept its id keeps its assertion (with a TODO); the suite stays green', async () => {
    const after = p.after['test/builder.test.ts'];
    expect(after).toContain("{ model: 'gpt-image-1', prompt: 'a cat', size: '1024x1024' }");
    expect(after).toContain("client.images.generate({ model: 'gpt-image-2', prompt: 'ping' })");
    expect(p.todos('test/builder.test.ts').some((t) => t.includes('which the code under test (builder.ts) still sends'))).toBe(true);
    expect(p.after['src/builder.ts']).toBe(p.before['src/builder.ts']);
    const run = await p.run('test/builder.test.ts');
    expect(run.stdout).toMatch(/^# pass 2$/m);
    expect(run.stdout).toMatch(/^# fail 0$/m);
  }, 60_000);

  it("an app module's id moves, and the test that imports it asserts the new one", async () => {
    expect(p.after['src/render.ts']).toContain("model: 'gpt-image-2'");
    expect(p.after['test/render.test.ts']).toContain("{ model: 'gpt-image-2', prompt: 'a cat', size: '1024x1024' }");
    expect(p.todos('test/render.test.ts')).toEqual([]);
    const run = await p.run('test/render.test.ts');
    expect(run.stdout).toMatch(/^# pass 1$/m);
    expect(run.stdout).toMatch(/^# fail 0$/m);
  }, 60_000);

  it('gpt-image lint reports nothing without a TODO(gpt-image) within three lines above it', async () => {
    expect(await p.uncoveredLint()).toEqual([]);
  }, 60_000);
});

/**
 * Issue 17's first real case: a client made with a gateway `baseURL` in
 * client.ts, used from routes.ts. routes.ts must not be rewritten silently
 * (the gateway may not serve the target, and its `url` read must follow).
 * The imported client carries its construction (item 4).
 */
describe('a gateway client imported from another module', () => {
  let p: MigratedProgram;
  beforeAll(async () => {
    p = await migrateProgram(readProgram(path.join(FIXTURES, 'flow-gateway')));
  }, 60_000);
  afterAll(cleanupPrograms);

  it('the run succeeds and client.ts keeps its gateway', () => {
    expect(p.report.summary.failed).toBe(0);
    expect(p.after['src/client.ts']).toBe(p.before['src/client.ts']);
  });

  it('routes.ts gets a TODO, not a silent rewrite', () => {
    expect(p.todos('src/routes.ts').length).toBeGreaterThan(0);
    expect(withoutTodos(p.after['src/routes.ts'])).toBe(p.before['src/routes.ts']);
  });
});
