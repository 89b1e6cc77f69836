/**
 * `let` and `var` variables assigned in several places (if/else, switch,
 * try/catch, a loop): at each read, the union of the assignments that can
 * reach it, the way TypeScript's control-flow analysis narrows a `let`.
 *
 * A light reaching-definitions walk: from the read back through the
 * statements before it, up through the enclosing statements, collecting the
 * assignments on the way until a statement that certainly assigns (both
 * branches of an if/else, every case of a switch with a default, a try and
 * its catch). A loop around the read adds every assignment in the loop
 * (earlier iterations); an assignment inside a nested function may run at
 * any time and reaches every read. What the walk cannot order (a read in a
 * closure, a `var` read outside its block) sees every assignment.
 *
 * The resolver asks `assignedValues` for a read's values; the result walker
 * asks `readsAfterWrite` where a call's result stored in the variable is read.
 */
import { type Node, isFunctionLike, rangeOf, unwrap } from '../ast.js';
import type { FileIndex } from '../scope.js';
import { referencesOf } from '../sinks.js';

interface Write {
  /** The identifier written (the declarator's id for the initializer). */
  target: Node;
  /** The value assigned; undefined when it is not a plain value (`+=`, `++`, destructuring, `for (x of …)`). */
  value?: Node;
  /** True when the write replaces the old value (`=`); `??=`, `||=`, `&&=` may keep it. */
  kills: boolean;
  /** Inside a function nested in the declaring one: may run at any time. */
  closure: boolean;
}

interface LetInfo {
  id: Node;
  decl: Node;
  fn: Node;
  /** The initializer, as a write (undefined value: `let x;`). */
  init: Write;
  writes: Write[];
  reads: Node[];
  reaching: Map<Node, Write[]>;
}

const INFOS = new WeakMap<Node, LetInfo | null>();
const LOOPS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);
const LISTS: Readonly<Record<string, string>> = { Program: 'body', BlockStatement: 'body', StaticBlock: 'body', SwitchCase: 'consequent' };

const within = (n: Node, outer: Node) => rangeOf(n)[0] >= rangeOf(outer)[0] && rangeOf(n)[1] <= rangeOf(outer)[1];

function enclosingFunction(index: FileIndex, node: Node): Node {
  let cur = index.parents.get(node);
  while (cur && !isFunctionLike(cur) && cur.type !== 'Program') cur = index.parents.get(cur);
  return cur ?? index.root;
}

/** The variable a `let`/`var` declarator id declares, with its writes and reads (once per variable). */
function infoOf(index: FileIndex, id: Node): LetInfo | undefined {
  const cached = INFOS.get(id);
  if (cached !== undefined) return cached ?? undefined;
  let info: LetInfo | undefined;
  const declarator = index.parents.get(id);
  const decl = declarator ? index.parents.get(declarator) : undefined;
  const holder = decl ? index.parents.get(decl) : undefined;
  const isLoopHead = holder && (holder.type === 'ForOfStatement' || holder.type === 'ForInStatement') && holder.left === decl;
  if (declarator?.type === 'VariableDeclarator' && declarator.id === id && decl?.type === 'VariableDeclaration' && decl.kind !== 'const' && !isLoopHead) {
    const fn = enclosingFunction(index, id);
    info = { id, decl, fn, init: { target: id, value: declarator.init ?? undefined, kills: true, closure: false }, writes: [], reads: [], reaching: new Map() };
    for (const ref of referencesOf(index, id)) {
      // Declared twice (`var x = 1; ... var x = 2;`): not followed.
      const holder = index.parents.get(ref);
      if (holder?.type === 'VariableDeclarator' && holder.id === ref) {
        info = undefined;
        break;
      }
      const w = writeAt(index, ref);
      if (!w) {
        info.reads.push(ref);
        continue;
      }
      w.closure = enclosingFunction(index, ref) !== fn;
      info.writes.push(w);
    }
  }
  INFOS.set(id, info ?? null);
  return info;
}

