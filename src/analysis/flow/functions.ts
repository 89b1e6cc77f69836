/**
 * Which of the project's own functions a call calls: a same-file function or
 * arrow, a function exported by another module of the project, a method of an
 * object literal, a class method reached through `this`, the class itself
 * (static methods) or an instance (`new Service()`, or a constructor
 * parameter property typed by a class of another module). Names never count:
 * only a definition the analysis can read is returned.
 */
import { readText, statFile } from '../disk.js';
import { IMAGE_TOOL_TYPE, MODELS } from '../../catalog/index.js';
import { type Node, isFunctionLike, isIdentifier, isMember, memberName, propertyKey, stringValue, unwrap } from '../ast.js';
import { loadModule, moduleOfNode, resolveSpecifier } from '../project.js';
import { type FileIndex, lookup } from '../scope.js';

/** A function and the index of the module it is written in. */
export interface FunctionRef {
  index: FileIndex;
  fn: Node;
}

const MAX_HOPS = 6;

/** The index a node belongs to: its own module's when the project index parsed it. */
function indexOfNode(index: FileIndex, node: Node): FileIndex {
  return moduleOfNode(node)?.index ?? index;
}

/** The function a callee calls, when the project shows it. */
export function calledFunction(index: FileIndex, calleeIn: Node | undefined, modules: 'image-code' | 'any' | 'model-ids' = 'image-code'): FunctionRef | undefined {
  const saved = followModules;
  followModules = modules;
  try {
    return calledFunctionIn(index, calleeIn);
  } finally {
    followModules = saved;
  }
}

/**
 * Which modules a call is followed into: those whose text names image code
 * (a wrapper's); `any` for a call whose own literal names an image API path
 * (an HTTP helper's options: the evidence is at the call); `model-ids` for a
 * builder, whose module must spell an image model id or the tool type.
 */
let followModules: 'image-code' | 'any' | 'model-ids' = 'image-code';

function calledFunctionIn(index: FileIndex, calleeIn: Node | undefined): FunctionRef | undefined {
  const callee = unwrap(calleeIn);
  if (!callee) return undefined;
  if (isIdentifier(callee)) {
    const def = definitionOf(index, callee, 0);
    return def && isFunctionLike(def.node) ? { index: def.index, fn: def.node } : undefined;
  }
  if (!isMember(callee)) return undefined;
  const name = memberName(callee);
  if (name === undefined) return undefined;
  const owner = ownerOf(index, callee.object, 0);
  if (!owner) return undefined;
  const fn = memberFunction(owner, name);
  return fn ? { index: owner.index, fn } : undefined;
}

/** What `obj` of `obj.method(...)` is: an object literal, a class (static members) or an instance of a class. */
type Owner = { kind: 'object' | 'static' | 'instance'; node: Node; index: FileIndex };

function ownerOf(index: FileIndex, objIn: Node | undefined, hops: number): Owner | undefined {
  const obj = unwrap(objIn);
  if (!obj || hops > MAX_HOPS) return undefined;
  if (obj.type === 'ThisExpression') {
    const at = enclosingMember(index, obj);
    if (!at) return undefined;
    return { kind: at.isStatic ? 'static' : 'instance', node: at.cls, index };
  }
  if (isMember(obj) && unwrap(obj.object)?.type === 'ThisExpression') {
    // `this.adapter.generateImage(...)`: a field typed by a class, set from a constructor parameter property.
    const name = memberName(obj);
    const at = enclosingMember(index, obj);
    if (!name || !at || at.isStatic) return undefined;
    const cls = fieldClass(index, at.cls, name, hops);
    return cls ? { kind: 'instance', node: cls.node, index: cls.index } : undefined;
  }
  if (obj.type === 'NewExpression') {
    const cls = definitionOf(index, unwrap(obj.callee), hops + 1);
    return cls && isClass(cls.node) ? { kind: 'instance', node: cls.node, index: cls.index } : undefined;
  }
  if (!isIdentifier(obj)) return undefined;
  const def = definitionOf(index, obj, hops + 1);
  if (!def) return undefined;
  const node = unwrap(def.node);
  if (!node) return undefined;
  if (node.type === 'ObjectExpression') return { kind: 'object', node, index: def.index };
  if (isClass(node)) return { kind: 'static', node, index: def.index };
  if (node.type === 'NewExpression') return ownerOf(def.index, node, hops + 1);
  return undefined;
}

