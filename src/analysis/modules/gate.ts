/**
 * The gate's widening for values kept in other modules: a file whose own
 * text shows no image model may still send one it imports
 * (`responses.create({ model: IMAGE_MODEL })` with `IMAGE_MODEL` from a
 * config module). Such a file passes when a project module it imports
 * (relative, or through tsconfig `paths`), directly or through re-exports,
 * holds the evidence. Module texts are read once per path, mtime and size.
 */
import { type Dep, FRESH_MS, KeptMemo, capture, noteAll, readText, statFile } from '../disk.js';
import { resolveSpecifier } from '../project.js';

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
  /** The specifiers of its value imports. */
  specifiers: string[];
  /** The project modules they name. */
  targets: string[];
  /** What the facts were read from: the module, and the paths its imports' resolution tried. */
  deps: Dep[];
}

/** Per module, once per path, mtime and size: whether it holds evidence, and what it imports. */
const facts = new Map<string, ModuleFacts>();

function factsOf(file: string, holds: (text: string) => boolean): ModuleFacts | undefined {
  const now = Date.now();
  const hit = facts.get(file);
  // A run asks for the same modules file after file: one found unchanged this recently is not stat'ed again.
  if (hit && now - hit.checked < FRESH_MS) {
    noteAll(hit.deps);
    return hit;
  }
  const { value, deps } = capture(() => {
    const st = statFile(file);
    if (!st || st.size > MAX_BYTES) return undefined;
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) {
      // Unchanged: its imports are resolved again (a path tried before may exist now), its text is not read.
      return { ...hit, checked: now, targets: targetsOf(file, hit.specifiers) };
    }
    let text: string;
    try {
      text = readText(file, true);
    } catch {
      return undefined;
    }
    const specifiers = specifiersOf(text);
    return { mtimeMs: st.mtimeMs, size: st.size, checked: now, holds: holds(text), specifiers, targets: targetsOf(file, specifiers), deps: [] };
  });
  if (!value) {
    facts.delete(file);
    return undefined;
  }
  const f: ModuleFacts = { ...value, deps };
  facts.set(file, f);
  return f;
}

/** The specifiers a module's text imports values from (type-only imports left out). */
function specifiersOf(text: string): string[] {
  const out = new Set<string>();
  SPECIFIER.lastIndex = 0;
  for (let m = SPECIFIER.exec(text); m; m = SPECIFIER.exec(text)) {
    if (m[0].startsWith('from') && typeOnly(text, m.index)) continue;
    out.add(m[2]);
  }
  return [...out];
}

/** The project modules the specifiers name (relative, or through tsconfig `paths`; packages are not followed). */
function targetsOf(file: string, specifiers: readonly string[]): string[] {
  const out = new Set<string>();
  for (const s of specifiers) {
    const target = resolveSpecifier(file, s);
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

/** The answers, kept between runs: per file, for the specifiers it imports from. */
const walks = new KeptMemo<boolean>('imports-evidence');

/**
 * True when a module `text` (of `file`) imports, within a few hops, a
 * project module whose text `holds` evidence (one test for the process: the
 * gate's).
 */
export function importsEvidence(file: string, text: string, holds: (text: string) => boolean): boolean {
  const specifiers = specifiersOf(text);
  return walks.get(file, specifiers.join('\n'), () => walk(file, specifiers, holds));
}

function walk(file: string, specifiers: readonly string[], holds: (text: string) => boolean): boolean {
  const seen = new Set<string>([file]);
  let frontier = targetsOf(file, specifiers);
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
