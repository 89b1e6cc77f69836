/**
 * Tests on the model id that a migration turns around: after `version =
 * 'dall-e-3'` becomes `'gpt-image-2'`, a `version.startsWith('dall')` branch
 * (which set `style`, say) no longer runs. The migration cannot decide what
 * the branch should do on the target, so it leaves a TODO above the test
 * saying what the branch set.
 */
import { LOST_CHOICES } from '../catalog/index.js';
import { type Node, forEachChild, isCall, isIdentifier, isMember, memberName, propertyKey, rangeOf, stringValue, unwrap } from './ast.js';
import type { FileIndex } from './scope.js';
import { referencesOf } from './sinks.js';

export interface SwitchedTest {
  /** The comparison on the model id (`version.startsWith('dall')`). */
  test: Node;
  /** What it evaluated to before the migration, and what it evaluates to now. */
  before: boolean;
  /** Parameters of `LOST_CHOICES` the statement under the test sets. */
  sets: string[];
}

/** The variable a model literal initialises: `version = 'dall-e-3'` (a default), `const m = env.X || 'dall-e-3'`. */
function bindingOf(index: FileIndex, literal: Node): Node | undefined {
  let cur = literal;
  let p = index.parents.get(cur);
  while (p && (p.type === 'LogicalExpression' || (p.type === 'ConditionalExpression' && p.test !== cur) || p.type === 'TSAsExpression' || p.type === 'ParenthesizedExpression')) {
    cur = p;
    p = index.parents.get(cur);
  }
  if (!p) return undefined;
  if (p.type === 'AssignmentPattern' && p.right === cur && isIdentifier(p.left)) return p.left;
  if (p.type === 'VariableDeclarator' && p.init === cur && isIdentifier(p.id)) return p.id;
  return undefined;
}

/** The value of a string test on `id` for `value`, when the test is one this module reads. */
function evaluate(index: FileIndex, ref: Node, value: string): { test: Node; result: boolean } | undefined {
  let node = ref;
  let p = index.parents.get(node);
  while (p && (p.type === 'TSAsExpression' || p.type === 'TSNonNullExpression' || p.type === 'ParenthesizedExpression' || p.type === 'ChainExpression')) {
    node = p;
    p = index.parents.get(node);
  }
  if (!p) return undefined;
  // `id.startsWith('dall')`, `id.includes('dall-e')`, `id.endsWith('-3')`
  if (isMember(p) && p.object === node) {
    const call = index.parents.get(p);
    const arg = call && isCall(call) && call.callee === p ? stringValue(unwrap(call.arguments[0])) : undefined;
    if (arg === undefined) return undefined;
    const method = memberName(p);
    if (method === 'startsWith') return { test: call!, result: value.startsWith(arg) };
    if (method === 'includes') return { test: call!, result: value.includes(arg) };
    if (method === 'endsWith') return { test: call!, result: value.endsWith(arg) };
    return undefined;
  }
  // `id === 'dall-e-3'`
  if (p.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(p.operator)) {
    const other = stringValue(unwrap(p.left === node ? p.right : p.left));
    if (other === undefined) return undefined;
    const same = other === value;
    return { test: p, result: p.operator.startsWith('!') ? !same : same };
  }
  // `/^dall-e/.test(id)`
  if (isCall(p) && p.arguments[0] === node) {
    const callee = unwrap(p.callee);
    const re = callee && isMember(callee) && memberName(callee) === 'test' ? unwrap(callee.object) : undefined;
    const regex = re && (re.regex ?? (re.type === 'RegExpLiteral' ? { pattern: re.pattern, flags: re.flags } : undefined));
    if (!regex) return undefined;
    try {
      return { test: p, result: new RegExp(regex.pattern, regex.flags).test(value) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The statement a test guards: the `if` (or `? :`, `&&`) whose condition holds it, else the test itself. */
function guarded(index: FileIndex, test: Node): Node {
  let cur = test;
  let p = index.parents.get(cur);
  while (p && (p.type === 'UnaryExpression' || p.type === 'LogicalExpression' || p.type === 'ParenthesizedExpression')) {
    if (p.type === 'LogicalExpression' && p.left === cur && p.operator === '&&') return p.right;
    cur = p;
    p = index.parents.get(cur);
  }
  if (p && (p.type === 'IfStatement' || p.type === 'ConditionalExpression') && p.test === cur) return p;
  return test;
}

/** Keys of `LOST_CHOICES` a node sets: `{ style: ... }`, `params.style = ...`. */
function setsIn(node: Node): string[] {
  const keys = new Set<string>();
  const known = LOST_CHOICES.value;
  const visit = (n: Node) => {
    if ((n.type === 'Property' || n.type === 'ObjectProperty') && !n.computed) {
      const k = propertyKey(n);
      if (k && Object.prototype.hasOwnProperty.call(known, k)) keys.add(k);
    }
    if (n.type === 'AssignmentExpression' && isMember(n.left)) {
      const k = memberName(n.left);
      if (k && Object.prototype.hasOwnProperty.call(known, k)) keys.add(k);
    }
    forEachChild(n, visit);
  };
  visit(node);
  return [...keys];
}

/** Tests on the variable `literal` initialises whose outcome changes when its value goes from `from` to `to`. */
export function switchedTests(index: FileIndex, literal: Node, from: string, to: string): SwitchedTest[] {
  const id = bindingOf(index, literal);
  if (!id) return [];
  const out: SwitchedTest[] = [];
  for (const ref of referencesOf(index, id)) {
    const before = evaluate(index, ref, from);
    const after = evaluate(index, ref, to);
    if (!before || !after || before.result === after.result) continue;
    if (out.some((o) => o.test === before.test)) continue;
    const scope = guarded(index, before.test);
    out.push({ test: before.test, before: before.result, sets: scope === before.test ? [] : setsIn(scope) });
  }
  return out.sort((a, b) => rangeOf(a.test)[0] - rangeOf(b.test)[0]);
}
