import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseOxc } from '../../src/analysis/index.js';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/cli/io.js';
import { type CorpusFile, writeCorpus } from './corpus.js';

describe('gpt-image migrate on a hostile corpus', () => {
  let dir: string;
  let files: CorpusFile[];
  let code: number;
  let io: ReturnType<typeof memoryIo>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-corpus-migrate-'));
    files = writeCorpus(dir);
    io = memoryIo({}, dir);
    code = await main(['migrate', '--force', dir], io);
  }, 600_000); // minutes on a loaded machine: the corpus is large on purpose

  const after = (name: string) => readFileSync(path.join(dir, name));
  const before = (name: string) => files.find((f) => f.name === name)!.bytes;

  it('finishes the run and reports the files it could not parse', () => {
    // 1: some files could not be migrated; the run went on for the others.
    expect(code).toBe(1);
    const err = io.stderr.join('\n') + io.stdout.join('\n');
    for (const f of files.filter((x) => !x.parses)) expect(err, f.name).toContain(f.name);
    expect(readdirSync(dir).sort()).toEqual(files.map((f) => f.name).sort());
  });

  it('leaves files it does not change byte-identical', () => {
    for (const name of ['syntax-error.ts', 'binary.js', 'empty.ts', 'flow.js']) expect(after(name).equals(before(name)), name).toBe(true);
  });

  it('writes only output that parses, and keeps BOM and CRLF in the files it changes', () => {
    for (const f of files) {
      const out = after(f.name);
      if (out.equals(f.bytes)) continue;
      expect(() => parseOxc(out.toString('utf8'), f.name), f.name).not.toThrow();
    }
    const bom = after('bom.ts').toString('utf8');
    expect(bom.startsWith('\uFEFF')).toBe(true);
    expect(bom).toContain('"gpt-image-2"');
    const crlf = after('crlf.js').toString('utf8');
    expect(crlf).toContain('"gpt-image-2"');
    expect(crlf.replace(/\r\n/g, '')).not.toContain('\n');
    expect(after('many-calls.ts').toString('utf8').match(/"gpt-image-2"/g)).toHaveLength(1000);
    const cjk = after('cjk-emoji.ts').toString('utf8');
    // The exported arrow returns its whole result to readers not seen: a TODO line (CRLF) above it.
    expect(cjk.startsWith('\uFEFF// 画像を生成する 🎨\r\n/* 😀😀 絵文字 */\r\n// TODO(gpt-image): this result is returned, and not every reader of it can be seen')).toBe(true);
    expect(cjk).toContain('.\r\nexport const a = (client: any) => /* 猫 🐱 */ client.images.generate({ model: "gpt-image-2", prompt: "p"');
    expect(cjk.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('changes nothing but the edited ranges in a touched file with non-UTF-8 bytes, or leaves it alone', () => {
    const out = after('latin1.js');
    const orig = before('latin1.js');
    // Either untouched, or the invalid bytes of the comment are still there.
    if (!out.equals(orig)) expect(out.subarray(0, 9).equals(orig.subarray(0, 9))).toBe(true);
  });
});
