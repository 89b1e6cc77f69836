/**
 * `--from-code [paths]`: the distinct image models a codebase calls, found by
 * the shared analysis (the same one the lint rules and the codemod use),
 * grouped by where each call goes: its base URL, API shape and key variable.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { rangeOf } from '../analysis/ast.js';
import { moduleOfNode } from '../analysis/project.js';
import { type ApiShape, type BaseSource, type KeySource, analyzeFile, destinationOf, mayContainImageCall, parseOxc, stringCandidates, type Node } from '../analysis/index.js';

const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', 'build']);

export interface ModelUse {
  id: string;
  /** `file:line` of each literal that names the model, relative to the cwd. */
  where: string[];
}

/** The calls that go to one place: the same base URL, API shape and key variable, as the code says. */
export interface CodeTarget {
  api: ApiShape;
  base: BaseSource;
  key: KeySource;
  models: ModelUse[];
}

export interface CodeModels {
  /** Every model, whatever its target. */
  models: ModelUse[];
  targets: CodeTarget[];
  files: number;
  skipped: { file: string; reason: string }[];
}

function* sourceFiles(target: string): Generator<string> {
  let st;
  try {
    st = statSync(target);
  } catch {
    return;
  }
  if (st.isFile()) {
    if (SOURCE.test(target) && !target.endsWith('.d.ts')) yield target;
    return;
  }
  if (!st.isDirectory()) return;
  for (const entry of readdirSync(target, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory() && (SKIP_DIRS.has(entry.name) || entry.name.startsWith('.'))) continue;
    yield* sourceFiles(path.join(target, entry.name));
  }
}

export function collectModels(paths: string[], cwd: string): CodeModels {
  const found = new Map<string, string[]>();
  const byTarget = new Map<string, { target: Omit<CodeTarget, 'models'>; found: Map<string, string[]> }>();
  const skipped: CodeModels['skipped'] = [];
  let files = 0;
  const missingPaths = paths.filter((p) => {
    try {
      statSync(path.resolve(cwd, p));
      return false;
    } catch {
      return true;
    }
  });
  for (const p of missingPaths) skipped.push({ file: p, reason: 'no such file or directory' });
  for (const p of paths) {
    for (const file of sourceFiles(path.resolve(cwd, p))) {
      files++;
      const rel = path.relative(cwd, file) || file;
      const text = readFileSync(file, 'utf8');
      if (!mayContainImageCall(text)) continue;
      let ast: Node;
      try {
        ast = parseOxc(text, file);
      } catch (e) {
        skipped.push({ file: rel, reason: `does not parse: ${(e as Error).message.split('\n')[0]}` });
        continue;
      }
      const fa = analyzeFile(ast, text, undefined, { file });
      for (const req of fa.requests) {
        const value = req.model.hit?.value;
        if (!value) continue;
        const dest = destinationOf(fa.index, req);
        const key = JSON.stringify(dest);
        const group = byTarget.get(key) ?? { target: dest, found: new Map<string, string[]>() };
        byTarget.set(key, group);
        for (const c of stringCandidates(value)) {
          // A literal found in another module (an imported constant) is named where it is written.
          const owner = moduleOfNode(c.node);
          const line = lineOf(owner ? owner.text : text, rangeOf(c.node)[0]);
          const at = `${owner ? path.relative(cwd, owner.file) || owner.file : rel}:${line}`;
          for (const map of [found, group.found]) {
            const list = map.get(c.value) ?? [];
            if (!list.includes(at)) list.push(at);
            map.set(c.value, list);
          }
        }
      }
    }
  }
  const uses = (m: Map<string, string[]>) => [...m].map(([id, where]) => ({ id, where })).sort((a, b) => a.id.localeCompare(b.id));
  const targets = [...byTarget.values()].filter((g) => g.found.size).map((g) => ({ ...g.target, models: uses(g.found) }));
  return { models: uses(found), targets, files, skipped };
}

/** The 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
