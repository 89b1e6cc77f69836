/**
 * Moving a whole file from the openai v3 SDK (`OpenAIApi`) to openai v4+.
 * A v3 image call rewritten alone would run on a v3 client that has no
 * `images` (a crash), so the file moves as one: the import, the client and
 * its `Configuration`, every image call (positional arguments become one
 * request object), every read of a result (`response.data.data` becomes
 * `response.data`), and the error reads of the `catch` clauses around those
 * calls (`error.response.status` becomes `error.status`). When any use of the
 * v3 client cannot be moved with certainty, nothing is edited and the file
 * gets one TODO saying why.
 */
import { OPENAI_V3, OPENAI_V4_MIGRATION, TODO_MARKER } from '../catalog/index.js';
import { type Node, forEachChild, isCall, isIdentifier, isMember, memberName, propertyKey, rangeOf, stringValue, unwrap } from './ast.js';
import type { TextEdit } from './edits.js';
import type { FileAnalysis } from './index.js';
import { lookup } from './scope.js';

export type V3Plan =
  /** No openai v3 client in the file. */
  | { kind: 'none' }
  /** The file stays as it is; `reason` says what could not be moved. */
  | { kind: 'todo'; node: Node; reason: string }
  | { kind: 'edits'; edits: TextEdit[] };

export interface V3Context {
  /**
   * The parameter names of `createImageEdit` in order, for the v3 version the
   * file runs with; undefined when that version is not known.
   */
  editParams?: readonly string[];
  /** Why the file's openai version cannot be moved (no package.json declares a v3 range), if so. */
  packageProblem?: string;
}

const V3_NAMES = [OPENAI_V3.clientClass, OPENAI_V3.configClass];
const WRAPPERS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'ParenthesizedExpression', 'ChainExpression']);

class CannotMove extends Error {
  constructor(
    readonly node: Node,
    reason: string,
  ) {
    super(reason);
  }
}

/** The TODO left when the file cannot move. */
export function v3Todo(reason: string, target: string): string {
  const m = OPENAI_V4_MIGRATION;
  return (
    `${TODO_MARKER}: this file uses the openai v3 SDK (\`${OPENAI_V3.clientClass}\`), and ${reason}, so it was not moved to openai v4 automatically. ` +
    `Move all of it: \`new OpenAI({ apiKey })\`, \`images.generate\`/\`images.edit\` with one object and \`model: '${target}'\`, ` +
    `\`response.data[0]\` for \`response.data.data[0]\`, \`error.status\` for \`error.response.status\`, and \`"openai": "${m.range}"\` in package.json.`
  );
}

function parentOf(fa: FileAnalysis, node: Node): Node | undefined {
  return fa.index.parents.get(node);
}

/** Climbs out of casts, parentheses and optional-chain wrappers. */
function climb(fa: FileAnalysis, node: Node): Node {
  let cur = node;
  let p = parentOf(fa, cur);
  while (p && WRAPPERS.has(p.type) && p.expression === cur) {
    cur = p;
    p = parentOf(fa, cur);
  }
  return cur;
}

function isPropertyName(fa: FileAnalysis, id: Node): boolean {
  const p = parentOf(fa, id);
  if (!p) return false;
  // `import { imported as local }`, `export { local as exported }`: only `local` names the variable.
  if (p.type === 'ImportSpecifier' || p.type === 'ExportSpecifier') return p.local !== id;
  if (isMember(p) && p.property === id && !p.computed) return true;
  if ((p.type === 'Property' || p.type === 'ObjectProperty' || p.type === 'ClassProperty' || p.type === 'PropertyDefinition' || p.type === 'ObjectMethod' || p.type === 'ClassMethod') && p.key === id && !p.computed) {
    return !(p.shorthand && p.value?.type === 'Identifier' && p.value.name === id.name && p.value !== id && (p.type === 'ObjectProperty' || p.type === 'Property') && parentOf(fa, p)?.type !== 'ObjectPattern');
  }
  return false;
}

/** Every identifier in the file (for name-based scans), walked once. */
function identifiers(fa: FileAnalysis): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    if (n.type === 'Identifier') out.push(n);
    forEachChild(n, walk);
    // Type annotations are skipped by forEachChild; a v3 name used as a type still counts as a use.
    for (const key of ['typeAnnotation', 'returnType', 'typeParameters', 'typeArguments']) {
      const t = n[key];
      if (t && typeof t.type === 'string') walk(t);
    }
  };
  walk(fa.index.root);
  return out;
}

