/**
 * `--from-code [paths]`: the distinct image models a codebase calls, found by
 * the shared analysis (the same one the lint rules and the codemod use).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyzeFile, mayContainImageCall, parseOxc, stringCandidates, type Node } from '../analysis/index.js';
import { rangeOf } from '../analysis/ast.js';

const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', 'build']);

export interface ModelUse {
  id: string;
  /** `file:line` of each literal that names the model, relative to the cwd. */
  where: string[];
}

export interface CodeModels {
  models: ModelUse[];
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
      for (const req of analyzeFile(ast, text).requests) {
        const value = req.model.hit?.value;
        if (!value) continue;
        for (const c of stringCandidates(value)) {
          const line = lineOf(text, rangeOf(c.node)[0]);
          const list = found.get(c.value) ?? [];
          const at = `${rel}:${line}`;
          if (!list.includes(at)) list.push(at);
          found.set(c.value, list);
        }
      }
    }
  }
  const models = [...found].map(([id, where]) => ({ id, where })).sort((a, b) => a.id.localeCompare(b.id));
  return { models, files, skipped };
}

/** The 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
