/**
 * No import circles in `src/` (type-only imports count too), as
 * `npx madge --circular --extensions ts src` would report them. (That nothing
 * below `src/cli/` imports from it is test/verify/layers.test.ts.)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './support/eslint.js';

const SRC = path.join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.ts$/.test(name) ? [full] : [];
  });
}

/** The `src/` modules a module imports (static imports and re-exports of relative paths). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*((?:import|export)\b[^;'"]*?)from\s*['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g)) {
    const spec = m[2] ?? m[3];
    const target = path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'));
    out.push(target.endsWith('.ts') ? target : `${target}.ts`);
  }
  return out;
}

const GRAPH = new Map(files(SRC).map((f) => [f, importsOf(f)]));

it('src has no import circles', () => {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const dep of GRAPH.get(f) ?? []) {
      if (!GRAPH.has(dep)) continue;
      if (state.get(dep) === 'open') cycles.push([...stack.slice(stack.indexOf(dep)), dep].map((x) => path.relative(SRC, x)).join(' -> '));
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of GRAPH.keys()) if (!state.has(f)) visit(f);
  expect(GRAPH.size).toBeGreaterThan(50);
  expect(cycles).toEqual([]);
});
