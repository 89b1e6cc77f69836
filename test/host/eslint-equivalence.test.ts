/**
 * `gpt-image lint` (its own rule host, src/host/) against ESLint running the
 * same flat config (`zeroConfig`: the plugin's rules, oxcParser, the
 * script-block processor): the JSON report is byte-identical (messages with
 * fixes and suggestions, suppressed messages with their justifications,
 * counts, `source`), and so is `--fix`'s output. The cases are the ones a
 * host gets wrong first: directives of every kind, line breaks, a BOM, a
 * shebang, script blocks, a file that does not parse.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { zeroConfig } from '../../src/cli/lint.js';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../support/eslint.js';

const TODAY = '2026-11-22';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const CALL = (name: string, model: string, extra = '') => `export const ${name} = () => openai.images.generate({ model: '${model}', prompt: '${name}'${extra} });`;

const CASES: Record<string, string> = {
  'directives.ts': [
    "import OpenAI from 'openai';",
    'const openai = new OpenAI();',
    '/* eslint-disable gpt-image/no-legacy-model -- migrating next sprint */',
    CALL('a', 'dall-e-3'),
    '/* eslint-enable gpt-image/no-legacy-model */',
    `${CALL('b', 'dall-e-2')} // eslint-disable-line gpt-image/no-legacy-model`,
    '// eslint-disable-next-line gpt-image/no-legacy-model, react-hooks/exhaustive-deps -- reviewed',
    CALL('c', 'dall-e-3'),
    '/* eslint-disable-next-line */',
    CALL('d', 'dall-e-2'),
    '// eslint-disable (a line comment: not a directive)',
    CALL('e', 'dall-e-3'),
    "/* eslint-disable 'gpt-image/no-unsupported-param', no-console */",
    CALL('f', 'gpt-image-2', ", response_format: 'b64_json'"),
    '/* eslint-enable */',
    '// eslint-disable-next-line gpt-image/no-such-rule',
    CALL('g', 'dall-e-3'),
    '/* eslint-disable-line gpt-image/no-legacy-model',
    '   spanning two lines */ ' + CALL('h', 'dall-e-2'),
    '/* eslint-disable */',
    CALL('i', 'dall-e-3', ", style: 'vivid'"),
    '/* eslint-enable gpt-image/no-legacy-model */',
    CALL('j', 'dall-e-3'),
    '/* eslint-disable-next-line gpt-image/no-legacy-model',
    '   -- a reason on the second line of the comment */',
    CALL('q', 'dall-e-2'),
    '',
  ].join('\n'),
  'inline-config.ts': [
    '/* eslint gpt-image/no-legacy-model: off, import/no-unresolved: [2, { commonjs: true }] */',
    '/* eslint "gpt-image/no-unsupported-param": "warn" */',
    '/* eslint gpt-image/no-legacy-model: error */',
    '/* eslint gpt-image/no-such-rule: off */',
    '/* eslint gpt-image/no-unknown-model: ["error", { "allow": ["acme-image-9"] }] */',
    "/* eslint gpt-image/require-model: [warn, { tools: false }], 'gpt-image/no-url-response': 0 */",
    "import OpenAI from 'openai';",
    'const openai = new OpenAI();',
    CALL('m', 'dall-e-3'),
    CALL('n', 'gpt-image-2', ", response_format: 'b64_json'"),
    CALL('o', 'acme-image-9'),
    CALL('p', 'acme-image-7'),
    '',
  ].join('\n'),
  'line-breaks.ts': `\uFEFF// 画像 🎨\r\nimport OpenAI from 'openai';\r\nconst openai = new OpenAI();\r\nconst note = 'a\u2028b';\r\n${CALL('k', 'dall-e-3')}\r${CALL('l', 'gpt-image-2', ", response_format: 'b64_json'")}\r\n// eslint-disable-next-line gpt-image/no-legacy-model -- after a lone CR\r${CALL('r', 'dall-e-2')}\r\n`,
  'cli.js': `#!/usr/bin/env node\n// eslint-disable-next-line gpt-image/no-legacy-model\nconst OpenAI = require('openai');\nconst openai = new OpenAI();\nopenai.images.generate({ model: 'dall-e-2', prompt: 'x' }).then((r) => console.log(r.data[0].url));\n`,
  'worker.cjs': `const OpenAI = require('openai');\nconst openai = new OpenAI();\nif (!process.env.KEY) return;\nmodule.exports = () => openai.images.edit({ model: 'dall-e-2', image: 'x', prompt: 'y', response_format: 'url' });\n`,
  'Gallery.vue': `<template>\n  <img :src="src" />\n</template>\n<script setup lang="ts">\nimport OpenAI from 'openai';\nconst openai = new OpenAI();\nconst res = await openai.images.generate({ model: 'gpt-image-2', prompt: 'p', response_format: 'b64_json' });\n// eslint-disable-next-line gpt-image/no-url-response\nconst src = res.data![0].url;\nconst old = await openai.images.generate({ model: 'dall-e-3', prompt: 'p' });\n</script>\n`,
  'Avatar.svelte': `<script context="module">\n  export const MODEL = 'dall-e-2';\n</script>\n<script>\n  import OpenAI from 'openai';\n  const openai = new OpenAI();\n  const go = () => openai.images.generate({ model: MODEL, prompt: 'a' });\n</script>\n<button on:click={go}>go</button>\n`,
  'broken.ts': `client.images.generate({ model: "dall-e-3", `,
  'clean.ts': `import OpenAI from 'openai';\nexport const ok = (c: OpenAI) => c.images.generate({ model: 'gpt-image-2', prompt: 'p' });\n`,
};

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-host-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

