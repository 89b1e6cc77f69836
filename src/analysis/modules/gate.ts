/**
 * The gate's widening for values kept in other modules: a file whose own
 * text shows no image model may still send one it imports
 * (`responses.create({ model: IMAGE_MODEL })` with `IMAGE_MODEL` from a
 * config module). Such a file passes when a project module it imports
 * (relative, or through tsconfig `paths`), directly or through re-exports,
 * holds the evidence. Module texts are read once per path, mtime and size.
 */
import fs from 'node:fs';
import { FRESH_MS, resolveSpecifier } from '../project.js';

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)(['"])([^'"\n]{1,300})\1/g;
const MAX_HOPS = 8;
const MAX_BYTES = 512 * 1024;

interface ModuleFacts {
  mtimeMs: number;
  size: number;
  /** When the file was last found unchanged (`Date.now()`). */
  checked: number;
  /** The module's text holds the evidence itself. */
  holds: boolean;
  /** The project modules it imports. */
  targets: string[];
}

/** Per module, once per path, mtime and size: whether it holds evidence, and what it imports. */
const facts = new Map<string, ModuleFacts | null>();

function factsOf(file: string, holds: (text: string) => boolean): ModuleFacts | undefined {
  try {
    const now = Date.now();
    const hit = facts.get(file);
    // A run asks for the same modules file after file: one found unchanged this recently is not stat'ed again.
    if (hit && now - hit.checked < FRESH_MS) return hit;
    const st = fs.statSync(file);
    if (!st.isFile() || st.size > MAX_BYTES) return undefined;
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) {
      hit.checked = now;
      return hit;
    }
    const text = fs.readFileSync(file, 'utf8');
    const f: ModuleFacts = { mtimeMs: st.mtimeMs, size: st.size, checked: now, holds: holds(text), targets: targetsOf(file, text) };
    facts.set(file, f);
    return f;
  } catch {
    return undefined;
  }
}

/** The project modules a module's text imports (relative, or through tsconfig `paths`; packages are not followed), type-only imports left out. */
function targetsOf(file: string, text: string): string[] {
  const out = new Set<string>();
  SPECIFIER.lastIndex = 0;
  for (let m = SPECIFIER.exec(text); m; m = SPECIFIER.exec(text)) {
    if (m[0].startsWith('from') && typeOnly(text, m.index)) continue;
    const target = resolveSpecifier(file, m[2]);
    if (target) out.add(target);
  }
  return [...out];
}

/**
 * `import type … from`, `export type … from` and `import { type A, type B }
 * from`: they carry no value, so no model id reaches the file through them.
 * (`import type from './x'` imports a value named `type`.) Read backwards
 * from the `from` at `at` to the statement's keyword.
 */
const TYPE_ONLY_HEAD = /\b(?:import|export)\s+(?:type\s+(?!from\b|,)[^;'"`]*?|\{([^;'"`{}]*)\}\s*)from$/;

function typeOnly(text: string, at: number): boolean {
  const head = TYPE_ONLY_HEAD.exec(text.slice(Math.max(0, at - 400), at + 4));
  if (!head) return false;
  const names = head[1]?.split(',').map((n) => n.trim()).filter(Boolean);
  return !names || (names.length > 0 && names.every((n) => /^type\s/.test(n)));
}

/** True when a module `text` (of `file`) imports, within a few hops, a project module whose text `holds` evidence. */
export function importsEvidence(file: string, text: string, holds: (text: string) => boolean): boolean {
  const seen = new Set<string>([file]);
  let frontier = targetsOf(file, text);
  for (let hop = 0; hop < MAX_HOPS && frontier.length; hop++) {
    const next: string[] = [];
    for (const target of frontier) {
      if (seen.has(target)) continue;
      seen.add(target);
      const f = factsOf(target, holds);
      if (!f) continue;
      if (f.holds) return true;
      next.push(...f.targets);
    }
    frontier = next;
  }
  return false;
}