/** The references of the variable declared by `id` (same name, resolving to that declaration). */
function referencesOf(fa: FileAnalysis, ids: Node[], id: Node): Node[] {
  return ids.filter((n) => n !== id && n.name === id.name && !isPropertyName(fa, n) && bindingId(fa, n) === id);
}

function bindingId(fa: FileAnalysis, ref: Node): Node | undefined {
  const b = lookup(fa.index, ref, ref.name);
  return b && 'id' in b ? b.id : undefined;
}

/** `require('openai')` */
function isRequireOpenai(node: Node | undefined): boolean {
  const n = unwrap(node);
  return !!n && isCall(n) && isIdentifier(unwrap(n.callee), 'require') && stringValue(unwrap(n.arguments[0])) === 'openai';
}

interface V3Import {
  /** The whole import (or the destructuring pattern of the require). */
  node: Node;
  edit: TextEdit;
  /** Local name -> v3 name. */
  locals: Map<Node, string>;
}

function findImports(fa: FileAnalysis): V3Import[] {
  const text = fa.index.text;
  const out: V3Import[] = [];
  const walk = (n: Node) => {
    const source = n.type === 'ImportDeclaration' ? stringValue(n.source)?.replace(/\.js$/, '') : undefined;
    if (source === 'openai' || (source !== undefined && OPENAI_V3.deepModules.includes(source))) {
      const specs = n.specifiers as Node[];
      const named = specs.filter((s) => s.type === 'ImportSpecifier');
      const v3 = named.filter((s) => V3_NAMES.includes(s.imported?.name ?? stringValue(s.imported)));
      if (v3.length) {
        if (n.importKind === 'type' || v3.length !== specs.length || v3.some((s) => s.importKind === 'type')) {
          throw new CannotMove(n, 'its `openai` import brings in more than `Configuration` and `OpenAIApi`');
        }
        const locals = new Map<Node, string>(v3.map((s) => [s.local, s.imported?.name ?? stringValue(s.imported)]));
        const [start] = rangeOf(n);
        // A path inside the v3 package (`openai/dist/api`) becomes the package itself.
        const [ss, se] = rangeOf(n.source);
        const quote = text[ss];
        const edit: TextEdit =
          source === 'openai'
            ? { range: [start, ss], text: `import ${OPENAI_V4_MIGRATION.clientClass} from ` }
            : { range: [start, se], text: `import ${OPENAI_V4_MIGRATION.clientClass} from ${quote}openai${quote}` };
        out.push({ node: n, locals, edit });
      }
    } else if (n.type === 'VariableDeclarator' && n.id?.type === 'ObjectPattern' && isRequireOpenai(n.init)) {
      const props = n.id.properties as Node[];
      const names = props.map((p) => (p.type === 'RestElement' ? undefined : propertyKey(p)));
      if (names.some((x) => x && V3_NAMES.includes(x))) {
        const ok = props.every((p, i) => p.type !== 'RestElement' && names[i] && V3_NAMES.includes(names[i]!) && unwrap(p.value)?.type === 'Identifier');
        if (!ok) throw new CannotMove(n, 'its `require("openai")` takes more than `Configuration` and `OpenAIApi`');
        const locals = new Map<Node, string>(props.map((p, i) => [unwrap(p.value)!, names[i]!]));
        out.push({ node: n.id, locals, edit: { range: [rangeOf(n.id)[0], rangeOf(n.id)[1]], text: OPENAI_V4_MIGRATION.clientClass } });
      }
    } else if (isRequireOpenai(n)) {
      const p = parentOf(fa, n);
      if (p && isMember(p) && V3_NAMES.includes(memberName(p) ?? '')) throw new CannotMove(n, `it reaches \`${memberName(p)}\` through \`require("openai").${memberName(p)}\``);
    }
    forEachChild(n, walk);
  };
  walk(fa.index.root);
  // `import { Configuration } from 'openai'` and `import { OpenAIApi } from 'openai/dist/api'`: one `import OpenAI`, the others go.
  for (const extra of out.slice(1)) {
    if (extra.node.type !== 'ImportDeclaration' || out[0].node.type !== 'ImportDeclaration') throw new CannotMove(extra.node, 'it loads `Configuration` and `OpenAIApi` in more than one statement');
    const [s, e] = rangeOf(extra.node);
    const end = text.startsWith('\r\n', e) ? e + 2 : text[e] === '\n' ? e + 1 : e;
    extra.edit = { range: [s, end], text: '' };
  }
  return out;
}