/** The write `ref` stands for, when it is an assignment target. */
function writeAt(index: FileIndex, ref: Node): Write | undefined {
  const p = index.parents.get(ref);
  if (!p) return undefined;
  if (p.type === 'AssignmentExpression' && p.left === ref) {
    if (p.operator === '=') return { target: ref, value: p.right, kills: true, closure: false };
    if (p.operator === '??=' || p.operator === '||=' || p.operator === '&&=') return { target: ref, value: p.right, kills: false, closure: false };
    return { target: ref, kills: true, closure: false };
  }
  if (p.type === 'UpdateExpression') return { target: ref, kills: true, closure: false };
  const inPattern =
    p.type === 'ArrayPattern' ||
    p.type === 'RestElement' ||
    (p.type === 'AssignmentPattern' && p.left === ref) ||
    ((p.type === 'Property' || p.type === 'ObjectProperty') && p.value === ref && index.parents.get(p)?.type === 'ObjectPattern') ||
    ((p.type === 'ForOfStatement' || p.type === 'ForInStatement') && p.left === ref);
  return inPattern ? { target: ref, kills: true, closure: false } : undefined;
}

/** True when every normal completion of `stmt` has assigned the variable (or it never completes: return, throw). */
function assigns(info: LetInfo, stmt: Node | null | undefined): boolean {
  if (!stmt) return false;
  switch (stmt.type) {
    case 'ExpressionStatement':
      return expressionAssigns(info, stmt.expression);
    case 'BlockStatement':
    case 'StaticBlock':
      return listAssigns(info, stmt.body);
    case 'IfStatement':
      return expressionAssigns(info, stmt.test) || (!!stmt.alternate && assigns(info, stmt.consequent) && assigns(info, stmt.alternate));
    case 'TryStatement':
      return (assigns(info, stmt.block) && (!stmt.handler || assigns(info, stmt.handler.body))) || (!!stmt.finalizer && assigns(info, stmt.finalizer));
    case 'SwitchStatement': {
      const cases = stmt.cases as Node[];
      if (!cases.some((c) => !c.test)) return false;
      // Each case runs its own statements and falls through into the next ones.
      return cases.every((_c, i) => listAssigns(info, cases.slice(i).flatMap((c) => c.consequent as Node[])));
    }
    case 'ReturnStatement':
    case 'ThrowStatement':
      return true;
    case 'LabeledStatement':
      return assigns(info, stmt.body);
    default:
      return false;
  }
}

function listAssigns(info: LetInfo, list: Node[]): boolean {
  for (const s of list) {
    if (assigns(info, s)) return true;
    if (jumps(s)) return false;
  }
  return false;
}

/** A `break` or `continue` in `stmt` that may leave it (not one of a loop or switch inside it). */
function jumps(stmt: Node): boolean {
  if (stmt.type === 'BreakStatement' || stmt.type === 'ContinueStatement') return true;
  if (LOOPS.has(stmt.type) || stmt.type === 'SwitchStatement' || isFunctionLike(stmt) || stmt.type === 'ClassDeclaration') {
    // A labelled jump may still leave them; the label's own statement catches it.
    return false;
  }
  for (const key of ['body', 'consequent', 'alternate', 'block', 'handler', 'finalizer', 'cases']) {
    const v = stmt[key] as Node | Node[] | null | undefined;
    if (!v) continue;
    if (Array.isArray(v) ? v.some((c) => c && jumps(c)) : typeof v === 'object' && v.type && jumps(v)) return true;
  }
  return false;
}

/** `x = v` as the expression (or one of a sequence). */
function expressionAssigns(info: LetInfo, exprIn: Node | undefined): boolean {
  const expr = unwrap(exprIn);
  if (!expr) return false;
  if (expr.type === 'SequenceExpression') return (expr.expressions as Node[]).some((e) => expressionAssigns(info, e));
  if (expr.type === 'AssignmentExpression') return info.writes.some((w) => w.target === expr.left && w.kills && !w.closure);
  return false;
}

