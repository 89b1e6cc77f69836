/**
 * The callers of one of the project's own functions: where its return value
 * goes. Same-file calls through its name, and, for an exported function, the
 * calls in every module of the project that imports it. A caller that cannot
 * be seen (the function passed as a value, imported through a namespace, a
 * re-export, `require`, a method called through an object) makes the answer
 * `unseen`: whoever rewrites what the function returns must then leave a TODO.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Node, forEachChild, isCall, isFunctionLike, isIdentifier, isWrapper, rangeOf, stringValue, unwrap } from '../ast.js';
import { fileOf, loadModule, resolveSpecifier } from '../project.js';
import { type FileIndex, lookup } from '../scope.js';

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
  for (const stmt of (index.root.body ?? []) as Node[]) {
    if (stmt.type === 'ExportDefaultDeclaration' && isIdentifier(unwrap(stmt.declaration), id.name)) exported.push('default');
    if (stmt.type !== 'ExportNamedDeclaration' || stmt.source) continue;
    for (const s of (stmt.specifiers ?? []) as Node[]) if (isIdentifier(s.local, id.name)) exported.push(s.exported?.name ?? stringValue(s.exported) ?? id.name);
  }
  return { id, exported };
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
  let problem: string | undefined;
  const walk = (n: Node) => {
    if (problem) return;
    if (n.type === 'Identifier' && n !== id && n.name === id.name) {
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
        else problem = usedAs(index, n, id.name);
      }
    }
    forEachChild(n, walk);
  };
  walk(index.root);
  return problem ?? out;
}

/** The project's root: the nearest directory above `file` with a package.json, else the file's own directory. */
function projectRoot(file: string): string {
  let dir = path.dirname(file);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return path.dirname(file);
    dir = up;
  }
}

const fileLists = new Map<string, string[] | undefined>();

/** The project's source files (cached per root for the process; undefined when there are too many). */
function sourceFiles(root: string): string[] | undefined {
  if (fileLists.has(root)) return fileLists.get(root);
  const out: string[] = [];
  const stack = [root];
  let tooMany = false;
  while (stack.length && !tooMany) {
    const dir = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) stack.push(path.join(dir, e.name));
      } else if (e.isFile() && SOURCE.test(e.name) && !e.name.endsWith('.d.ts')) {
        out.push(path.join(dir, e.name));
        if (out.length > MAX_FILES) tooMany = true;
      }
    }
  }
  const list = tooMany ? undefined : out;
  fileLists.set(root, list);
  return list;
}

/** Forget the cached file lists (a new migrate run). */
export function clearCallerCache(): void {
  fileLists.clear();
}

/** The calls of `fn`'s name in the modules of the project that import it. */
function importedCalls(file: string, names: string[]): Caller[] | string {
  const root = projectRoot(file);
  const files = root ? sourceFiles(root) : undefined;
  if (!files) return 'the project could not be listed';
  const out: Caller[] = [];
  const base = path.basename(file).replace(SOURCE, '');
  for (const other of files) {
    if (path.resolve(other) === path.resolve(file)) continue;
    let text: string;
    try {
      text = fs.readFileSync(other, 'utf8');
    } catch {
      continue;
    }
    // Only a module that names the defining module can import from it.
    if (!text.includes(base)) continue;
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
        if (!names.includes(imported)) continue;
        const calls = callsOf(module.index, spec.local);
        if (typeof calls === 'string') return `${calls} in ${path.basename(other)}`;
        out.push(...calls);
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

/** Where the value a function returns can go: every call of it in the project, or why they cannot all be seen. */
export function callersOf(index: FileIndex, fn: Node): Callers {
  if (!isFunctionLike(fn)) return { kind: 'unseen', why: 'not a function' };
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
