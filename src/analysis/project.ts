/**
 * The project index: values that live in other modules. Real code keeps model
 * ids and base URLs in a config module (`export const IMAGE_MODEL = ...`,
 * `import { IMAGE_MODEL } from './config'`); this follows such a name through
 * relative imports, `export … from` re-exports and tsconfig `paths` to the
 * expression that defines it.
 *
 * Each module is read and parsed once per process, and again only when its
 * modification time or size changes, so one ESLint run (or one `migrate`)
 * builds the index once however many files import the module.
 *
 * Nodes of a module parsed here are foreign to the file being analysed: their
 * offsets index the other module's text. `moduleOfNode` tells them apart, so
 * that no finding is reported on them and no edit of the current file is made
 * from their offsets; edits to them carry the defining module's path.
 */
import path from 'node:path';
import { type Dep, FRESH_MS, capture, noteAll, readText, statFile } from './disk.js';
import { type Node, forEachChild, isIdentifier, rangeOf, stringValue, unwrap } from './ast.js';
import { cjsExportNode, requireSpecifier } from './modules/commonjs.js';
import { parseOxc } from './parse-oxc.js';
import { type FileIndex, buildIndex, lookup } from './scope.js';

export interface ModuleInfo {
  /** Absolute path. */
  file: string;
  text: string;
  index: FileIndex;
}

/** Where an exported value is defined: the module, the expression, and the name it is declared under. */
export interface Definition {
  module: ModuleInfo;
  /** The initializer (or enum declaration) that gives the value. */
  node: Node;
  /** `enum` when `node` is an enum declaration. */
  kind: 'value' | 'enum';
  name: string;
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** Larger modules are generated code or bundles, not config. */
const MAX_MODULE_BYTES = 512 * 1024;
const MAX_HOPS = 8;

const modules = new Map<string, { mtimeMs: number; size: number; info: ModuleInfo | undefined }>();
const NODE_MODULE = new WeakMap<Node, ModuleInfo>();

/** The module a node was parsed from by the project index (undefined: the file being analysed). */
export function moduleOfNode(node: Node | undefined): ModuleInfo | undefined {
  return node ? NODE_MODULE.get(node) : undefined;
}

const statOf = statFile;

/** Reads and indexes a module, cached by path, mtime and size. */
export function loadModule(file: string): ModuleInfo | undefined {
  const st = statOf(file);
  if (!st || st.size > MAX_MODULE_BYTES) return undefined;
  const hit = modules.get(file);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.info;
  let info: ModuleInfo | undefined;
  try {
    const text = readText(file, true);
    const root = parseOxc(text, file);
    const index = buildIndex(root, text);
    info = { file, text, index };
    const walk = (n: Node) => {
      NODE_MODULE.set(n, info!);
      forEachChild(n, walk);
    };
    walk(index.root);
  } catch {
    info = undefined;
  }
  modules.set(file, { mtimeMs: st.mtimeMs, size: st.size, info });
  return info;
}

/**
 * A string literal of another file that the type checker located
 * (`start`..`end` in `text`): a node the analysis treats like one of a module
 * parsed here.
 */
export function foreignLiteral(file: string, text: string, start: number, end: number, value: string): Node {
  const node: Node = { type: 'StringLiteral', value, start, end, range: [start, end] };
  const index: FileIndex = { root: node, text, parents: new WeakMap(), calls: [], news: [], scopes: new Map(), file };
  NODE_MODULE.set(node, { file, text, index });
  return node;
}

// ---- module resolution ------------------------------------------------------

interface PathsConfig {
  dir: string;
  baseUrl: string;
  paths: [string, string[]][];
}
const tsconfigs = new Map<string, { config: PathsConfig | undefined; deps: Dep[] }>();

function readJsonc(file: string): Record<string, unknown> | undefined {
  try {
    const raw = readText(file);
    // Comments and trailing commas, as tsconfig allows (strings are kept intact).
    const stripped = raw
      .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, str: string | undefined) => str ?? '')
      .replace(/,(\s*[}\]])/g, '$1');
    return JSON.parse(stripped) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The `paths` of the nearest tsconfig.json (following one `extends` chain of relative files). */
