/**
 * Static values: what an expression certainly evaluates to, or each value it
 * may take (conditionals, `??`/`||` fallbacks). Unknown stays unknown.
 */
import {
  type Node,
  booleanValue,
  forEachChild,
  isFunctionLike,
  isIdentifier,
  memberName,
  numberValue,
  objectMembers,
  rangeOf,
  stringValue,
  unwrap,
} from './ast.js';
import { declaredMember, declaredValue } from './flow/declared-unions.js';
import { calledFunction } from './flow/functions.js';
import { assignedValues, resolvingVariable } from './flow/let-unions.js';
import { excludedIn, without } from './flow/narrowing.js';
import { exportsValue } from './modules/commonjs.js';
import { envValue } from './modules/env.js';
import { importedDefinition, moduleOfNode, requiredModule } from './project.js';
import { type FileIndex, lookup } from './scope.js';

export type { FormEntry, TypedValues, Value, View, ViewPart } from './value-types.js';
import type { TypedValues, Value, View, ViewPart } from './value-types.js';

/** An object literal or a view: something with parameters. */
export function isObjectLike(v: Value): v is Extract<Value, { kind: 'object' }> | View {
  return v.kind === 'object' || v.kind === 'view';
}

/** How the code spells API parameter `key` in a request (camelCase in some libraries). */
export function spellKey(params: Value, key: string): string {
  return params.kind === 'view' ? (params.spell?.[key] ?? key) : key;
}

const sourceKeysFor = (part: Extract<ViewPart, { kind: 'object' }>, apiKey: string): string[] => {
  const map = part.keys ?? {};
  const out = Object.keys(map).filter((k) => map[k] === apiKey);
  if (!Object.prototype.hasOwnProperty.call(map, apiKey)) out.unshift(apiKey);
  return out;
};

function lookupView(index: FileIndex, view: View, key: string, depth: number): PropertyLookup {
  let hit: PropertyHit | undefined;
  let uncertain = false;
  for (const part of view.parts) {
    if (part.kind === 'entries') {
      for (const e of part.entries) if (e.key === key) hit = { value: resolve(index, e.value, depth + 1), prop: e.prop, via: e.via };
      if (part.uncertain) uncertain = true;
      continue;
    }
    if (part.only && !part.only.includes(key)) continue;
    if (part.value.kind !== 'object') {
      uncertain = true;
      continue;
    }
    for (const sk of sourceKeysFor(part, key)) {
      const found = lookupProperty(index, part.value, sk, depth + 1);
      if (found.hit) {
        hit = found.hit;
        uncertain = found.uncertain;
      } else if (found.uncertain) {
        uncertain = true;
      }
    }
  }
  return { hit, uncertain };
}

function viewEntries(index: FileIndex, view: View, depth: number): { entries: Map<string, PropertyHit>; uncertain: boolean } {
  const entries = new Map<string, PropertyHit>();
  let uncertain = false;
  for (const part of view.parts) {
    if (part.kind === 'entries') {
      for (const e of part.entries) entries.set(e.key, { value: resolve(index, e.value, depth + 1), prop: e.prop, via: e.via });
      if (part.uncertain) uncertain = true;
      continue;
    }
    if (part.value.kind !== 'object') {
      uncertain = true;
      continue;
    }
    const sub = objectEntries(index, part.value, depth + 1);
    if (sub.uncertain) uncertain = true;
    for (const [k, hit] of sub.entries) {
      const apiKey = part.keys?.[k] ?? k;
      if (part.only && !part.only.includes(apiKey)) continue;
      entries.set(apiKey, hit);
    }
  }
  return { entries, uncertain };
}

const MAX_DEPTH = 24;