/** The writes that can reach `read`. */
function reachingWrites(info: LetInfo, index: FileIndex, read: Node): Write[] {
  const hit = info.reaching.get(read);
  if (hit) return hit;
  const out = new Set<Write>(info.writes.filter((w) => w.closure));
  const add = (outer: Node | null | undefined, before?: Node) => {
    if (!outer) return;
    for (const w of info.writes) if (!w.closure && within(w.target, outer) && (!before || rangeOf(w.target)[1] <= rangeOf(before)[0])) out.add(w);
  };
  /** The writes of a statement before the read that can complete normally (a branch that returns, throws or jumps away never reaches the read). */
  const addCompleting = (stmt: Node) => {
    if (leaves(stmt)) return;
    if (stmt.type === 'IfStatement') {
      add(stmt.test);
      addCompleting(stmt.consequent);
      if (stmt.alternate) addCompleting(stmt.alternate);
      return;
    }
    if (stmt.type === 'BlockStatement') {
      for (const s of stmt.body as Node[]) {
        addCompleting(s);
        if (leaves(s)) return;
      }
      return;
    }
    add(stmt);
  };
  const everything = () => {
    for (const w of info.writes) out.add(w);
    out.add(info.init);
  };
  if (enclosingFunction(index, read) !== info.fn) everything();
  else {
    let cur = read;
    let done = false;
    while (!done) {
      const p = index.parents.get(cur);
      if (!p) {
        everything();
        break;
      }
      const listKey = LISTS[p.type];
      const list = listKey ? (p[listKey] as Node[]) : undefined;
      const at = list ? list.indexOf(cur) : -1;
      if (list && at >= 0) {
        for (let i = at - 1; i >= 0 && !done; i--) {
          const s = list[i];
          if (s === info.decl) {
            out.add(info.init);
            done = true;
          } else {
            addCompleting(s);
            if (assigns(info, s)) done = true;
          }
        }
        if (done) break;
      } else if (p === info.fn) {
        // The walk left the declaring function without meeting the declaration (a `var` read outside its block).
        everything();
        break;
      } else if (LOOPS.has(p.type) && cur !== p.init && cur !== p.right) {
        // Earlier iterations.
        add(p);
      } else if (p.type === 'IfStatement' || p.type === 'ConditionalExpression') {
        if (cur !== p.test) add(p.test);
      } else if (p.type === 'TryStatement') {
        if (cur === p.handler) add(p.block);
        else if (cur === p.finalizer) {
          add(p.block);
          add(p.handler);
        }
      } else if (p.type === 'SwitchStatement') {
        add(p.discriminant);
        for (const c of p.cases as Node[]) if (c !== cur && rangeOf(c)[1] <= rangeOf(cur)[0]) add(c);
      } else {
        add(p, cur);
      }
      cur = p;
    }
  }
  const result = [...out];
  info.reaching.set(read, result);
  return result;
}

/** True when `stmt` never completes normally: it returns, throws, breaks or continues on every path. */
function leaves(stmt: Node | null | undefined): boolean {
  if (!stmt) return false;
  switch (stmt.type) {
    case 'ReturnStatement':
    case 'ThrowStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return true;
    case 'BlockStatement':
      return (stmt.body as Node[]).some(leaves);
    case 'IfStatement':
      return !!stmt.alternate && leaves(stmt.consequent) && leaves(stmt.alternate);
    default:
      return false;
  }
}

/** Variables being resolved right now: a value that refers back to its own variable is not followed again. */
const ACTIVE = new Set<Node>();

/**
 * The values a read of a `let`/`var` may hold: the expressions assigned on
 * the way to it, and `unknown` when one of them is not a plain value (or the
 * variable may still be unassigned). Undefined when `bindingId` is not a
 * `let`/`var` of this file, or it is being resolved already.
 */
export function assignedValues(index: FileIndex, read: Node, bindingId: Node): { values: Node[]; unknown: boolean } | undefined {
  const info = infoOf(index, bindingId);
  if (!info || ACTIVE.has(bindingId)) return undefined;
  const writes = reachingWrites(info, index, read);
  return { values: writes.flatMap((w) => (w.value ? [w.value] : [])), unknown: writes.some((w) => !w.value) };
}

/** Runs `f` with `bindingId` marked as being resolved. */
export function resolvingVariable<T>(bindingId: Node, f: () => T): T {
  ACTIVE.add(bindingId);
  try {
    return f();
  } finally {
    ACTIVE.delete(bindingId);
  }
}

/**
 * Where the value stored by one write is read: `target` is the identifier an
 * `=` assigns to, or the declarator's id (its initializer). Undefined when it
 * is not a `let`/`var` of this file.
 */
export function readsAfterWrite(index: FileIndex, target: Node, bindingId: Node): Node[] | undefined {
  const info = infoOf(index, bindingId);
  if (!info) return undefined;
  const write = target === info.id ? info.init : info.writes.find((w) => w.target === target);
  if (!write) return undefined;
  return info.reads.filter((r) => reachingWrites(info, index, r).includes(write));
}