function pathsConfigFor(dir: string): PathsConfig | undefined {
  const cached = tsconfigs.get(dir);
  if (cached) {
    noteAll(cached.deps);
    return cached.config;
  }
  const { value: config, deps } = capture(() => {
    const file = path.join(dir, 'tsconfig.json');
    if (statOf(file)) return pathsFromConfig(file, 0);
    const parent = path.dirname(dir);
    return parent !== dir ? pathsConfigFor(parent) : undefined;
  });
  tsconfigs.set(dir, { config, deps });
  return config;
}

function pathsFromConfig(file: string, depth: number): PathsConfig | undefined {
  const json = readJsonc(file);
  if (!json || depth > 4) return undefined;
  const dir = path.dirname(file);
  const options = (json.compilerOptions ?? {}) as { baseUrl?: string; paths?: Record<string, string[]> };
  if (options.paths) {
    return { dir, baseUrl: path.resolve(dir, options.baseUrl ?? '.'), paths: Object.entries(options.paths) };
  }
  const ext = typeof json.extends === 'string' && json.extends.startsWith('.') ? path.resolve(dir, json.extends) : undefined;
  return ext ? pathsFromConfig(ext.endsWith('.json') ? ext : `${ext}.json`, depth + 1) : undefined;
}

function tryFile(base: string): string | undefined {
  if (path.extname(base) && statOf(base) && SOURCE_EXTENSIONS.includes(path.extname(base))) return base;
  // ESM specifiers name the emitted file: `./config.js` is `./config.ts` in the sources.
  const stem = /\.(?:m|c)?js$/.test(base) ? base.replace(/\.(m|c)?js$/, '') : base;
  for (const ext of SOURCE_EXTENSIONS) if (statOf(stem + ext)) return stem + ext;
  for (const ext of SOURCE_EXTENSIONS) if (statOf(path.join(base, `index${ext}`))) return path.join(base, `index${ext}`);
  return undefined;
}

/**
 * Specifiers resolved before, per directory: an answer given within the last
 * second (a run asks for the same imports file after file) is not checked
 * again; an older one is searched for again. Each keeps the paths its search
 * tried (`disk.ts`), missing ones included.
 */
const resolved = new Map<string, { file: string | undefined; checked: number; deps: Dep[] }>();

/** The file a module specifier names from `fromFile`: relative, or through tsconfig `paths`. Packages are not followed. */
export function resolveSpecifier(fromFile: string, specifier: string): string | undefined {
  const key = `${path.dirname(fromFile)}\0${specifier}`;
  const now = Date.now();
  const hit = resolved.get(key);
  if (hit && now - hit.checked < FRESH_MS) {
    noteAll(hit.deps);
    return hit.file;
  }
  // Searched again (a few stats): the paths tried before the one found may exist now.
  const { value: file, deps } = capture(() => searchSpecifier(fromFile, specifier));
  resolved.set(key, { file, checked: now, deps });
  return file;
}

function searchSpecifier(fromFile: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) return tryFile(path.resolve(path.dirname(fromFile), specifier));
  const config = pathsConfigFor(path.dirname(fromFile));
  if (!config) return undefined;
  for (const [pattern, targets] of config.paths) {
    const star = pattern.indexOf('*');
    let rest: string | undefined;
    if (star === -1) rest = pattern === specifier ? '' : undefined;
    else if (specifier.startsWith(pattern.slice(0, star)) && specifier.endsWith(pattern.slice(star + 1))) {
      rest = specifier.slice(star, specifier.length - (pattern.length - star - 1));
    }
    if (rest === undefined) continue;
    for (const t of targets) {
      const hit = tryFile(path.resolve(config.baseUrl, t.replace('*', rest)));
      if (hit) return hit;
    }
  }
  return undefined;
}

// ---- exports ----------------------------------------------------------------

