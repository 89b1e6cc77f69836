/**
 * Every rule in a real ESLint instance with a flat config, over fixture files
 * of each kind (.js, .mjs, .cjs, .ts, .tsx). Each fixture line that must be
 * reported ends with `// expect: <rule> [<rule> ...]`; every other line must
 * stay silent.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { FIXTURES, realEslint } from '../support/eslint.js';

const DIR = path.join(FIXTURES, 'rules');
const today = '2026-11-22';

const allRules = Object.fromEntries(
  Object.keys(plugin.rules).map((name) => [
    `gpt-image/${name}`,
    name === 'no-legacy-model' || name === 'require-model' ? (['error', { today }] as const) : ('error' as const),
  ]),
);

function expectations(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /expect: ([a-z- ]+?)\s*(?:\*\/\s*\}?)?$/.exec(line);
    if (m) for (const rule of m[1].trim().split(/\s+/)) out.push(`${i + 1} gpt-image/${rule}`);
  });
  return out.sort();
}

describe('rules in a real ESLint instance', () => {
  const eslint = realEslint(DIR, allRules);

  it('covers every file kind', async () => {
    const results = await eslint.lintFiles(['app/**/*', 'mentions/**/*']);
    const exts = new Set(results.map((r) => path.extname(r.filePath)));
    expect([...exts].sort()).toEqual(['.cjs', '.js', '.mjs', '.ts', '.tsx']);
    for (const r of results) expect(r.messages.filter((m) => m.fatal)).toEqual([]);
  });

  for (const file of ['images.ts', 'responses.mjs', 'edit.cjs', 'legacy.js', 'Gallery.tsx', 'http.ts', 'vercel.mjs', 'langchain.ts', 'v3.cjs', 'azure-gateway.ts']) {
    it(`reports exactly the marked lines of app/${file}`, async () => {
      const full = path.join(DIR, 'app', file);
      const [result] = await eslint.lintFiles([full]);
      const actual = result.messages.map((m) => `${m.line} ${m.ruleId ?? m.message}`).sort();
      expect(actual).toEqual(expectations(await readFile(full, 'utf8')));
    });
  }

  it('stays silent on files that only mention model ids', async () => {
    const results = await eslint.lintFiles(['mentions/**/*']);
    expect(results.length).toBeGreaterThanOrEqual(5);
    for (const r of results) expect({ file: path.basename(r.filePath), messages: r.messages }).toEqual({ file: path.basename(r.filePath), messages: [] });
  });

  it('the recommended preset runs every rule of this issue on the fixtures', async () => {
    const results = await realEslint(DIR).lintFiles(['app/**/*']);
    const seen = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    for (const name of ['no-image-model-in-responses', 'no-unsupported-param', 'no-url-response', 'no-unknown-model', 'require-model']) {
      expect(seen).toContain(`gpt-image/${name}`);
    }
  });
});