type Result = ESLint.LintResult;

/** What ESLint reports that `gpt-image lint` reports: this plugin's findings and parse errors (other tools' unknown rules in directives are theirs). */
function own(r: Result): Result {
  const messages = r.messages.filter((m) => m.fatal || m.ruleId?.startsWith('gpt-image/'));
  const count = (severity: number, fixable = false) => messages.filter((m) => !m.fatal && m.severity === severity && (!fixable || m.fix)).length;
  const fatal = messages.filter((m) => m.fatal).length;
  const out: Record<string, unknown> = {
    ...r,
    messages,
    errorCount: count(2) + fatal,
    fatalErrorCount: fatal,
    warningCount: count(1),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
  };
  if (!messages.length) delete out.source;
  return out as unknown as Result;
}

async function eslintJson(dir: string, fix = false): Promise<string> {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: zeroConfig('all', TODAY) as never, fix, ignore: false });
  const results = await eslint.lintFiles(Object.keys(CASES));
  if (fix) await ESLint.outputFixes(results);
  const formatter = await eslint.loadFormatter('json');
  return await formatter.format(results.map(own));
}

async function cliJson(dir: string, fix = false): Promise<{ code: number; json: string }> {
  const io = memoryIo({}, dir);
  const code = await main(['lint', '--config', 'all', '--today', TODAY, '--format', 'json', ...(fix ? ['--fix'] : []), '.'], io);
  return { code, json: io.stdout.join('') };
}

