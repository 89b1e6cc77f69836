/**
 * Finding the callers of a module's functions stays linear: the project's
 * texts are read once for all the functions of a file asked about (not once
 * per function), and references are looked up by name (not found by walking
 * the module once per function). Before, a 135 kB file of many image calls
 * took 28 s to lint and a 5 MB bundle 53 s; the count of file reads is the
 * deterministic measure here.
 */
import fs, { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type Node, analyzeFile, parseOxc } from '../../src/analysis/index.js';
import { callersOf, clearCallerCache } from '../../src/analysis/flow/callers.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('callers cost', () => {
  it('reads each project file once for all the exported functions of a module', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-callers-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'package.json'), '{}');
    const FUNCTIONS = 40;
    const lib = Array.from({ length: FUNCTIONS }, (_, i) => `export function draw${i}(p) { return client.images.generate({ model: 'dall-e-3', prompt: p }); }`).join('\n');
    writeFileSync(path.join(dir, 'lib.ts'), lib);
    const OTHERS = 15;
    for (let i = 0; i < OTHERS; i++) writeFileSync(path.join(dir, `use${i}.ts`), `import { draw${i} } from './lib';\nexport const r${i} = await draw${i}('x');\n`);
    const file = path.join(dir, 'lib.ts');
    const fa = analyzeFile(parseOxc(lib, file), lib, undefined, { file });
    const fns = (fa.index.root.body as Node[]).map((s) => s.declaration as Node);
    expect(fns).toHaveLength(FUNCTIONS);
    clearCallerCache();
    const reads = vi.spyOn(fs, 'readFileSync');
    try {
      const callers = fns.map((fn) => callersOf(fa.index, fn));
      // Precision first: each of the first OTHERS functions has its one caller in its module, the rest none.
      expect(callers.map((c) => (c.kind === 'seen' ? c.calls.length : c.why))).toEqual(Array.from({ length: FUNCTIONS }, (_, i) => (i < OTHERS ? 1 : 0)));
      const ofProject = reads.mock.calls.filter(([f]) => typeof f === 'string' && path.dirname(f) === dir && /use\d+\.ts$/.test(f)).length;
      // Each importing module read once to list the importers, and once more when the project index parses it.
      expect(ofProject).toBeLessThanOrEqual(2 * OTHERS);
    } finally {
      reads.mockRestore();
    }
  });
});
