/**
 * Dependencies point down (cli -> verify -> analysis -> catalog): nothing
 * below src/cli/ imports from it. The verifier's writer type (`Io`) lives in
 * src/io.ts for that reason.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../../src');

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.ts$/.test(e.name)) yield p;
  }
}

describe('layers', () => {
  it('no module outside src/cli/ imports from src/cli/', () => {
    const offenders: string[] = [];
    for (const file of files(SRC)) {
      if (file.startsWith(path.join(SRC, 'cli') + path.sep)) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const spec = m[1] ?? m[2];
        if (!spec.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), spec);
        if (target.startsWith(path.join(SRC, 'cli') + path.sep)) offenders.push(`${path.relative(SRC, file)} -> ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the verifier reads its Io from src/io.ts', () => {
    for (const f of ['verify/run.ts', 'verify/report.ts']) {
      expect(readFileSync(path.join(SRC, f), 'utf8')).toContain("import type { Io } from '../io.js';");
    }
  });
});
