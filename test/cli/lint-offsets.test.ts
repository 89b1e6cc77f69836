/** `gpt-image lint` on oxc ASTs: reports and fixes land at the right places after a BOM, CJK comments, emoji and CRLF. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-lint-offsets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PREFIX = '\uFEFF// 画像を生成する 🎨\r\n/* 😀😀 絵文字 */\r\n';

it('reports the line and column of the text, and --fix edits exactly the range', async () => {
  const file = path.join(dir, 'hero.ts');
  const body = 'export const hero = (c: any, prompt: string) =>\r\n  c.images.generate({ model: "gpt-image-2", prompt: `🐱 ${prompt}`, response_format: "b64_json" });\r\n';
  writeFileSync(file, PREFIX + body);
  const io = memoryIo({}, dir);
  expect(await main(['lint', '--format', 'json', 'hero.ts'], io)).toBe(1);
  const [result] = JSON.parse(io.stdout.join('')) as { messages: { ruleId: string; line: number; column: number; endColumn: number }[] }[];
  const lines = (PREFIX + body).slice(1).split('\r\n');
  const m = result.messages.find((x) => x.ruleId === 'gpt-image/no-unsupported-param')!;
  // ESLint columns count UTF-16 code units, 1-based.
  expect(lines[m.line - 1].slice(m.column - 1, m.endColumn - 1)).toMatch(/^response_format/);
  expect(await main(['lint', '--fix', 'hero.ts'], memoryIo({}, dir))).toBe(0);
  expect(readFileSync(file, 'utf8')).toBe(PREFIX + body.replace(', response_format: "b64_json"', ''));
});
