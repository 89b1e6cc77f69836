/**
 * The callers of one of the project's own functions: where its return value
 * goes. Same-file calls through its name, and, for an exported function, the
 * calls in every module of the project that imports it. A caller that cannot
 * be seen (the function passed as a value, imported through a namespace, a
 * re-export, `require`, a method called through an object) makes the answer
 * `unseen`: whoever rewrites what the function returns must then leave a TODO.
 */
import path from 'node:path';
import { type Dep, FRESH_MS, capture, exists, listDir, noteAll, readText } from '../disk.js';
import { type Node, isCall, isFunctionLike, isIdentifier, isWrapper, rangeOf, stringValue, unwrap } from '../ast.js';
import { identifiersIn } from '../identifiers.js';
import { fileOf, loadModule, resolveSpecifier } from '../project.js';
import { type FileIndex, lookup } from '../scope.js';
import { calledFunction } from './functions.js';

export interface Caller {
  index: FileIndex;
  call: Node;
}

/** Why a function's callers are unknown when it has no name (a callback, an anonymous default export). */
export const NAMELESS = 'the function has no name its callers use';

export type Callers = { kind: 'seen'; calls: Caller[] } | { kind: 'unseen'; why: string };

const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', 'build', 'coverage', 'out', '.next', '.git']);
/** A project larger than this is not scanned: its callers are unseen. */
const MAX_FILES = 4000;

/** The name a function is bound to in its module, and whether the module exports it. */
function nameOf(index: FileIndex, fn: Node): { id: Node; exported: string[] } | undefined {
  const p = index.parents.get(fn);
  let id: Node | undefined;
  let holder: Node | undefined;
  if (fn.type === 'FunctionDeclaration' && fn.id) {
    id = fn.id;
    holder = p;
  } else if (p?.type === 'VariableDeclarator' && p.init === fn && p.id?.type === 'Identifier') {
    const decl = index.parents.get(p);
    if (decl?.kind !== 'const') return undefined;
    id = p.id;
    holder = index.parents.get(decl);
  }
  if (!id) return undefined;
  const exported: string[] = [];
  if (holder?.type === 'ExportNamedDeclaration') exported.push(id.name);
  if (holder?.type === 'ExportDefaultDeclaration') exported.push('default');
  exported.push(...(exportsByLocal(index).get(id.name) ?? []));
  return { id, exported };
}

const EXPORTS = new WeakMap<FileIndex, Map<string, string[]>>();

/** The names a module exports each local binding under (`export default x`, `export { x as y }`), read once per module. */
function exportsByLocal(index: FileIndex): Map<string, string[]> {
  let map = EXPORTS.get(index);
  if (map) return map;
  map = new Map();
  const add = (local: string, name: string) => map!.set(local, [...(map!.get(local) ?? []), name]);
  for (const stmt of (index.root.body ?? []) as Node[]) {
    const declared = stmt.type === 'ExportDefaultDeclaration' ? unwrap(stmt.declaration) : undefined;
    if (declared && isIdentifier(declared)) add(declared.name, 'default');
    if (stmt.type !== 'ExportNamedDeclaration' || stmt.source) continue;
    for (const s of (stmt.specifiers ?? []) as Node[]) if (isIdentifier(s.local)) add(s.local.name, s.exported?.name ?? stringValue(s.exported) ?? s.local.name);
  }
  EXPORTS.set(index, map);
  return map;
}

/** Why a reference that is not a call hides the callers: a CommonJS export, or another use as a value. */
function usedAs(index: FileIndex, ref: Node, name: string): string {
  for (let cur = index.parents.get(ref); cur; cur = index.parents.get(cur)) {
    if (cur.type !== 'AssignmentExpression') continue;
    const left = unwrap(cur.left);
    const text = left ? index.text.slice(rangeOf(left)[0], rangeOf(left)[1]) : '';
    if (/^(?:module\.)?exports\b/.test(text)) return `\`${name}\` is exported with \`${text}\`, whose importers are not followed`;
  }
  return `\`${name}\` is used as a value at line ${index.text.slice(0, rangeOf(ref)[0]).split('\n').length}`;
}

/** Every reference to the binding `id` in a module; `unseen` when one is not the callee of a call. */
function callsOf(index: FileIndex, id: Node): Caller[] | string {
  const out: Caller[] = [];
  // The module's identifiers of that name, in source order (indexed once per module, not walked per function).
  const named = [...(identifiersIn(index, index.root).get(id.name) ?? [])].sort((a, b) => rangeOf(a)[0] - rangeOf(b)[0]);
  for (const n of named) {
    if (n === id) continue;
    const b = lookup(index, n, n.name);
    const p = index.parents.get(n);
    const isKey = p && ((p.type === 'MemberExpression' || p.type === 'OptionalMemberExpression') && p.property === n && !p.computed);
    const isPropKey = p && (p.type === 'Property' || p.type === 'ObjectProperty') && p.key === n && p.value !== n;
    const isImportOrExport = p && /Specifier$/.test(p.type);
    if (b && 'id' in b && b.id === id && !isKey && !isPropKey && !isImportOrExport) {
      let node = n;
      let parent = p;
      while (parent && isWrapper(parent) && parent.expression === node) {
        node = parent;
        parent = index.parents.get(node);
      }
      if (parent && isCall(parent) && parent.callee === node) out.push({ index, call: parent });
      else return usedAs(index, n, id.name);
    }
  }
  return out;
}

