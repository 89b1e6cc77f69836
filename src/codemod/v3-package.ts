/**
 * A package.json's `openai` range moves to v4 only when every file that
 * package runs on the v3 SDK moves with it: a file left on `OpenAIApi` would
 * break on the next install. This scans the package's directory (not
 * `node_modules`, `dist`, `build`, `.git`, nor a nested package that declares
 * `openai` itself) for files naming the v3 client, and says which one stays
 * on v3, and why, or that none does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { findCalls } from '../analysis/calls.js';
import { buildIndex } from '../analysis/scope.js';
import { type V3Context, planV3File } from '../analysis/v3-to-v4.js';
import { OPENAI_V3 } from '../catalog/index.js';
import { SKIP_DIRS } from './files.js';
import { dependencyInfo } from './packages.js';
import { isSourceFile, parseSource } from './parse.js';

/** The files below `dir` that name the v3 client and belong to `packageJson`. */
function v3Files(packageJson: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(abs);
      } else if (e.isFile() && isSourceFile(abs)) {
        let text: string;
        try {
          text = readFileSync(abs, 'utf8');
        } catch {
          continue;
        }
        if (text.includes(OPENAI_V3.clientClass) && dependencyInfo(abs, 'openai')?.packageJson === packageJson) out.push(abs);
      }
    }
  };
  walk(path.dirname(packageJson));
  return out;
}

const cache = new Map<string, string | null>();

/** Forgets earlier scans (a new run, or tests that write files). */
export function clearV3PackageCache(): void {
  cache.clear();
}

/**
 * Why the `openai` range of `packageJson` cannot move (a file that stays on
 * v3, or one outside this run), or undefined when every v3 file moves.
 * `context(file)` gives the version facts a file's plan needs; `inRun`, when
 * given, says which files this run edits.
 */
export function v3PackageBlocker(packageJson: string, context: (file: string) => V3Context, inRun?: (file: string) => boolean): string | undefined {
  const key = packageJson;
  if (!inRun && cache.has(key)) return cache.get(key) ?? undefined;
  let reason: string | undefined;
  for (const file of v3Files(packageJson)) {
    const rel = path.relative(path.dirname(packageJson), file).split(path.sep).join('/');
    if (inRun && !inRun(file)) {
      reason = `\`${rel}\` also uses the openai v3 SDK and is not part of this run (migrate the whole package at once)`;
      break;
    }
    let plan;
    try {
      const text = readFileSync(file, 'utf8');
      // A full index even when the file has no image call (a chat-only v3 file still blocks the range).
      const index = buildIndex(parseSource(file, text), text);
      plan = planV3File({ index, ...findCalls(index) }, context(file));
    } catch {
      reason = `\`${rel}\` also uses the openai v3 SDK and does not parse`;
      break;
    }
    if (plan.kind === 'todo') {
      reason = `\`${rel}\` stays on the openai v3 SDK (${plan.reason}), and the package's \`openai\` range cannot move without it`;
      break;
    }
  }
  if (!inRun) cache.set(key, reason ?? null);
  return reason;
}