/** What `name` is in `module`'s exports: a local declaration or a re-export. */
function exportOf(module: ModuleInfo, name: string, hops: number): Definition | undefined {
  if (hops > MAX_HOPS) return undefined;
  const body = (module.index.root.body ?? []) as Node[];
  const stars: string[] = [];
  for (const stmt of body) {
    if (stmt.type === 'ExportNamedDeclaration') {
      const decl = stmt.declaration as Node | undefined;
      if (decl) {
        const local = localDeclaration(module, decl, name);
        if (local) return local;
        continue;
      }
      for (const spec of (stmt.specifiers ?? []) as Node[]) {
        const exported = spec.exported?.name ?? stringValue(spec.exported);
        if (exported !== name) continue;
        const localName = spec.local?.name ?? stringValue(spec.local) ?? name;
        const from = stmt.source ? stringValue(stmt.source) : undefined;
        if (from !== undefined) return reexport(module, from, spec.type === 'ExportNamespaceSpecifier' ? '*' : localName, hops);
        return localBinding(module, localName, hops);
      }
    } else if (stmt.type === 'ExportDefaultDeclaration' && name === 'default') {
      const decl = unwrap(stmt.declaration);
      if (!decl) return undefined;
      if (isIdentifier(decl)) return localBinding(module, decl.name, hops);
      return decl.type === 'TSEnumDeclaration' ? { module, node: decl, kind: 'enum', name } : { module, node: decl, kind: 'value', name };
    } else if (stmt.type === 'ExportAllDeclaration' && !stmt.exported) {
      const from = stringValue(stmt.source);
      if (from !== undefined) stars.push(from);
    }
  }
  for (const from of stars) {
    const found = reexport(module, from, name, hops);
    if (found) return found;
  }
  // A CommonJS module: `module.exports = { NAME }`, `exports.NAME = ...`.
  const cjs = cjsExportNode(module.index, name);
  return cjs ? { module, node: cjs, kind: 'value', name } : undefined;
}

function reexport(module: ModuleInfo, specifier: string, name: string, hops: number): Definition | undefined {
  const file = resolveSpecifier(module.file, specifier);
  const target = file ? loadModule(file) : undefined;
  return target && name !== '*' ? exportOf(target, name, hops + 1) : undefined;
}

/** `export const NAME = init` / `export enum NAME {}` inside `decl`. */
function localDeclaration(module: ModuleInfo, decl: Node, name: string): Definition | undefined {
  if (decl.type === 'TSEnumDeclaration') return decl.id?.name === name ? { module, node: decl, kind: 'enum', name } : undefined;
  if (decl.type !== 'VariableDeclaration' || decl.kind !== 'const') return undefined;
  for (const d of decl.declarations as Node[]) {
    if (d.id?.type === 'Identifier' && d.id.name === name && d.init) return { module, node: d.init, kind: 'value', name };
  }
  return undefined;
}

/** A module-level name: a const, an enum, or an import to follow further. */
function localBinding(module: ModuleInfo, name: string, hops: number): Definition | undefined {
  const b = lookup(module.index, module.index.root, name);
  if (!b) return undefined;
  if (b.kind === 'const') return { module, node: b.init, kind: 'value', name };
  if (b.kind === 'enum') return { module, node: b.node, kind: 'enum', name };
  if (b.kind === 'opaque') {
    const imp = importSpec(module.index, b.id);
    if (imp && imp.imported !== '*') return reexport(module, imp.module, imp.imported, hops);
  }
  return undefined;
}

/** The import a binding's identifier comes from. */
function importSpec(index: FileIndex, id: Node): { module: string; imported: string } | undefined {
  const spec = index.parents.get(id);
  const decl = spec ? index.parents.get(spec) : undefined;
  if (!spec || !decl || decl.type !== 'ImportDeclaration' || decl.importKind === 'type' || spec.importKind === 'type') return undefined;
  const module = stringValue(decl.source);
  if (module === undefined) return undefined;
  if (spec.type === 'ImportNamespaceSpecifier') return { module, imported: '*' };
  if (spec.type === 'ImportDefaultSpecifier') return { module, imported: 'default' };
  const imported = spec.imported as Node | undefined;
  return { module, imported: imported?.name ?? stringValue(imported) ?? id.name };
}

