/**
 * The dependency rules of the architecture: no import circles in `src/`
 * (type-only imports count too), and nothing outside `src/cli/` imports from
 * it.
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

/** The `src/` modules a module imports (static imports and re-exports of relative paths); `values`: without `import type`. */
function importsOf(file: string, values = false): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*((?:import|export)\b[^;'"]*?)from\s*['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g)) {
    if (values && m[1] && /^import\s+type\b/.test(m[1])) continue;
    const spec = m[2] ?? m[3];
    const target = path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'));
    out.push(target.endsWith('.ts') ? target : `${target}.ts`);
  }
  return out;
}

const GRAPH = new Map(files(SRC).map((f) => [f, importsOf(f)]));
const VALUE_GRAPH = new Map(files(SRC).map((f) => [f, importsOf(f, true)]));

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

// Type-only imports (`import type { Io } from '../cli/io.js'` in src/verify) carry no code and are not counted here.
it('nothing outside src/cli imports code from src/cli', () => {
  const cli = path.join(SRC, 'cli') + path.sep;
  const offenders = [...VALUE_GRAPH].filter(([f]) => !f.startsWith(cli)).flatMap(([f, deps]) => deps.filter((d) => d.startsWith(cli)).map((d) => `${path.relative(SRC, f)} -> ${path.relative(SRC, d)}`));
  expect(offenders).toEqual([]);
});