/** The v3 result of `call`, rewritten to v4's: every read drops the axios wrapper (`.data`). */
function resultEdits(fa: FileAnalysis, ids: Node[], call: Node): TextEdit[] {
  const body = OPENAI_V3.responseBody;
  let node = call;
  let parent = parentOf(fa, node);
  let awaited = false;
  while (parent && (parent.type === 'AwaitExpression' || WRAPPERS.has(parent.type))) {
    if (parent.type === 'AwaitExpression') awaited = true;
    node = parent;
    parent = parentOf(fa, node);
  }
  if (!awaited || !parent) throw new CannotMove(call, `the result of \`${memberName(unwrap(call.callee)!)}\` is not awaited where it is made (a promise passed on keeps v3's \`.data\` wrapper)`);
  // `<result>.data`: drop `.data`.
  const dropBody = (ref: Node): TextEdit => {
    const outer = climb(fa, ref);
    const member = parentOf(fa, outer);
    if (!member || !isMember(member) || member.object !== outer || memberName(member) !== body || member.computed) {
      throw new CannotMove(ref, `a result of the v3 client is used other than through \`.${body}\``);
    }
    return { range: [rangeOf(outer)[1], rangeOf(member)[1]], text: '' };
  };
  if (isMember(parent) && parent.object === node) return [dropBody(node)];
  if (parent.type === 'VariableDeclarator' && parent.init === node) {
    if (parent.id.type === 'Identifier') return referencesOf(fa, ids, parent.id).map(dropBody);
    // `const { data } = await openai.createImage(...)` -> `const data = await ...`
    if (parent.id.type === 'ObjectPattern' && parent.id.properties.length === 1) {
      const prop = parent.id.properties[0] as Node;
      const value = unwrap(prop.value);
      if (prop.type !== 'RestElement' && propertyKey(prop) === body && !prop.computed && value?.type === 'Identifier') {
        return [{ range: [rangeOf(parent.id)[0], rangeOf(parent.id)[1]], text: value.name as string }];
      }
    }
  }
  throw new CannotMove(call, `the result of \`${memberName(unwrap(call.callee)!)}\` is used in a way that may depend on v3's axios response`);
}

/** A node in a test position: `if (x)`, `x ? a : b`, `x && y`, `!x`. */
function isTest(fa: FileAnalysis, node: Node): boolean {
  const p = parentOf(fa, node);
  if (!p) return false;
  if ((p.type === 'IfStatement' || p.type === 'ConditionalExpression' || p.type === 'WhileStatement') && p.test === node) return true;
  if (p.type === 'LogicalExpression' && (p.operator === '&&' || p.operator === '||') && p.left === node) return isTest(fa, p) || p.operator === '&&';
  if (p.type === 'UnaryExpression' && p.operator === '!') return true;
  return false;
}

/** `error.response.status` -> `error.status`, `error.response.data.error` -> `error.error`, `if (error.response)` -> `if (error.status)`. */
function errorEdits(fa: FileAnalysis, ids: Node[], param: Node): TextEdit[] {
  const e = OPENAI_V4_MIGRATION.errors;
  const edits: TextEdit[] = [];
  for (const ref of referencesOf(fa, ids, param)) {
    const outer = climb(fa, ref);
    const response = parentOf(fa, outer);
    if (!response || !isMember(response) || response.object !== outer || memberName(response) !== e.response) continue;
    const r = climb(fa, response);
    const next = parentOf(fa, r);
    const name = param.name as string;
    if (next && isMember(next) && next.object === r && memberName(next) === e.status) {
      edits.push({ range: rangeOf(climb(fa, next)) as [number, number], text: `${name}.${e.v4Status}` });
      continue;
    }
    if (next && isMember(next) && next.object === r && memberName(next) === e.body) {
      const n2 = climb(fa, next);
      const err = parentOf(fa, n2);
      if (err && isMember(err) && err.object === n2 && memberName(err) === e.bodyError) {
        edits.push({ range: rangeOf(climb(fa, err)) as [number, number], text: `${name}.${e.v4Error}` });
        continue;
      }
    }
    if (isTest(fa, r)) {
      edits.push({ range: rangeOf(r) as [number, number], text: `${name}.${e.v4Status}` });
      continue;
    }
    throw new CannotMove(ref, `its error handling reads \`${name}.${e.response}\` in a way openai v4 errors do not mirror (they carry \`status\` and \`error\`)`);
  }
  return edits;
}