function isClass(node: Node): boolean {
  return node.type === 'ClassDeclaration' || node.type === 'ClassExpression';
}

/** The function a member name stands for on an owner. */
function memberFunction(owner: Owner, name: string): Node | undefined {
  if (owner.kind === 'object') {
    for (const p of owner.node.properties as Node[]) {
      if (p.type === 'SpreadElement' || p.computed || propertyKey(p) !== name) continue;
      if (p.type === 'ObjectMethod') return p;
      const v = unwrap(p.value);
      return v && isFunctionLike(v) ? v : undefined;
    }
    return undefined;
  }
  for (const m of (owner.node.body?.body ?? []) as Node[]) {
    if (m.computed || propertyKey(m) !== name || !!m.static !== (owner.kind === 'static')) continue;
    if (m.type === 'ClassMethod' && m.kind === 'method') return m;
    if (m.type === 'MethodDefinition' && m.kind === 'method') return m.value;
    // `gen = async (body) => ...` as a class field.
    if ((m.type === 'PropertyDefinition' || m.type === 'ClassProperty') && m.value && isFunctionLike(unwrap(m.value)!)) return unwrap(m.value);
  }
  return undefined;
}

/** The class member a node sits in (through arrow functions), and its class. */
function enclosingMember(index: FileIndex, node: Node): { cls: Node; isStatic: boolean } | undefined {
  let cur: Node | undefined = index.parents.get(node);
  while (cur) {
    if (isFunctionLike(cur) && cur.type !== 'ArrowFunctionExpression') {
      const p = index.parents.get(cur);
      const member = p?.type === 'MethodDefinition' ? p : cur.type === 'ClassMethod' ? cur : undefined;
      const body = member ? index.parents.get(member) : undefined;
      const cls = body?.type === 'ClassBody' ? index.parents.get(body) : undefined;
      return cls ? { cls, isStatic: !!member!.static } : undefined;
    }
    if (cur.type === 'PropertyDefinition' || cur.type === 'ClassProperty') {
      const body = index.parents.get(cur);
      const cls = body?.type === 'ClassBody' ? index.parents.get(body) : undefined;
      return cls ? { cls, isStatic: !!cur.static } : undefined;
    }
    cur = index.parents.get(cur);
  }
  return undefined;
}

/** The class a field of `cls` holds: a constructor parameter property or a field, declared with a class type (and never assigned otherwise). */
function fieldClass(index: FileIndex, cls: Node, name: string, hops: number): { node: Node; index: FileIndex } | undefined {
  let typeName: Node | undefined;
  for (const m of (cls.body?.body ?? []) as Node[]) {
    const isCtor = m.kind === 'constructor';
    if (isCtor) {
      const fn = m.type === 'MethodDefinition' ? m.value : m;
      for (const p of (fn.params ?? []) as Node[]) {
        if (p.type !== 'TSParameterProperty') continue;
        const id = p.parameter?.type === 'AssignmentPattern' ? p.parameter.left : p.parameter;
        if (id?.type === 'Identifier' && id.name === name) typeName = typeReference(id);
      }
    } else if ((m.type === 'PropertyDefinition' || m.type === 'ClassProperty') && !m.computed && propertyKey(m) === name && !m.static) {
      typeName = typeReference(m);
    }
  }
  if (!typeName) return undefined;
  const def = definitionOf(index, typeName, hops + 1);
  return def && isClass(def.node) ? { node: def.node, index: def.index } : undefined;
}

/** `x: Service` -> the identifier `Service` (a plain type reference only). */
function typeReference(holder: Node): Node | undefined {
  const t = holder.typeAnnotation?.typeAnnotation;
  return t?.type === 'TSTypeReference' && t.typeName?.type === 'Identifier' && !t.typeArguments && !t.typeParameters ? t.typeName : undefined;
}

/**
 * What a name is defined as: a `const` initializer, a function or class
 * declaration, or (through an import of a project module) the export it names.
 */