/** The project's root: the nearest directory above `file` with a package.json, else the file's own directory. */
function projectRoot(file: string): string {
  let dir = path.dirname(file);
  for (;;) {
    if (exists(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return path.dirname(file);
    dir = up;
  }
}

const fileLists = new Map<string, { list: string[] | undefined; deps: Dep[] }>();

/** The project's source files (cached per root for the process, with the directories listed; undefined when there are too many). */
function sourceFiles(root: string): string[] | undefined {
  const hit = fileLists.get(root);
  if (hit) {
    noteAll(hit.deps);
    return hit.list;
  }
  const { value: list, deps } = capture(() => listSources(root));
  fileLists.set(root, { list, deps });
  return list;
}

function listSources(root: string): string[] | undefined {
  const out: string[] = [];
  const stack = [root];
  let tooMany = false;
  while (stack.length && !tooMany) {
    const dir = stack.pop()!;
    const entries = listDir(dir);
    if (!entries) continue;
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) stack.push(path.join(dir, e.name));
      } else if (e.isFile() && SOURCE.test(e.name) && !e.name.endsWith('.d.ts')) {
        out.push(path.join(dir, e.name));
        if (out.length > MAX_FILES) tooMany = true;
      }
    }
  }
  return tooMany ? undefined : out;
}

/** Forget the cached file lists and texts (a new migrate run). */
export function clearCallerCache(): void {
  fileLists.clear();
  candidates.clear();
}

/** The calls of `fn`'s name in the modules of the project that import it. */
function importedCalls(file: string, names: string[]): Caller[] | string {
  const found = scanImports(file, names);
  if (typeof found === 'string') return found;
  const out: Caller[] = [];
  for (const f of found) {
    const calls = callsOf(f.index, f.local);
    if (typeof calls === 'string') return `${calls} in ${path.basename(fileOf(f.index) ?? '')}`;
    out.push(...calls);
  }
  return out;
}

/**
 * The project's modules that name `file`'s module in their text (only they
 * can import from it), with their texts: read once for all the functions of
 * a file that are asked about, and again after a second.
 */
const candidates = new Map<string, { at: number; modules: { file: string; text: string }[] | string; deps: Dep[] }>();

function namingModules(file: string): { file: string; text: string }[] | string {
  const hit = candidates.get(file);
  if (hit && Date.now() - hit.at < FRESH_MS) {
    noteAll(hit.deps);
    return hit.modules;
  }
  const { value: modules, deps } = capture(() => readNamingModules(file));
  candidates.set(file, { at: Date.now(), modules, deps });
  return modules;
}

function readNamingModules(file: string): { file: string; text: string }[] | string {
  const root = projectRoot(file);
  const files = root ? sourceFiles(root) : undefined;
  if (!files) return 'the project could not be listed';
  const base = path.basename(file).replace(SOURCE, '');
  const modules: { file: string; text: string }[] = [];
  for (const other of files) {
    if (path.resolve(other) === path.resolve(file)) continue;
    let text: string;
    try {
      text = readText(other);
    } catch {
      continue;
    }
    if (text.includes(base)) modules.push({ file: other, text });
  }
  return modules;
}

