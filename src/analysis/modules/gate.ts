/**
 * The gate's widening for values kept in other modules: a file whose own
 * text shows no image model may still send one it imports
 * (`responses.create({ model: IMAGE_MODEL })` with `IMAGE_MODEL` from a
 * config module). Such a file passes when a project module it imports
 * (relative, or through tsconfig `paths`), directly or through re-exports,
 * holds the evidence. Module texts are read once per path, mtime and size.
 */
import fs from 'node:fs';
import { resolveSpecifier } from '../project.js';

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)(['"])([^'"\n]{1,300})\1/g;
const MAX_HOPS = 8;
const MAX_BYTES = 512 * 1024;

const texts = new Map<string, { mtimeMs: number; size: number; text: string | undefined }>();

function textOf(file: string): string | undefined {
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || st.size > MAX_BYTES) return undefined;
    const hit = texts.get(file);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.text;
    const text = fs.readFileSync(file, 'utf8');
    texts.set(file, { mtimeMs: st.mtimeMs, size: st.size, text });
    return text;
  } catch {
    return undefined;
  }
}

function specifiers(text: string): string[] {
  const out: string[] = [];
  SPECIFIER.lastIndex = 0;
  for (let m = SPECIFIER.exec(text); m; m = SPECIFIER.exec(text)) out.push(m[2]);
  return out;
}

/** True when a module `text` (of `file`) imports, within a few hops, a project module whose text `holds` evidence. */
export function importsEvidence(file: string, text: string, holds: (text: string) => boolean): boolean {
  const seen = new Set<string>([file]);
  let frontier: { file: string; text: string }[] = [{ file, text }];
  for (let hop = 0; hop < MAX_HOPS && frontier.length; hop++) {
    const next: { file: string; text: string }[] = [];
    for (const m of frontier) {
      for (const spec of specifiers(m.text)) {
        // Packages are not followed (the project index does not follow them either).
        const target = resolveSpecifier(m.file, spec);
        if (!target || seen.has(target)) continue;
        seen.add(target);
        const t = textOf(target);
        if (t === undefined) continue;
        if (holds(t)) return true;
        next.push({ file: target, text: t });
      }
    }
    frontier = next;
  }
  return false;
}