export function definitionOf(indexIn: FileIndex, ref: Node | undefined, hops: number): { node: Node; index: FileIndex } | undefined {
  if (!ref || !isIdentifier(ref) || hops > MAX_HOPS) return undefined;
  const index = indexOfNode(indexIn, ref);
  const b = lookup(index, ref, ref.name);
  if (!b) return undefined;
  if (b.kind === 'const') {
    const init = unwrap(b.init);
    if (init && isIdentifier(init)) return definitionOf(index, init, hops + 1);
    return init ? { node: init, index } : undefined;
  }
  if (b.kind !== 'opaque') return undefined;
  const decl = index.parents.get(b.id);
  if (decl && (decl.type === 'FunctionDeclaration' || decl.type === 'ClassDeclaration') && decl.id === b.id) return { node: decl, index };
  const imp = importOfId(index, b.id);
  if (!imp) return undefined;
  const file = index.file ?? moduleOfNode(index.root)?.file;
  const target = file ? resolveSpecifier(file, imp.module) : undefined;
  const module = target && (followModules === 'any' || mayHoldImageCode(target, followModules === 'model-ids' ? MODEL_WORDS : IMAGE_WORDS)) ? loadModule(target) : undefined;
  if (!module) return undefined;
  return exportedDefinition(module.index, imp.imported, hops + 1);
}

/** Words every wrapper, builder or adapter module spells (an image call, path, model id or the SDK's request types). */
const IMAGE_WORDS = /image|dall-e|responses/i;
/** Every image model id's spelling (and the tool type), from the catalog. */
const MODEL_WORDS = new RegExp([...new Set([...MODELS.map((m) => m.id), IMAGE_TOOL_TYPE.value])].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
const worth = new Map<string, { mtimeMs: number; size: number; text: string }>();

/**
 * Is a module worth parsing to follow a function into it? Only a module whose
 * text names an image call, path or model can hold a wrapper or builder
 * (cached by path, mtime and size, like the project index).
 */
function mayHoldImageCode(file: string, words: RegExp): boolean {
  try {
    const st = statFile(file);
    if (!st) return false;
    let hit = worth.get(file);
    if (!hit || hit.mtimeMs !== st.mtimeMs || hit.size !== st.size) {
      if (st.size > 512 * 1024) return false;
      hit = { mtimeMs: st.mtimeMs, size: st.size, text: readText(file, true) };
      worth.set(file, hit);
    }
    return words.test(hit.text);
  } catch {
    return false;
  }
}

/** The import a binding's identifier comes from (value imports only). */
function importOfId(index: FileIndex, id: Node): { module: string; imported: string } | undefined {
  const spec = index.parents.get(id);
  const decl = spec ? index.parents.get(spec) : undefined;
  if (!spec || !decl || decl.type !== 'ImportDeclaration' || decl.importKind === 'type' || spec.importKind === 'type') return undefined;
  const module = stringValue(decl.source);
  if (module === undefined || spec.type === 'ImportNamespaceSpecifier') return undefined;
  if (spec.type === 'ImportDefaultSpecifier') return { module, imported: 'default' };
  const imported = spec.imported as Node | undefined;
  return { module, imported: imported?.name ?? stringValue(imported) ?? id.name };
}

/** What a module exports under `name`: a declaration, or a local name listed in `export { … }`. */
function exportedDefinition(index: FileIndex, name: string, hops: number): { node: Node; index: FileIndex } | undefined {
  if (hops > MAX_HOPS) return undefined;
  for (const stmt of (index.root.body ?? []) as Node[]) {
    if (stmt.type === 'ExportDefaultDeclaration' && name === 'default') {
      const decl = unwrap(stmt.declaration);
      if (!decl) return undefined;
      return isIdentifier(decl) ? definitionOf(index, decl, hops + 1) : { node: decl, index };
    }
    if (stmt.type !== 'ExportNamedDeclaration') continue;
    const decl = stmt.declaration as Node | undefined;
    if (decl) {
      if ((decl.type === 'FunctionDeclaration' || decl.type === 'ClassDeclaration') && decl.id?.name === name) return { node: decl, index };
      if (decl.type === 'VariableDeclaration' && decl.kind === 'const') {
        for (const d of decl.declarations as Node[]) if (d.id?.type === 'Identifier' && d.id.name === name && d.init) return definitionOf(index, d.id, hops + 1);
      }
      continue;
    }
    if (stmt.source) continue;
    for (const spec of (stmt.specifiers ?? []) as Node[]) {
      const exported = spec.exported?.name ?? stringValue(spec.exported);
      if (exported === name && isIdentifier(spec.local)) return definitionOf(index, spec.local, hops + 1);
    }
  }
  return undefined;
}