export function resolve(indexIn: FileIndex, nodeIn: Node | undefined, depth = 0): Value {
  const node = unwrap(nodeIn);
  if (!node || depth > MAX_DEPTH) return { kind: 'unknown', node: nodeIn ?? indexIn.root };
  // A node of another module is resolved in that module's scopes.
  const own = moduleOfNode(node);
  const index = own ? own.index : indexIn;
  const s = stringValue(node);
  if (s !== undefined) return { kind: 'string', value: s, node };
  const n = numberValue(node);
  if (n !== undefined) return { kind: 'number', value: n, node };
  const b = booleanValue(node);
  if (b !== undefined) return { kind: 'boolean', value: b, node };
  switch (node.type) {
    case 'ObjectExpression':
      return { kind: 'object', node };
    case 'ArrayExpression':
      return { kind: 'array', node };
    case 'ConditionalExpression':
      return union(node, [narrowed(index, node, 'consequent', depth), narrowed(index, node, 'alternate', depth)]);
    case 'LogicalExpression':
      if (node.operator === '??' || node.operator === '||') {
        return union(node, [resolve(index, node.left, depth + 1), resolve(index, node.right, depth + 1)]);
      }
      return { kind: 'unknown', node };
    case 'Identifier':
      return resolveIdentifier(index, node, depth);
    case 'CallExpression':
      return moduleCall(index, node, depth) ?? helperResult(index, node, depth);
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      const name = memberName(node);
      if (name === undefined) return { kind: 'unknown', node };
      const obj = unwrap(node.object);
      if (obj?.type === 'ThisExpression') return classField(index, node, name, depth);
      if (obj && isIdentifier(obj)) {
        const binding = lookup(index, obj, obj.name);
        if (binding?.kind === 'enum') return enumMember(index, binding.node, name, node, depth);
        // `options.quality` of a parameter declared `options: { quality: 'standard' | 'hd' }`.
        const declared = binding && (binding.kind === 'opaque' || binding.kind === 'param') ? declaredMember(index, binding.id, name) : undefined;
        if (declared) return declared;
        if (binding?.kind === 'opaque') {
          // `Models.Legacy` of an imported enum, `cfg.IMAGE_MODEL` of `import * as cfg`.
          const typed = typedValue(index, node);
          if (typed) return typed;
          const whole = importedDefinition(index, obj);
          if (whole?.kind === 'enum') return enumMember(whole.module.index, whole.node, name, node, depth);
          if (!whole) {
            const member = importedDefinition(index, obj, name);
            if (member) return member.kind === 'value' ? resolve(member.module.index, member.node, depth + 1) : { kind: 'unknown', node };
          }
        }
      }
      const base = resolve(index, node.object, depth + 1);
      const got = getProperty(index, base, name, depth + 1);
      return got?.value ?? { kind: 'unknown', node };
    }
    default:
      return { kind: 'unknown', node };
  }
}

/** A branch of a conditional, without the value its test rules out (`q === 'hd' ? 'high' : q`). */
function narrowed(index: FileIndex, cond: Node, branch: 'consequent' | 'alternate', depth: number): Value {
  const v = resolve(index, cond[branch], depth + 1);
  const ex = excludedIn(cond, branch);
  return ex ? without(v, ex.lit, resolve(index, ex.name, depth + 1)) : v;
}

function union(node: Node, options: Value[]): Value {
  return { kind: 'union', options, node };
}