describe('gpt-image lint reports what ESLint reports with the same config', () => {
  it('byte for byte, on directives, line breaks, a BOM, a shebang, CommonJS, script blocks and a parse error', async () => {
    const dir = tree(CASES);
    const theirs = await eslintJson(dir);
    const ours = await cliJson(dir);
    expect(ours.code).toBe(1);
    expect(ours.json).toBe(theirs);
    const results = JSON.parse(ours.json) as Result[];
    const byName = (n: string) => results.find((r) => path.basename(r.filePath) === n)!;
    // The cases do what they are there for.
    const directives = byName('directives.ts');
    expect(directives.suppressedMessages.length).toBeGreaterThanOrEqual(6);
    expect(directives.suppressedMessages.map((m) => m.line)).toContain(26);
    expect(directives.suppressedMessages.map((m) => m.suppressions![0].justification)).toContain('migrating next sprint');
    expect(directives.messages.map((m) => m.message)).toContain("Definition for rule 'gpt-image/no-such-rule' was not found.");
    expect(directives.messages.some((m) => m.fix)).toBe(false);
    expect(byName('line-breaks.ts').messages.some((m) => m.fix)).toBe(true);
    expect(byName('line-breaks.ts').suppressedMessages.map((m) => m.line)).toEqual([9]);
    expect(byName('Gallery.vue').suppressedMessages).toHaveLength(1);
    expect(byName('broken.ts').messages[0]).toMatchObject({ fatal: true, message: expect.stringMatching(/^Parsing error: /) });
    expect(byName('clean.ts').messages).toEqual([]);
    const inline = byName('inline-config.ts').messages.map((m) => `${m.line} ${m.ruleId} ${m.severity}`);
    // no-legacy-model off (the first comment wins), no-unsupported-param a warning, the unknown id reported
    expect(inline).toEqual(['4 gpt-image/no-such-rule 2', '10 gpt-image/no-unsupported-param 1']);
  }, 120_000);

  it('--fix writes what ESLint writes and reports what is left', async () => {
    const mine = tree(CASES);
    const theirsDir = tree(CASES);
    const theirs = await eslintJson(theirsDir, true);
    const ours = await cliJson(mine, true);
    expect(ours.json.split(mine).join('<dir>')).toBe(theirs.split(theirsDir).join('<dir>'));
    let changed = 0;
    for (const name of Object.keys(CASES)) {
      const text = readFileSync(path.join(mine, name), 'utf8');
      expect(text, name).toBe(readFileSync(path.join(theirsDir, name), 'utf8'));
      if (text !== CASES[name]) changed++;
    }
    expect(changed).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('the stylish, json-with-metadata and html reports are ESLint\'s own', async () => {
    const dir = tree(CASES);
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: zeroConfig('all', TODAY) as never, ignore: false });
    const results = (await eslint.lintFiles(Object.keys(CASES))).map(own);
    for (const format of ['stylish', 'json-with-metadata', 'html']) {
      const io = memoryIo({}, dir);
      await main(['lint', '--config', 'all', '--today', TODAY, '--format', format, '.'], io);
      const theirs = await (await eslint.loadFormatter(format)).format(results);
      // (the html report says when it was made)
      const undated = (s: string) => s.replace(/Generated on [^<]*/, 'Generated on <date>');
      expect(undated(io.stdout.join('')), format).toBe(undated(theirs));
    }
  }, 120_000);
});

const BIN = path.join(ROOT, 'dist/src/cli/main.js');

describe.skipIf(!existsSync(BIN))('gpt-image lint --format json does not load ESLint (the built CLI)', () => {
  /** The files of the eslint package that `gpt-image lint --format <format>` loads (test/package/loaded-modules.mjs lists every module). */
  const loaded = (dir: string, format: string): string[] => {
    const entry = path.join(dir, `lint-${format}.mjs`);
    const io = `{ out() {}, err() {}, cwd: ${JSON.stringify(dir)}, isTTY: false }`;
    writeFileSync(entry, `import { main } from ${JSON.stringify(pathToFileURL(BIN).href)};\nawait main(['lint', '--format', '${format}', ${JSON.stringify(dir)}], ${io});\n`);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'test/package/loaded-modules.mjs'), entry], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const eslintDir = path.dirname(createRequire(BIN).resolve('eslint/package.json')) + path.sep;
    return (JSON.parse(r.stdout) as { modules: string[] }).modules.filter((m) => m.startsWith(eslintDir)).map((m) => m.slice(eslintDir.length));
  };

  it('loads no module of the eslint package for json; stylish loads its formatter only', () => {
    const dir = tree({ 'a.ts': CASES['line-breaks.ts'], 'Gallery.vue': CASES['Gallery.vue'] });
    expect(loaded(dir, 'json')).toEqual([]);
    // The check sees the package's modules when they load:
    const stylish = loaded(dir, 'stylish');
    expect(stylish).toContain(path.join('lib', 'cli-engine', 'formatters', 'stylish.js'));
    expect(stylish).not.toContain(path.join('lib', 'api.js'));
  });
});
