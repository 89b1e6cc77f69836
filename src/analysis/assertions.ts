/**
 * Test assertions that spell a request's model id: `expect(create)
 * .toHaveBeenCalledWith({ model: 'gpt-image-1', ... })`, `assert.deepEqual`,
 * inline snapshots. When the codemod migrates a call's id, the same file's
 * assertions on that id must move with it, or the suite goes red.
 */
import { type Node, forEachChild, isMember, memberName, propertyKey, rangeOf, stringValue, unwrap } from './ast.js';
import { type TextEdit, replaceString } from './edits.js';
import type { FileIndex } from './scope.js';
import { MODELS, type ParamRule, checkSize, getModel, paramRule } from '../catalog/index.js';

/** Matchers and assert functions whose arguments are expected values (jest, vitest, node:assert, chai, sinon). */
const ASSERTIONS = new Set([
  'toHaveBeenCalledWith',
  'toHaveBeenLastCalledWith',
  'toHaveBeenNthCalledWith',
  'toBeCalledWith',
  'lastCalledWith',
  'nthCalledWith',
  'toEqual',
  'toStrictEqual',
  'toMatchObject',
  'toBe',
  'toContain',
  'toContainEqual',
  'toHaveProperty',
  'toMatchInlineSnapshot',
  'deepEqual',
  'deepStrictEqual',
  'equal',
  'strictEqual',
  'calledWith',
  'calledWithMatch',
  'include',
  'eql',
]);

const SNAPSHOTS = new Set(['toMatchInlineSnapshot']);

export interface AssertionSpot {
  /** The assertion call. */
  call: Node;
  /** Edits that replace the ids in it. */
  edits: TextEdit[];
  /** Keys in the asserted value, with their string value when it is one (a migration may have changed them too). */
  keys: Map<string, string | undefined>;
}

/** Assertions in the file whose expected values spell one of `ids`, with the edits that rename them. */
export function assertionsOn(index: FileIndex, ids: ReadonlyMap<string, string>): AssertionSpot[] {
  const out: AssertionSpot[] = [];
  if (![...ids.keys()].some((id) => index.text.includes(id))) return out;
  for (const call of index.calls) {
    const callee = unwrap(call.callee);
    const name = callee && isMember(callee) ? memberName(callee) : undefined;
    if (!name || !ASSERTIONS.has(name)) continue;
    const edits: TextEdit[] = [];
    const keys = new Map<string, string | undefined>();
    const visit = (n: Node) => {
      const s = stringValue(n);
      if (s !== undefined && ids.has(s) && (n.type !== 'TemplateLiteral' || !SNAPSHOTS.has(name))) {
        edits.push(replaceString(index.text, n, ids.get(s)!));
        return;
      }
      if (n.type === 'TemplateLiteral') {
        for (const q of n.quasis as Node[]) {
          const [qs, qe] = rangeOf(q);
          const raw = index.text.slice(qs, qe);
          for (const [from, to] of ids) {
            for (const quote of ['"', "'"]) {
              let at = raw.indexOf(`${quote}${from}${quote}`);
              while (at !== -1) {
                edits.push({ range: [qs + at + 1, qs + at + 1 + from.length], text: to });
                at = raw.indexOf(`${quote}${from}${quote}`, at + 1);
              }
            }
          }
          for (const k of raw.matchAll(/"?([a-z_]+)"?: *["']?([^"',\n]*)/g)) keys.set(k[1], k[2]);
        }
        return;
      }
      if (n.type === 'Property' || n.type === 'ObjectProperty') {
        const key = propertyKey(n);
        if (key) keys.set(key, n.value ? stringValue(unwrap(n.value)) : undefined);
      }
      forEachChild(n, visit);
    };
    for (const arg of call.arguments as Node[]) visit(arg);
    if (edits.length) out.push({ call, edits, keys });
  }
  return out;
}

/** Every parameter some image model's request takes or names: a key outside these is not an image parameter (a mock's `signal`, say). */
const IMAGE_PARAMS = new Set(MODELS.flatMap((m) => Object.values(m.endpoints).flatMap((table) => (table ? Object.keys(table) : []))));

/** Does `value` pass `rule` as the target takes it? (`undefined` value: the key alone is asked about.) */
function accepts(rule: ParamRule | undefined, value: string | undefined): boolean {
  if (!rule || rule.kind === 'unsupported') return false;
  if (value === undefined) return true;
  if (rule.kind === 'enum') return rule.values.includes(value);
  if (rule.kind === 'size') return checkSize(rule.rule, value).ok;
  return true;
}

/**
 * The keys of an asserted request that a migration to `target` removes or
 * changes, as the catalog says: parameters the target does not accept, values
 * it does not take, and `url` (GPT image models return base64 only).
 */
export function keysTheMigrationChanges(spot: AssertionSpot, target: string): string[] {
  const model = getModel(target);
  return [...spot.keys]
    .filter(([key, value]) => {
      if (key === 'url') return true;
      if (key === 'model' || !IMAGE_PARAMS.has(key)) return false;
      if (!model) return true;
      return !accepts(paramRule(model, 'generations', key), value) && !accepts(paramRule(model, 'edits', key), value);
    })
    .map(([key]) => key);
}