function resolveIdentifier(index: FileIndex, node: Node, depth: number): Value {
  if (node.name === 'undefined') return { kind: 'unknown', node };
  const binding = lookup(index, node, node.name);
  if (!binding) return { kind: 'unknown', node };
  if (binding.kind === 'const') {
    // `const x = x` style self references cannot be resolved.
    if (rangeOf(binding.init)[0] <= rangeOf(node)[0] && rangeOf(node)[1] <= rangeOf(binding.init)[1]) return { kind: 'unknown', node };
    return resolve(index, binding.init, depth + 1);
  }
  if (binding.kind === 'destructured') {
    let v: Value | undefined = resolve(index, binding.init, depth + 1);
    for (const key of binding.path) v = v ? getProperty(index, v, key, depth + 1)?.value : undefined;
    if (!binding.fallback) return v ?? { kind: 'unknown', node };
    const fb = resolve(index, binding.fallback, depth + 1);
    return v && v.kind !== 'unknown' ? union(node, [v, fb]) : union(node, [{ kind: 'unknown', node }, fb]);
  }
  // A parameter's default is one value it takes; the caller may pass another (of its declared type, when it has one).
  if (binding.kind === 'param') {
    const fallback = resolve(index, binding.fallback, depth + 1);
    const declared = declaredValue(index, binding.id);
    // The default first: where a value is written, and edited.
    return declared ? union(node, [fallback, declared]) : union(node, [{ kind: 'unknown', node }, fallback]);
  }
  if (binding.kind === 'opaque') {
    const declared = declaredValue(index, binding.id);
    if (declared) return declared;
    // A `let`/`var`: the assignments that reach this read.
    const assigned = assignedValues(index, node, binding.id);
    if (assigned) {
      const values = resolvingVariable(binding.id, () => assigned.values.map((v) => resolve(index, v, depth + 1)));
      if (assigned.unknown || !values.length) values.unshift({ kind: 'unknown', node });
      return values.length === 1 ? values[0] : union(node, values);
    }
    // An imported name: the type checker's literal type when linting with types, else the defining module.
    const typed = typedValue(index, node);
    if (typed) return typed;
    const def = importedDefinition(index, node);
    if (def?.kind === 'value') return resolve(def.module.index, def.node, depth + 1);
  }
  return { kind: 'unknown', node };
}

/** `require('./config')` and an env library's call (`schema.parse({...})`, `createEnv({ runtimeEnv })`): the object they give. */
function moduleCall(index: FileIndex, call: Node, depth: number): Value | undefined {
  const env = envValue(index, call, (n) => resolve(index, n, depth + 1));
  if (env) return env;
  const required = requiredModule(index, call);
  return required ? exportsValue(required.index, call, (n) => resolve(required.index, n, depth + 1)) : undefined;
}

/**
 * Literal types from the type checker, when the front end has one (typed
 * linting): what an imported name or member certainly is, with the literal
 * that defines it when it is a plain initializer.
 */

function typedValue(index: FileIndex, node: Node): Value | undefined {
  const typed = index.typed;
  return typed ? typed.valueOf(node) : undefined;
}

