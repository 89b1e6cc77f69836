import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../src/cli/verify.js';
import { EXIT_TABLE } from '../../src/verify/exit-codes.js';

describe('the exit codes are documented where users look', () => {
  const doc = readFileSync(path.resolve(__dirname, '../../docs/verify.md'), 'utf8');

  it('docs/verify.md lists exactly the codes verify returns, with the same meanings', () => {
    const rows = [...doc.matchAll(/^\| (\d+) \| (.+) \|$/gm)].map((m) => ({ code: Number(m[1]), meaning: m[2] }));
    expect(rows).toEqual(EXIT_TABLE.map(({ code, meaning }) => ({ code, meaning })));
  });

  it('--help lists them too', () => {
    for (const { code, meaning } of EXIT_TABLE) expect(HELP).toContain(`${String(code).padStart(2)}  ${meaning}`);
  });
});
