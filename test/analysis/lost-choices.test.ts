/**
 * A user's choice is never dropped or rewritten without a TODO (issue 18):
 * values known only from a type (a declared union, the type checker's
 * literal type of an imported name) are not rewritten in place; the
 * parameter gets a TODO naming what the choice did and what the target
 * offers instead.
 */
import { expect, it } from 'vitest';
import { legacyModelFindings } from '../../src/analysis/checks/legacy-model.js';
import { type Node, type TypedValues, type Value, analyzeFile, applyEdits } from '../../src/analysis/index.js';
import { type Flavor, parseAs } from './parse.js';

const today = '2026-11-22';

function migrate(flavor: Flavor, code: string, typed: (root: Node) => TypedValues): string {
  const root = parseAs(flavor, code);
  const fa = analyzeFile(root, code, undefined, { typed: typed(root) });
  const edits = legacyModelFindings(fa, { target: 'gpt-image-2', allow: [], today }).flatMap((f) => f.suggestions[0]?.edits ?? []);
  return applyEdits(code, edits).text;
}

/** Every node of a tree, types included (the analysis' own walk skips them). */
function all(root: Node, pick: (n: Node) => boolean): Node[] {
  const out: Node[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object' || typeof (v as Node).type !== 'string') return;
    if (pick(v as Node)) out.push(v as Node);
    for (const [k, c] of Object.entries(v)) if (k !== 'parent' && k !== 'loc' && k !== 'range') visit(c);
  };
  visit(root);
  return out;
}

const TODO =
  "/* TODO(gpt-image): `quality` came from `QUALITY`, which may be \"standard\" or \"hd\" (the user's choice). It picked DALL-E's `standard` or `hd` quality; gpt-image-2 takes `low`, `medium`, `high` or `auto` instead (`standard` -> `medium`, `hd` -> `high`). */";

it("an imported name the type checker types 'standard' | 'hd': a TODO, the name is not replaced by a literal", () => {
  const code = `import { QUALITY } from './config';\nopenai.images.generate({ model: 'dall-e-3', prompt: 'p', quality: QUALITY });`;
  for (const flavor of ['estree', 'babel'] as const) {
    const out = migrate(flavor, code, () => ({
      valueOf: (node: Node): Value | undefined =>
        node.type === 'Identifier' && node.name === 'QUALITY'
          ? { kind: 'union', node, options: ['standard', 'hd'].map((value) => ({ kind: 'string' as const, value, node })) }
          : undefined,
    }));
    expect(out, flavor).toBe(`import { QUALITY } from './config';\nopenai.images.generate({ model: 'gpt-image-2', prompt: 'p', ${TODO} quality: QUALITY });`);
  }
});

it("values that come from a declared union (the literals of a type): a TODO, the type is not rewritten", () => {
  const code = `import { QUALITY } from './config';\ntype Q = 'standard' | 'hd';\nopenai.images.generate({ model: 'dall-e-3', prompt: 'p', quality: QUALITY });`;
  for (const flavor of ['estree', 'babel'] as const) {
    const out = migrate(flavor, code, (root) => {
      // What the resolver gives for a value typed by a declared union: the union's literals.
      const literals = all(root, (n) => n.type === 'TSLiteralType').map((t) => t.literal as Node);
      return {
        valueOf: (node: Node): Value | undefined =>
          node.type === 'Identifier' && node.name === 'QUALITY'
            ? { kind: 'union', node, options: literals.map((l) => ({ kind: 'string' as const, value: String(l.value), node: l })) }
            : undefined,
      };
    });
    expect(out, flavor).toContain("type Q = 'standard' | 'hd';");
    expect(out, flavor).toContain(`${TODO} quality: QUALITY`);
  }
});