/** The function a same-file name stands for: `function f() {}` or `const f = () => ...`. */
function sameFileFunction(index: FileIndex, callee: Node | undefined): Node | undefined {
  const node = unwrap(callee);
  if (!node || !isIdentifier(node)) return undefined;
  const b = lookup(index, node, node.name);
  if (b?.kind === 'const') {
    const init = unwrap(b.init);
    return init && (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression') ? init : undefined;
  }
  if (b?.kind === 'opaque') {
    const decl = index.parents.get(b.id);
    return decl?.type === 'FunctionDeclaration' && decl.id === b.id ? decl : undefined;
  }
  return undefined;
}

/** `build(...)`, `builders.image(...)`, `this.build(...)`: callees a builder is reached by (not `this.client.x.y(...)` chains). */
function isBuilderCallee(calleeIn: Node | undefined): boolean {
  const callee = unwrap(calleeIn);
  if (!callee) return false;
  if (isIdentifier(callee)) return true;
  const obj = callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression' ? unwrap(callee.object) : undefined;
  return !!obj && (isIdentifier(obj) || obj.type === 'ThisExpression');
}

const RETURNS = new WeakMap<Node, Node[] | null>();

/** The `return` arguments of a function body (not of functions nested in it); undefined when one returns nothing. Walked once per function. */
function returnedExpressions(fn: Node): Node[] | undefined {
  const cached = RETURNS.get(fn);
  if (cached !== undefined) return cached ?? undefined;
  const found = findReturns(fn);
  RETURNS.set(fn, found ?? null);
  return found;
}

function findReturns(fn: Node): Node[] | undefined {
  if (fn.body?.type !== 'BlockStatement') return fn.body ? [fn.body] : undefined;
  const out: Node[] = [];
  let bare = false;
  const walk = (n: Node) => {
    if (n !== fn && isFunctionLike(n)) return;
    if (n.type === 'ReturnStatement') {
      if (n.argument) out.push(n.argument);
      else bare = true;
      return;
    }
    forEachChild(n, walk);
  };
  forEachChild(fn.body, walk);
  return bare || !out.length ? undefined : out;
}

/**
 * `build(p)` where `build` is a same-file function that returns a params
 * object: what it returns (each `return`, as a union). Its own parameters
 * stay unknown inside.
 */
function helperResult(index: FileIndex, call: Node, depth: number): Value {
  // A builder of another module (`import { imageParams } from './builders'`), or a method (`builder.build()`): issue 17, item 2.
  const fn = sameFileFunction(index, call.callee) ?? (isBuilderCallee(call.callee) ? calledFunction(index, call.callee, 'model-ids')?.fn : undefined);
  if (!fn || fn.async || fn.generator) return { kind: 'unknown', node: call };
  const returns = returnedExpressions(fn);
  // A function that (through others) returns its own call: the recursive call adds nothing known.
  if (!returns || ACTIVE_FUNCTIONS.has(fn)) return { kind: 'unknown', node: call };
  ACTIVE_FUNCTIONS.add(fn);
  try {
    const values = returns.map((r) => resolve(index, r, depth + 1));
    return values.length === 1 ? values[0] : union(call, values);
  } finally {
    ACTIVE_FUNCTIONS.delete(fn);
  }
}

/** Functions whose returns are being resolved right now (recursion is not followed again: it grew exponentially with the depth). */
const ACTIVE_FUNCTIONS = new Set<Node>();

const classFields = new WeakMap<Node, Map<string, { values: Node[]; open: boolean }>>();

/** The class `this` refers to at `node`: through arrow functions, up to a method, accessor or field of the class. */
function thisClass(index: FileIndex, node: Node): Node | undefined {
  let cur: Node | undefined = index.parents.get(node);
  while (cur) {
    if (cur.type === 'ClassBody') return index.parents.get(cur);
    if (isFunctionLike(cur) && cur.type !== 'ArrowFunctionExpression') {
      const p = index.parents.get(cur);
      // ESTree wraps a method's function in a MethodDefinition; Babel's ClassMethod is the function.
      const owner = p?.type === 'MethodDefinition' || p?.type === 'TSAbstractMethodDefinition' ? index.parents.get(p) : cur.type === 'ClassMethod' || cur.type === 'ClassPrivateMethod' ? p : undefined;
      return owner?.type === 'ClassBody' ? index.parents.get(owner) : undefined;
    }
    cur = index.parents.get(cur);
  }
  return undefined;
}

/** Per class: each instance field's possible values (its initializer, every `this.x = v`), and whether code outside may set it. */
function fieldsOf(index: FileIndex, cls: Node): Map<string, { values: Node[]; open: boolean }> {
  const cached = classFields.get(cls);
  if (cached) return cached;
  const fields = new Map<string, { values: Node[]; open: boolean }>();
  const field = (name: string) => {
    let f = fields.get(name);
    if (!f) fields.set(name, (f = { values: [], open: false }));
    return f;
  };
  for (const m of (cls.body?.body ?? []) as Node[]) {
    const isField = m.type === 'PropertyDefinition' || m.type === 'ClassProperty';
    if (isField && !m.static && !m.computed && m.key?.type === 'Identifier') {
      const f = field(m.key.name);
      if (m.value) f.values.push(m.value);
      // A public, writable field may be set by any code that holds the instance.
      if (!m.readonly && m.accessibility !== 'private' && m.accessibility !== 'protected') f.open = true;
    }
    if ((m.kind === 'constructor' || m.key?.name === 'constructor') && (m.value ?? m).params) {
      for (const p of (m.value ?? m).params as Node[]) {
        if (p.type !== 'TSParameterProperty') continue;
        const inner = p.parameter;
        const id = inner?.type === 'AssignmentPattern' ? inner.left : inner;
        if (id?.type !== 'Identifier') continue;
        const f = field(id.name);
        f.open = true;
        if (inner.type === 'AssignmentPattern') f.values.push(inner.right);
      }
    }
  }
  const walk = (n: Node) => {
    if (n.type === 'AssignmentExpression') {
      const left = unwrap(n.left);
      if (left && (left.type === 'MemberExpression' || left.type === 'OptionalMemberExpression') && unwrap(left.object)?.type === 'ThisExpression') {
        const name = memberName(left);
        if (name !== undefined) {
          const f = field(name);
          if (n.operator === '=') f.values.push(n.right);
          else f.open = true;
        }
      }
    }
    // A nested class has its own `this`.
    if (n !== cls.body && (n.type === 'ClassBody')) return;
    forEachChild(n, walk);
  };
  walk(cls.body);
  classFields.set(cls, fields);
  return fields;
}

/** `this.model` in a class whose field `model` is set in this class only: every value it is given. */
function classField(index: FileIndex, node: Node, name: string, depth: number): Value {
  const cls = thisClass(index, node);
  const f = cls ? fieldsOf(index, cls).get(name) : undefined;
  if (!f || !f.values.length) return { kind: 'unknown', node };
  const values = f.values.map((v) => resolve(index, v, depth + 1));
  if (f.open) values.unshift({ kind: 'unknown', node });
  return values.length === 1 ? values[0] : union(node, values);
}

function enumMember(index: FileIndex, decl: Node, name: string, ref: Node, depth: number): Value {
  const members: Node[] = decl.body?.members ?? decl.members ?? [];
  for (const m of members) {
    const key = m.id?.type === 'Identifier' ? m.id.name : stringValue(m.id);
    if (key === name) return m.initializer ? resolve(index, m.initializer, depth + 1) : { kind: 'unknown', node: ref };
  }
  return { kind: 'unknown', node: ref };
}

export interface PropertyHit {
  /** The resolved value of the property. */
  value: Value;
  /** The property node (`key: value`) that defines it. */
  prop: Node;
  /** The spread elements, outermost first, through which the property was reached. */
  via: Node[];
}

export interface PropertyLookup {
  hit?: PropertyHit;
  /** A spread that could not be resolved may also define (or override) the property. */
  uncertain: boolean;
}

/** Looks a property up in a static object value, following same-file spreads. */
export function lookupProperty(index: FileIndex, obj: Value, key: string, depth = 0): PropertyLookup {
  if (obj.kind === 'view') return lookupView(index, obj, key, depth);
  if (obj.kind !== 'object' || depth > MAX_DEPTH) return { uncertain: true };
  let hit: PropertyHit | undefined;
  let uncertain = false;
  for (const m of objectMembers(obj.node)) {
    if (m.kind === 'prop') {
      if (m.key === key) {
        hit = m.value ? { value: resolve(index, m.value, depth + 1), prop: m.node, via: [] } : { value: { kind: 'unknown', node: m.node }, prop: m.node, via: [] };
        uncertain = false;
      } else if (m.key === undefined) {
        uncertain = true;
      }
    } else {
      const spread = spreadObjects(index, m.argument, depth + 1);
      if (!spread) {
        uncertain = true;
        continue;
      }
      // `...(cond ? { a } : { b })`, `...(style && { style })`: each object may be the one spread.
      let branchHit: PropertyHit | undefined;
      let allDefine = !spread.optional;
      let anyUncertain = false;
      for (const inner of spread.objects) {
        const found = lookupProperty(index, inner, key, depth + 1);
        if (found.hit) branchHit ??= { ...found.hit, via: [m.node, ...found.hit.via] };
        else allDefine = false;
        if (found.uncertain) anyUncertain = true;
      }
      hit = branchHit ?? hit;
      uncertain = (allDefine ? false : uncertain) || anyUncertain;
    }
  }
  return { hit, uncertain };
}

/**
 * The objects a spread argument may be: one object, each branch of
 * `cond ? {…} : {…}`, or the right side of `cond && {…}` (optional: the left
 * side spreads nothing when falsy). Undefined when any branch is not a static
 * object (or nothing).
 */
function spreadObjects(index: FileIndex, argument: Node, depth: number): { objects: Value[]; optional: boolean } | undefined {
  const node = unwrap(argument);
  if (!node) return undefined;
  if (node.type === 'LogicalExpression' && node.operator === '&&') {
    const right = spreadObjects(index, node.right, depth + 1);
    return right ? { objects: right.objects, optional: true } : undefined;
  }
  if (node.type === 'ConditionalExpression') {
    const a = spreadObjects(index, node.consequent, depth + 1);
    const b = spreadObjects(index, node.alternate, depth + 1);
    return a && b ? { objects: [...a.objects, ...b.objects], optional: a.optional || b.optional } : undefined;
  }
  if (node.type === 'Identifier' && node.name === 'undefined') return { objects: [], optional: true };
  const v = resolve(index, node, depth);
  if (v.kind === 'object') return { objects: [v], optional: false };
  if (v.kind === 'union') {
    const parts = v.options.map((o) => (o.kind === 'object' ? { objects: [o], optional: false } : undefined));
    return parts.every(Boolean) ? { objects: parts.flatMap((p) => p!.objects), optional: false } : undefined;
  }
  if (node.type === 'NullLiteral' || (node.type === 'Literal' && node.value === null) || v.kind === 'boolean') return { objects: [], optional: true };
  return undefined;
}

/** `...(style && { style })`: the spread that adds only this property, so that removing the property removes the spread. */
export function conditionalSpreadOf(hit: PropertyHit): Node | undefined {
  if (hit.via.length !== 1) return undefined;
  const spread = hit.via[0];
  const arg = unwrap(spread.argument);
  const obj = arg?.type === 'LogicalExpression' && arg.operator === '&&' ? unwrap(arg.right) : undefined;
  return obj?.type === 'ObjectExpression' && obj.properties.length === 1 && obj.properties[0] === hit.prop ? spread : undefined;
}

export function getProperty(index: FileIndex, obj: Value, key: string, depth = 0): PropertyHit | undefined {
  return lookupProperty(index, obj, key, depth).hit;
}

/** Every property key a static object certainly has, with where each is defined (last definition wins). */
export function objectEntries(index: FileIndex, obj: Value, depth = 0): { entries: Map<string, PropertyHit>; uncertain: boolean } {
  const entries = new Map<string, PropertyHit>();
  let uncertain = false;
  if (obj.kind === 'view') return viewEntries(index, obj, depth);
  if (obj.kind !== 'object' || depth > MAX_DEPTH) return { entries, uncertain: true };
  for (const m of objectMembers(obj.node)) {
    if (m.kind === 'prop') {
      if (m.key === undefined) {
        uncertain = true;
        continue;
      }
      const value: Value = m.value ? resolve(index, m.value, depth + 1) : { kind: 'unknown', node: m.node };
      entries.set(m.key, { value, prop: m.node, via: [] });
    } else {
      const spread = spreadObjects(index, m.argument, depth + 1);
      if (!spread) {
        uncertain = true;
        continue;
      }
      for (const inner of spread.objects) {
        const sub = objectEntries(index, inner, depth + 1);
        if (sub.uncertain) uncertain = true;
        for (const [k, hit] of sub.entries) entries.set(k, { ...hit, via: [m.node, ...hit.via] });
      }
    }
  }
  return { entries, uncertain };
}

/** The spreads written in an object literal whose contents the analysis cannot see (`...options` of a rest parameter). */
export function opaqueSpreads(index: FileIndex, obj: Value): Node[] {
  if (obj.kind !== 'object') return [];
  return objectMembers(obj.node)
    .filter((m) => m.kind !== 'prop' && !spreadObjects(index, m.argument, 1))
    .map((m) => m.node);
}

export interface StringCandidate {
  value: string;
  /** The literal that spells the string. */
  node: Node;
}

/** Every string a value may be, with the literal spelling each. */
export function stringCandidates(v: Value): StringCandidate[] {
  if (v.kind === 'string') return [{ value: v.value, node: v.node }];
  if (v.kind === 'union') return v.options.flatMap(stringCandidates);
  return [];
}

/** True when every possible value is known (no unknown branch). */
export function isFullyKnown(v: Value): boolean {
  if (v.kind === 'unknown') return false;
  if (v.kind === 'union') return v.options.every(isFullyKnown);
  return true;
}