/** The import specifiers, in the project's other modules, that bind one of `names` exported by `file`. */
function scanImports(file: string, names: string[]): { index: FileIndex; local: Node }[] | string {
  const naming = namingModules(file);
  if (typeof naming === 'string') return naming;
  const out: { index: FileIndex; local: Node }[] = [];
  for (const { file: other, text } of naming) {
    const module = loadModule(other);
    if (!module) return `${path.basename(other)} could not be read`;
    for (const stmt of (module.index.root.body ?? []) as Node[]) {
      const source = stmt.type === 'ImportDeclaration' || stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportAllDeclaration' ? stringValue(stmt.source) : undefined;
      if (source === undefined || resolveSpecifier(other, source) !== file) continue;
      if (stmt.type !== 'ImportDeclaration') return `${path.basename(other)} re-exports it`;
      if (stmt.importKind === 'type') continue;
      for (const spec of (stmt.specifiers ?? []) as Node[]) {
        if (spec.type === 'ImportNamespaceSpecifier') return `${path.basename(other)} imports the module as a namespace`;
        const imported = spec.type === 'ImportDefaultSpecifier' ? 'default' : (spec.imported?.name ?? stringValue(spec.imported));
        if (names.includes(imported)) out.push({ index: module.index, local: spec.local });
      }
    }
    // `require('./module')` and dynamic imports are not followed.
    if (/\brequire\s*\(|\bimport\s*\(/.test(text) && names.some((n) => text.includes(n))) {
      const requires = /(?:require|import)\s*\(\s*['"]([^'"]+)['"]/g;
      for (const m of text.matchAll(requires)) if (resolveSpecifier(other, m[1]) === file) return `${path.basename(other)} loads the module with require or import()`;
    }
  }
  return out;
}

/** A class method's name and the class's binding, when `fn` is one. */
function methodOf(index: FileIndex, fn: Node): { name: string; cls: Node; id: Node } | undefined {
  const member = fn.type === 'ClassMethod' ? fn : index.parents.get(fn);
  if (!member || (member.type !== 'ClassMethod' && member.type !== 'MethodDefinition') || member.computed || member.kind !== 'method') return undefined;
  const name = member.key?.type === 'Identifier' ? member.key.name : stringValue(member.key);
  const body = index.parents.get(member);
  const cls = body?.type === 'ClassBody' ? index.parents.get(body) : undefined;
  if (!name || !cls || cls.type !== 'ClassDeclaration' || !cls.id) return undefined;
  return { name, cls, id: cls.id };
}

/** Same node, or the same place in the same module (a module parsed twice: by the front end and by the project index). */
function samePlace(a: Node, aIndex: FileIndex, b: Node, bIndex: FileIndex): boolean {
  if (a === b) return true;
  const fa = fileOf(aIndex);
  return !!fa && fa === fileOf(bIndex) && rangeOf(a)[0] === rangeOf(b)[0] && rangeOf(a)[1] === rangeOf(b)[1];
}

/** The calls `.name(...)` in a module that call the method; a string when one may call it but is not resolved. */
function methodCalls(index: FileIndex, name: string, fn: Node, fnIndex: FileIndex): Caller[] | string {
  const out: Caller[] = [];
  for (const call of index.calls) {
    const callee = unwrap(call.callee);
    if (!callee || (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || callee.computed || callee.property?.name !== name) continue;
    const ref = calledFunction(index, callee);
    if (ref && samePlace(ref.fn, ref.index, fn, fnIndex)) out.push({ index, call });
    else if (!ref) return `\`.${name}(...)\` at line ${index.text.slice(0, rangeOf(call)[0]).split('\n').length}${fileOf(index) ? ` of ${path.basename(fileOf(index)!)}` : ''} may call it`;
  }
  return out;
}

/** The callers of a class method: `.name(...)` calls the analysis resolves to it, here and in the modules that import the class. */
function methodCallers(index: FileIndex, fn: Node, m: { name: string; cls: Node; id: Node }): Callers {
  const own = methodCalls(index, m.name, fn, index);
  if (typeof own === 'string') return { kind: 'unseen', why: own };
  const calls = [...own];
  const named = nameOf(index, m.cls);
  if (named?.exported.length || isExported(index, m.cls)) {
    const file = fileOf(index);
    if (!file) return { kind: 'unseen', why: 'the file is not on disk' };
    const modules = importers(file, named?.exported.length ? named.exported : [m.id.name, 'default']);
    if (typeof modules === 'string') return { kind: 'unseen', why: modules };
    for (const other of modules) {
      const more = methodCalls(other, m.name, fn, index);
      if (typeof more === 'string') return { kind: 'unseen', why: more };
      calls.push(...more);
    }
  }
  return { kind: 'seen', calls };
}

function isExported(index: FileIndex, decl: Node): boolean {
  const p = index.parents.get(decl);
  return p?.type === 'ExportNamedDeclaration' || p?.type === 'ExportDefaultDeclaration';
}

/** The modules of the project that import `names` from `file` (a string: why they cannot all be seen). */
function importers(file: string, names: string[]): FileIndex[] | string {
  const found = scanImports(file, names);
  if (typeof found === 'string') return found;
  return [...new Set(found.map((f) => f.index))];
}

/** The function is exported by its module under a name (its importers are then its callers, if any). */
export function isExportedFunction(index: FileIndex, fn: Node): boolean {
  return !!nameOf(index, fn)?.exported.length;
}

/** Where the value a function returns can go: every call of it in the project, or why they cannot all be seen. */
export function callersOf(index: FileIndex, fn: Node): Callers {
  if (!isFunctionLike(fn)) return { kind: 'unseen', why: 'not a function' };
  const method = methodOf(index, fn);
  if (method) return methodCallers(index, fn, method);
  const named = nameOf(index, fn);
  if (!named) return { kind: 'unseen', why: NAMELESS };
  const own = callsOf(index, named.id);
  if (typeof own === 'string') return { kind: 'unseen', why: own };
  const calls = [...own];
  if (named.exported.length) {
    const file = fileOf(index);
    if (!file) return { kind: 'unseen', why: 'the file is not on disk' };
    const others = importedCalls(file, named.exported);
    if (typeof others === 'string') return { kind: 'unseen', why: others };
    calls.push(...others);
  }
  return { kind: 'seen', calls };
}
