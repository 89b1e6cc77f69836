/**
 * The package as published, installed from an `npm pack` tarball into fresh
 * projects outside this repository (test/support/tarball.ts; nothing is
 * downloaded): a CommonJS project on ESLint 9, an ES module project on ESLint
 * 10 with a typed `eslint.config.ts`, the bin through `npx -p`, and the files
 * the tarball carries.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../support/eslint.js';
import { freshProject, pack } from '../support/tarball.js';

const LEGACY = `import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport const poster = (prompt: string) => openai.images.generate({ model: 'dall-e-3', prompt });\n`;

let temp: string;
let tarball: string;
let cjs: string;
let esm: string;

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'gpt-image-tarball-'));
  tarball = pack(temp);
  cjs = freshProject(path.join(temp, 'cjs'), tarball, { eslint: 'eslint-v9', type: 'commonjs' });
  esm = freshProject(path.join(temp, 'esm'), tarball, { eslint: 'eslint', type: 'module' });
}, 180_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function node(cwd: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
}

function eslint(cwd: string, ...args: string[]) {
  return node(cwd, ['node_modules/eslint/bin/eslint.js', '--format', 'json', ...args]);
}

function ruleIds(stdout: string): Record<string, string[]> {
  const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string | null; message: string }[] }[];
  return Object.fromEntries(results.map((r) => [path.basename(r.filePath), r.messages.map((m) => m.ruleId ?? m.message)]));
}

describe('CommonJS project on ESLint 9', { timeout: 120_000 }, () => {
  it("require('eslint-plugin-gpt-image') returns the plugin itself", () => {
    const r = node(cjs, ['-e', "const p = require('eslint-plugin-gpt-image'); console.log(JSON.stringify([p.meta.name, Object.keys(p.configs), p.configs.recommended.plugins['gpt-image'] === p, '__esModule' in p]))"]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(['eslint-plugin-gpt-image', ['recommended', 'strict', 'all'], true, false]);
  });

  it('an eslint.config.js that requires the plugin lints .js, .cjs and .ts files with nothing else configured', () => {
    writeFileSync(path.join(cjs, 'eslint.config.js'), "const gptImage = require('eslint-plugin-gpt-image');\n\nmodule.exports = [gptImage.configs.recommended];\n");
    mkdirSync(path.join(cjs, 'src'));
    writeFileSync(path.join(cjs, 'src/a.js'), "exports.f = (c) => c.images.generate({ model: 'dall-e-2', prompt: 'p' });\n");
    writeFileSync(path.join(cjs, 'src/b.cjs'), "exports.f = (c) => c.images.generate({ model: 'dall-e-3', prompt: 'p' });\n");
    writeFileSync(path.join(cjs, 'src/c.ts'), LEGACY);
    const r = eslint(cjs, 'src');
    expect(r.status, r.stderr).toBe(1);
    expect(ruleIds(r.stdout)).toEqual({ 'a.js': ['gpt-image/no-legacy-model'], 'b.cjs': ['gpt-image/no-legacy-model'], 'c.ts': ['gpt-image/no-legacy-model'] });
  });

  it('resolves the jscodeshift transforms as eslint-plugin-gpt-image/transforms/<name>.cjs', () => {
    const r = node(cjs, ['-e', "for (const n of ['all', 'migrate-image-model', 'require-model', 'responses-image-tool']) { const t = require('eslint-plugin-gpt-image/transforms/' + n + '.cjs'); console.log(n, typeof (t.default ?? t)); }"]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(['all function', 'migrate-image-model function', 'require-model function', 'responses-image-tool function']);
  });
});

describe('ES module project on ESLint 10', { timeout: 120_000 }, () => {
  it('the README flat config lints .ts and .tsx with typescript-eslint before or after the preset', () => {
    mkdirSync(path.join(esm, 'src'));
    writeFileSync(path.join(esm, 'src/a.ts'), `export const f = (c: any) => c.images.generate({ model: 'dall-e-3', prompt: 'p' });\n`);
    writeFileSync(path.join(esm, 'src/b.tsx'), `export const B = (c: any) => <img src={c.images.generate({ model: 'dall-e-2', prompt: 'p' })} />;\n`);
    for (const order of ['...tseslint.configs.recommended, gptImage.configs.recommended', 'gptImage.configs.recommended, ...tseslint.configs.recommended']) {
      writeFileSync(path.join(esm, 'eslint.config.js'), `import tseslint from 'typescript-eslint';\nimport gptImage from 'eslint-plugin-gpt-image';\n\nexport default [${order}];\n`);
      const r = eslint(esm, 'src');
      expect(r.status, r.stderr).toBe(1);
      expect(ruleIds(r.stdout), order).toEqual({
        'a.ts': ['@typescript-eslint/no-explicit-any', 'gpt-image/no-legacy-model'],
        'b.tsx': ['@typescript-eslint/no-explicit-any', 'gpt-image/no-legacy-model'],
      });
    }
  });

  it('a typed eslint.config.ts using the presets every documented way type-checks with tsc --noEmit', () => {
    const dir = path.join(esm, 'typed');
    cpSync(path.join(FIXTURES, 'consumer'), dir, { recursive: true });
    const r = node(dir, [path.join(esm, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 300_000);

  it('a mistyped config is rejected, so the check above can fail', () => {
    const dir = path.join(esm, 'mistyped');
    cpSync(path.join(FIXTURES, 'consumer'), dir, { recursive: true });
    const file = path.join(dir, 'eslint.config.ts');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nexport const wrong: Linter.Config = { rules: { 'gpt-image/no-legacy-model': 'loud' } };\n`);
    const tsconfig = path.join(dir, 'tsconfig.json');
    writeFileSync(tsconfig, readFileSync(tsconfig, 'utf8').replace('"skipLibCheck": false', '"skipLibCheck": true'));
    const r = node(dir, [path.join(esm, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(/eslint\.config\.ts\(\d+,\d+\): error TS2322/);
  }, 300_000);

  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  /** Runs a README command line in the project, with npx kept offline. */
  function readmeCommand(line: string, cwd = esm) {
    expect(readme).toContain(`\n${line}`);
    const [cmd, ...args] = line.replace(/\s+#.*$/, '').split(' ');
    expect(cmd).toBe('npx');
    return spawnSync('npx', ['--offline', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' } });
  }

  it("the README's `npx -p eslint-plugin-gpt-image gpt-image …` runs the installed bin, offline", () => {
    const models = readmeCommand('npx -p eslint-plugin-gpt-image gpt-image models');
    expect(models.status, models.stderr).toBe(0);
    expect(models.stdout).toMatch(/^dall-e-3\s+dall-e-3\s+shut-down/m);
    rmSync(path.join(esm, 'eslint.config.js'), { force: true });
    const lint = readmeCommand('npx -p eslint-plugin-gpt-image gpt-image lint src/');
    expect(lint.status).toBe(1);
    expect(lint.stdout).toMatch(/a\.ts\n.*`dall-e-3` was shut down on 2026-05-12.*gpt-image\/no-legacy-model/);
  });

  it("the README's `npx eslint --fix .` applies the safe fix and leaves the model swap to a suggestion", () => {
    const project = freshProject(path.join(temp, 'fix'), tarball, { eslint: 'eslint', type: 'module' });
    writeFileSync(path.join(project, 'eslint.config.js'), "import gptImage from 'eslint-plugin-gpt-image';\n\nexport default [gptImage.configs.recommended];\n");
    const dir = path.join(project, 'src');
    mkdirSync(dir);
    const before = `export const hero = (c: any, prompt: string) =>\n  c.images.generate({ model: 'gpt-image-2', prompt, response_format: 'b64_json' });\nexport const old = (c: any, prompt: string) => c.images.generate({ model: 'dall-e-3', prompt });\n`;
    writeFileSync(path.join(dir, 'hero.ts'), before);
    const r = readmeCommand('npx eslint --fix .   # apply the fixes that cannot change what the program does', project);
    expect(r.status).toBe(1); // the dall-e-3 call is left for a suggestion or migrate
    expect(r.stdout).toMatch(/`dall-e-3` was shut down/);
    expect(readFileSync(path.join(dir, 'hero.ts'), 'utf8')).toBe(before.replace(", response_format: 'b64_json'", ''));
  });
});

describe('the tarball', { timeout: 120_000 }, () => {
  const packed = () => path.join(esm, 'node_modules/eslint-plugin-gpt-image');

  it('ships source maps with their sources, since src/ is not in the package', () => {
    const maps = readdirSync(path.join(packed(), 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(10);
    for (const f of maps) {
      const map = JSON.parse(readFileSync(path.join(packed(), 'dist', f), 'utf8')) as { sources: string[]; sourcesContent?: string[] };
      expect(map.sourcesContent?.length, f).toBe(map.sources.length);
    }
  });

  it('carries an MIT LICENSE, as package.json says', () => {
    const pkg = JSON.parse(readFileSync(path.join(packed(), 'package.json'), 'utf8')) as { license: string };
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(path.join(packed(), 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });

  it('has repository, homepage and bugs; TypeScript and typescript-eslint are optional peers, oxc-parser a dependency', () => {
    const pkg = JSON.parse(readFileSync(path.join(packed(), 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\//);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs.url).toMatch(/\/issues$/);
    expect(Object.keys(pkg.dependencies).filter((d) => /typescript/.test(d))).toEqual([]);
    expect(pkg.dependencies['oxc-parser']).toMatch(/^\^0\.158\./);
    expect(pkg.peerDependencies['@typescript-eslint/parser']).toBe('^8.72.0');
    expect(pkg.peerDependencies.typescript).toBe('>=4.8.4');
    expect(pkg.peerDependenciesMeta).toEqual({ '@typescript-eslint/parser': { optional: true }, typescript: { optional: true } });
  });

  it('`gpt-image models` cites only what the installed package or the web holds', () => {
    const r = node(esm, ['node_modules/.bin/gpt-image', 'models', '--today', '2026-11-23']);
    expect(r.status).toBe(0);
    const footer = r.stdout.trim().split('\n').at(-1)!;
    for (const rel of footer.match(/\b[\w./-]+\/[\w./-]*\b/g) ?? []) {
      if (/^https?:/.test(rel) || rel.startsWith('//')) continue;
      expect(readdirSync(packed(), { recursive: true, encoding: 'utf8' }), `${rel} in: ${footer}`).toContain(rel.replace(/\/$/, ''));
    }
    expect(footer).not.toMatch(/shared\/|src\/catalog/);
    const json = JSON.parse(node(esm, ['node_modules/.bin/gpt-image', 'models', '--json']).stdout) as { models: { id: string; sources: string[] }[] };
    expect(json.models.find((m) => m.id === 'dall-e-3')?.sources).toContainEqual(expect.stringMatching(/^https:\/\//));
  });
});

/**
 * A TypeScript 7 project: npm's `latest` TypeScript, which typescript-eslint 8
 * does not support. Installing: no package the plugin installs asks for a
 * TypeScript below 7 (npm would end in ERESOLVE). Running: `typescript` here is
 * 7.0.2 and throws when loaded, so every command that works proves it loads
 * no TypeScript. (An install from the registry with the real typescript@7.0.2
 * is measured by hand; tests stay off the network.)
 */
describe('a TypeScript 7 project without typescript-eslint', { timeout: 120_000 }, () => {
  let ts7: string;
  beforeAll(() => {
    ts7 = freshProject(path.join(temp, 'ts7'), tarball, { eslint: 'eslint', type: 'module', without: ['typescript', 'typescript-eslint', '@typescript-eslint'] });
    const fake = path.join(ts7, 'node_modules/typescript');
    mkdirSync(fake);
    writeFileSync(path.join(fake, 'package.json'), JSON.stringify({ name: 'typescript', version: '7.0.2', main: 'index.js' }));
    writeFileSync(path.join(fake, 'index.js'), "throw new Error('loaded TypeScript 7');\n");
    mkdirSync(path.join(ts7, 'src'));
    writeFileSync(path.join(ts7, 'src/a.ts'), LEGACY);
    writeFileSync(path.join(ts7, 'src/b.js'), "export const f = (c) => c.images.generate({ model: 'dall-e-2', prompt: 'p' });\n");
  });

  it('installs: every TypeScript peer range on the way admits 7.0.2 or is optional', async () => {
    const { default: semver } = (await import('semver')) as { default: { satisfies(v: string, r: string): boolean } };
    const own = JSON.parse(readFileSync(path.join(ts7, 'node_modules/eslint-plugin-gpt-image/package.json'), 'utf8')) as Record<string, Record<string, string>>;
    expect(semver.satisfies('7.0.2', own.peerDependencies.typescript)).toBe(true);
    // What npm installs with the plugin: its dependencies, theirs, and so on (from this repository's lockfile).
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dependencies?: Record<string, string>; peerDependencies?: Record<string, string>; peerDependenciesMeta?: Record<string, { optional?: boolean }> }>;
    };
    const seen = new Set<string>();
    const queue = Object.keys(own.dependencies);
    while (queue.length) {
      const name = queue.shift()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry, name).toBeDefined();
      const range = entry.peerDependencies?.typescript;
      if (range && !entry.peerDependenciesMeta?.typescript?.optional) expect(semver.satisfies('7.0.2', range), `${name} wants typescript ${range}`).toBe(true);
      queue.push(...Object.keys(entry.dependencies ?? {}));
    }
    expect(seen.size).toBeGreaterThan(20);
  });

  it('`npx gpt-image lint` and `migrate` work there', () => {
    const lint = node(ts7, ['node_modules/.bin/gpt-image', 'lint', 'src']);
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(1);
    expect(lint.stdout).toMatch(/a\.ts\n.*`dall-e-3` was shut down.*no-legacy-model/);
    expect(lint.stdout).toMatch(/b\.js\n.*`dall-e-2` was shut down.*no-legacy-model/);
    const migrate = node(ts7, ['node_modules/.bin/gpt-image', 'migrate', '--force', 'src']);
    expect(migrate.status, migrate.stderr).toBe(0);
    // `poster` is exported and no module calls it: the readers of its result are not seen, so the move comes with a TODO.
    const todo =
      '// TODO(gpt-image): this result is returned, and not every reader of it can be seen (it is returned at a.ts:3 by an exported function no module of the project calls); on dall-e-3 its images had a `url`, on gpt-image-2 they carry `b64_json` only, so a reader of `.url` gets undefined. Read `b64_json` there instead.';
    expect(readFileSync(path.join(ts7, 'src/a.ts'), 'utf8')).toBe(LEGACY.replace('dall-e-3', 'gpt-image-2').replace('export const poster', `${todo}\nexport const poster`));
  });

  it('the preset lints JavaScript with ESLint, and loads no TypeScript', () => {
    writeFileSync(path.join(ts7, 'eslint.config.js'), "import gptImage from 'eslint-plugin-gpt-image';\n\nexport default [gptImage.configs.recommended];\n");
    writeFileSync(path.join(ts7, 'src/c.js'), "export const g = (c) => c.images.generate({ model: 'dall-e-3', prompt: 'p' });\n");
    const r = eslint(ts7, 'src/c.js');
    expect(r.status, r.stderr).toBe(1);
    expect(ruleIds(r.stdout)).toEqual({ 'c.js': ['gpt-image/no-legacy-model'] });
  });
});
