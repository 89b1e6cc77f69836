import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { zeroConfig } from '../../src/cli/lint.js';
import { type CorpusFile, writeCorpus } from './corpus.js';

describe('the rules on a hostile corpus', () => {
  let dir: string;
  let files: CorpusFile[];
  let results: ESLint.LintResult[];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-corpus-'));
    files = writeCorpus(dir);
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: zeroConfig('all', '2026-11-22') as never });
    // lintFiles rejects when a rule throws: resolving at all is the first assertion.
    results = await eslint.lintFiles(['.']);
  }, 600_000); // minutes on a loaded machine: the corpus is large on purpose

  it('lints every file without a rule throwing', () => {
    expect(results.map((r) => path.basename(r.filePath)).sort()).toEqual(files.map((f) => f.name).sort());
    for (const r of results) for (const m of r.messages) expect(m.message).not.toMatch(/Rule .* threw|TypeError|RangeError: .*rule/i);
  });

  it('reports a parse error for files that do not parse, and legacy models in those that do', () => {
    for (const f of files) {
      const r = results.find((x) => path.basename(x.filePath) === f.name)!;
      const fatal = r.messages.filter((m) => m.fatal);
      if (!f.parses) {
        expect(fatal.length, f.name).toBe(1);
        continue;
      }
      expect(fatal, f.name).toEqual([]);
      expect(r.messages.filter((m) => m.ruleId === 'gpt-image/no-legacy-model').length, f.name).toBe(f.legacyCalls);
    }
  });
});