function within(inner: Node, outer: Node): boolean {
  const [s, e] = rangeOf(inner);
  const [os, oe] = rangeOf(outer);
  return s >= os && e <= oe;
}

/** The plan that moves the file, or the reason it cannot move. */
export function planV3File(fa: FileAnalysis, ctx: V3Context): V3Plan {
  const text = fa.index.text;
  const v3Calls = fa.requests.filter((r) => r.site.shape.id === 'openai-v3');
  // A file may call a v3 client imported from another module without naming `OpenAIApi`.
  if (!text.includes(OPENAI_V3.clientClass) && !v3Calls.length) return { kind: 'none' };
  try {
    const imports = findImports(fa);
    if (!imports.length) {
      if (v3Calls.length) throw new CannotMove(v3Calls[0].site.call, 'its client is made in another module');
      return { kind: 'none' };
    }
    const first = imports[0].node;
    const ids = identifiers(fa);
    if (ids.some((i) => i.name === OPENAI_V4_MIGRATION.clientClass)) throw new CannotMove(first, 'the name `OpenAI` is already taken in it');
    if (ctx.packageProblem) throw new CannotMove(first, ctx.packageProblem);
    const edits: TextEdit[] = imports.map((i) => i.edit);
    const clients: Node[] = [];
    const configs = new Set<Node>();
    for (const imp of imports) {
      for (const [local, v3Name] of imp.locals) {
        for (const ref of referencesOf(fa, ids, local)) {
          const use = climb(fa, ref);
          const p = parentOf(fa, use);
          if (!p || p.type !== 'NewExpression' || p.callee !== use) throw new CannotMove(ref, `it uses \`${v3Name}\` other than as \`new ${v3Name}(...)\``);
          if (v3Name === OPENAI_V3.clientClass) {
            edits.push({ range: rangeOf(use) as [number, number], text: OPENAI_V4_MIGRATION.clientClass });
            clients.push(p);
          } else configs.add(p);
        }
      }
    }
    // `new Configuration({ apiKey, organization, basePath })` -> the options object itself.
    for (const cfg of configs) {
      const args = cfg.arguments as Node[];
      const arg = unwrap(args[0]);
      if (args.length > 1 || (arg && arg.type !== 'ObjectExpression')) throw new CannotMove(cfg, '`new Configuration(...)` is not given an object literal');
      const [s, e] = rangeOf(cfg);
      if (!arg) {
        edits.push({ range: [s, e], text: '{}' });
        continue;
      }
      const [as, ae] = rangeOf(args[0]);
      // `new Configuration(` and `)` go.
      edits.push({ range: [s, as], text: '' }, { range: [ae, e], text: '' });
      for (const prop of arg.properties as Node[]) {
        const key = propertyKey(prop);
        const isPlain = (prop.type === 'Property' || prop.type === 'ObjectProperty') && !prop.computed && !prop.method && key !== undefined;
        const v4Key = key !== undefined ? OPENAI_V4_MIGRATION.configKeys[key] : undefined;
        if (!isPlain || !v4Key) throw new CannotMove(prop, `its \`Configuration\` sets ${key ? `\`${key}\`` : 'options'} that openai v4 takes differently`);
        const value = unwrap(prop.value);
        if (value && (value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression')) throw new CannotMove(prop, 'its `Configuration` computes `apiKey` with a function');
        if (v4Key !== key) {
          if (prop.shorthand) edits.push({ range: rangeOf(prop) as [number, number], text: `${v4Key}: ${key}` });
          else edits.push({ range: rangeOf(prop.key) as [number, number], text: v4Key });
        }
      }
      // A configuration held in a variable must only feed `new OpenAIApi(...)`.
      const holder = parentOf(fa, climb(fa, cfg));
      if (holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier') {
        for (const ref of referencesOf(fa, ids, holder.id)) {
          const use = climb(fa, ref);
          const p = parentOf(fa, use);
          if (!p || p.type !== 'NewExpression' || !clients.includes(p)) throw new CannotMove(ref, 'its `Configuration` is used for more than making the client');
        }
      } else {
        const p = parentOf(fa, climb(fa, cfg));
        if (!p || !clients.includes(p)) throw new CannotMove(cfg, 'its `Configuration` is used for more than making the client');
      }
    }
    // Every use of every client: an image call that moves.
    const moved = new Set<Node>();
    for (const client of clients) {
      const holder = parentOf(fa, climb(fa, client));
      if (!holder || holder.type !== 'VariableDeclarator' || holder.init !== climb(fa, client) || holder.id.type !== 'Identifier') {
        throw new CannotMove(client, 'its `OpenAIApi` client is not held in a variable of this file');
      }
      const decl = parentOf(fa, holder);
      if (decl && parentOf(fa, decl)?.type === 'ExportNamedDeclaration') throw new CannotMove(client, 'its client is exported to other modules');
      for (const ref of referencesOf(fa, ids, holder.id)) {
        const use = climb(fa, ref);
        const member = parentOf(fa, use);
        const call = member ? parentOf(fa, climb(fa, member)) : undefined;
        const method = member && isMember(member) && member.object === use ? memberName(member) : undefined;
        if (!method || !call || !isCall(call) || climb(fa, member!) !== call.callee && unwrap(call.callee) !== member) {
          throw new CannotMove(ref, 'its client is passed on or exported (other modules may call v3 methods on it)');
        }
        const spec = Object.prototype.hasOwnProperty.call(OPENAI_V3.methods, method) ? OPENAI_V3.methods[method] : undefined;
        if (!spec) throw new CannotMove(call, `it calls \`${method}\`, which this migration does not move`);
        if (spec.endpoint === 'variations') throw new CannotMove(call, 'it calls `createImageVariation`, and image variations are no longer served (use `images.edit` with a GPT image model)');
        const args = call.arguments as Node[];
        if (args.some((a) => a.type === 'SpreadElement')) throw new CannotMove(call, `it spreads the arguments of \`${method}\``);
        edits.push({ range: rangeOf(member!.property) as [number, number], text: spec.replacement });
        if (spec.args === 'object') {
          if (args.length !== 1) throw new CannotMove(call, `it passes axios options to \`${method}\``);
        } else {
          const params = ctx.editParams;
          if (!params) throw new CannotMove(call, `the openai v3 version it runs with is not known (\`${method}\` changed its argument order in 3.2.0)`);
          if (args.length > params.length) throw new CannotMove(call, `it passes axios options to \`${method}\``);
          const parts = args
            .map((a, i) => ({ a, key: params[i] }))
            .filter(({ a }) => !isIdentifier(unwrap(a), 'undefined'))
            .map(({ a, key }) => {
              const src = text.slice(rangeOf(a)[0], rangeOf(a)[1]);
              return src === key ? key : `${key}: ${src}`;
            });
          edits.push({ range: [rangeOf(args[0])[0], rangeOf(args[args.length - 1])[1]], text: `{ ${parts.join(', ')} }` });
        }
        edits.push(...resultEdits(fa, ids, call));
        moved.add(call);
      }
    }
    if (v3Calls.some((r) => !moved.has(r.site.call))) {
      const left = v3Calls.find((r) => !moved.has(r.site.call))!;
      throw new CannotMove(left.site.call, 'one of its image calls is not made on a client of this file');
    }
    // Error handling around the moved calls.
    const handled = new Set<Node>();
    const walk = (n: Node) => {
      if (n.type === 'TryStatement' && n.handler?.param?.type === 'Identifier' && [...moved].some((c) => within(c, n.block))) {
        edits.push(...errorEdits(fa, ids, n.handler.param));
        handled.add(n.handler);
      }
      forEachChild(n, walk);
    };
    walk(fa.index.root);
    // A `.response.status` / `.response.data` read anywhere else may be a v3 error read this migration does not see.
    for (const id of ids) {
      const member = parentOf(fa, id);
      if (!member || !isMember(member) || member.property !== id || id.name !== OPENAI_V4_MIGRATION.errors.response) continue;
      const next = parentOf(fa, climb(fa, member));
      const nextName = next && isMember(next) ? memberName(next) : undefined;
      if (nextName !== OPENAI_V4_MIGRATION.errors.status && nextName !== OPENAI_V4_MIGRATION.errors.body) continue;
      if ([...handled].some((h) => within(member, h))) continue;
      throw new CannotMove(member, `it reads \`.${id.name}.${nextName}\` outside the \`catch\` of a moved call (v3 errors may reach it; openai v4 errors carry \`status\` and \`error\`)`);
    }
    return { kind: 'edits', edits };
  } catch (err) {
    if (err instanceof CannotMove) return { kind: 'todo', node: err.node, reason: err.message };
    throw err;
  }
}
