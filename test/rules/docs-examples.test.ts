/**
 * The examples in docs/rules/*.md are tests: every paragraph of a ❌ block is
 * reported by its rule, and a ✅ block is reported by no rule of the rule's
 * preset. A doc and its rule cannot disagree again.
 *
 * Blocks are snippets (top-level `await`, `return`, free names such as
 * `prompt`): each is linted as the body of an async function in a .ts file.
 * A comment "Only with `option: value`" in a ❌ paragraph sets that option.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { zeroConfig } from '../../src/cli/lint.js';
import plugin from '../../src/index.js';
import { ROOT } from '../support/eslint.js';

const TODAY = '2026-11-22';
const DOCS = path.join(ROOT, 'docs/rules');
const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Block {
  kind: 'incorrect' | 'correct';
  code: string;
}

/** The ```ts block after each "❌ Incorrect" / "✅ Correct" line. */
export function exampleBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const re = /^(❌|✅)[^\n]*\n+```(?:ts|js|tsx)\n([\s\S]*?)^```/gm;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) blocks.push({ kind: m[1] === '❌' ? 'incorrect' : 'correct', code: m[2] });
  return blocks;
}

const PREFIX = 'export async function example(): Promise<unknown> {\n';
/** Lines the wrapper adds before the snippet. */
const OFFSET = PREFIX.split('\n').length - 1;

async function lint(code: string, config: Linter.Config[]): Promise<Linter.LintMessage[]> {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config });
  const [result] = await eslint.lintText(`${PREFIX}${code}}\n`, { filePath: path.join(dir, 'example.ts') });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal, 'the example parses').toEqual([]);
  return result.messages.map((m) => ({ ...m, line: m.line - OFFSET }));
}

/** Paragraphs of a block (separated by blank lines), with their line ranges (1-based, in the block). */
function paragraphs(code: string): { text: string; from: number; to: number }[] {
  const lines = code.split('\n');
  const out: { text: string; from: number; to: number }[] = [];
  let start = -1;
  lines.forEach((line, i) => {
    if (line.trim() && start < 0) start = i;
    if ((!line.trim() || i === lines.length - 1) && start >= 0) {
      const end = line.trim() ? i : i - 1;
      out.push({ text: lines.slice(start, end + 1).join('\n'), from: start + 1, to: end + 1 });
      start = -1;
    }
  });
  return out;
}

const docs = readdirSync(DOCS).filter((f) => f.endsWith('.md'));

describe('docs examples', () => {
  it('every rule doc has ❌ and ✅ examples the test can read', () => {
    expect(docs.sort()).toEqual(Object.keys(plugin.rules).map((r) => `${r}.md`).sort());
    for (const file of docs) {
      const kinds = exampleBlocks(readFileSync(path.join(DOCS, file), 'utf8')).map((b) => b.kind);
      expect(kinds, file).toContain('incorrect');
      expect(kinds, file).toContain('correct');
    }
  });

  for (const file of docs) {
    const rule = file.replace(/\.md$/, '');
    const meta = plugin.rules[rule as keyof typeof plugin.rules].meta as { docs: { recommended?: string; strict?: string }; schema: { properties?: Record<string, unknown> }[] };
    const preset = meta.docs.recommended ? 'recommended' : 'strict';
    const takesToday = !!meta.schema[0]?.properties?.today;
    const blocks = exampleBlocks(readFileSync(path.join(DOCS, file), 'utf8'));

    blocks.forEach((block, b) => {
      if (block.kind === 'incorrect') {
        it(`${rule}: every paragraph of ❌ block ${b + 1} is reported by ${rule}`, async () => {
          const extra = Object.fromEntries([...block.code.matchAll(/Only with `(\w+): (true|false)`/g)].map((m) => [m[1], m[2] === 'true']));
          const options = { ...(takesToday ? { today: TODAY } : {}), ...extra };
          const config = [
            // The parsers and linter options of `gpt-image lint`, without its preset's rules.
            ...(zeroConfig(preset) as Linter.Config[]).filter((c) => !c.rules),
            { plugins: { 'gpt-image': plugin }, rules: { [`gpt-image/${rule}`]: Object.keys(options).length ? ['error', options] : 'error' } },
          ] as Linter.Config[];
          const messages = await lint(block.code, config);
          for (const p of paragraphs(block.code)) {
            const hit = messages.filter((m) => m.ruleId === `gpt-image/${rule}` && m.line >= p.from && m.line <= p.to);
            expect(hit.length, `not reported:\n${p.text}`).toBeGreaterThan(0);
          }
        });
      } else {
        it(`${rule}: ✅ block ${b + 1} is reported by no rule of ${preset}`, async () => {
          const messages = await lint(block.code, zeroConfig(preset, TODAY) as Linter.Config[]);
          expect(messages.map((m) => `${m.line}: ${m.ruleId} ${m.message}`)).toEqual([]);
        });
      }
    });
  }
});