/** The file being analysed, when the front end said (ESLint's filename, the codemod's path). */
export function fileOf(index: FileIndex): string | undefined {
  const own = moduleOfNode(index.root);
  return own?.file ?? index.file;
}

/**
 * Where an imported name is defined: `ref` is an identifier of `index`'s file
 * bound by an import (`import { IMAGE_MODEL } from './config'`), or the
 * namespace of `ns.NAME` when `member` is given. Undefined when the module
 * cannot be found or does not define it statically.
 */
export function importedDefinition(index: FileIndex, ref: Node, member?: string): Definition | undefined {
  const file = fileOf(index);
  if (!file || !isIdentifier(ref)) return undefined;
  const b = lookup(index, ref, ref.name);
  if (!b || b.kind !== 'opaque') return undefined;
  const imp = importSpec(index, b.id);
  if (!imp) return undefined;
  const name = imp.imported === '*' ? member : imp.imported;
  if (name === undefined) return undefined;
  const target = resolveSpecifier(file, imp.module);
  const module = target ? loadModule(target) : undefined;
  return module ? exportOf(module, name, 0) : undefined;
}

/** The module `require('./spec')` loads, when it is one of the project's files. */
export function requiredModule(index: FileIndex, call: Node): ModuleInfo | undefined {
  const spec = requireSpecifier(index, call);
  const file = spec !== undefined ? fileOf(index) : undefined;
  const target = file ? resolveSpecifier(file, spec!) : undefined;
  return target ? loadModule(target) : undefined;
}

/** `./config.ts:3`, relative to the file being analysed. */
export function describeOrigin(index: FileIndex, node: Node): string | undefined {
  const module = moduleOfNode(node);
  if (!module) return undefined;
  const from = fileOf(index);
  let rel = from ? path.relative(path.dirname(from), module.file).split(path.sep).join('/') : path.basename(module.file);
  if (!rel.startsWith('.')) rel = `./${rel}`;
  const line = module.text.slice(0, rangeOf(node)[0]).split('\n').length;
  return `${rel}:${line}`;
}

// ---- import edges -------------------------------------------------------------

/**
 * The project files `file` imports: static imports, `export … from`,
 * `require('…')` and `import('…')` with a literal specifier, resolved as the
 * index resolves them (relative, tsconfig `paths`). Packages are not
 * followed. Empty when the file cannot be read or parsed.
 */
export function importsOf(file: string): string[] {
  const module = loadModule(file);
  if (!module) return [];
  const specifiers: string[] = [];
  for (const stmt of (module.index.root.body as Node[] | undefined) ?? []) {
    const source = stmt.source as Node | undefined;
    if ((stmt.type === 'ImportDeclaration' || stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportAllDeclaration') && source) {
      const s = stringValue(source);
      if (s !== undefined) specifiers.push(s);
    }
  }
  for (const call of module.index.calls) {
    const callee = call.callee as Node;
    const isRequire = isIdentifier(callee) && callee.name === 'require';
    if (!isRequire && callee.type !== 'Import') continue;
    const s = stringValue((call.arguments as Node[])[0]);
    if (s !== undefined) specifiers.push(s);
  }
  const dynamic: string[] = [];
  const walk = (n: Node) => {
    if (n.type === 'ImportExpression') {
      const s = stringValue(n.source as Node);
      if (s !== undefined) dynamic.push(s);
    }
    forEachChild(n, walk);
  };
  if (/\bimport\s*\(/.test(module.text)) walk(module.index.root);
  const files = new Set<string>();
  for (const s of [...specifiers, ...dynamic]) {
    const hit = resolveSpecifier(file, s);
    if (hit) files.add(hit);
  }
  return [...files];
}
