/**
 * Objects declared with one of the openai SDK's request types
 * (`const params: OpenAI.ImageGenerateParams = {…}`, `{…} satisfies
 * ImageEditParams`, a `Tool.ImageGeneration`): the type says it is a request,
 * so it is checked where it is written even when the call that sends it is
 * out of sight. The type must come from the `openai` package; an object
 * already found as a call's request is not counted twice.
 */
import { SDK_REQUEST_TYPES, SHAPES } from '../../catalog/index.js';
import { type Node, forEachChild, isIdentifier, stringValue, unwrap } from '../ast.js';
import type { CallAnalysis, CallSite, ImageRequest } from '../calls.js';
import { IMAGE_METHODS, imageTools } from '../calls/shared.js';
import { type FileIndex, lookup } from '../scope.js';
import { lookupProperty, resolve } from '../values.js';

const TYPE_WORDS = new RegExp(Object.keys(SDK_REQUEST_TYPES.value).join('|'));
const SDK_MODULE = /^openai(?:\/|$)/;
const METHOD_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(IMAGE_METHODS).map(([m, e]) => [e, m]));

/** The names of a type reference (`OpenAI.Images.ImageGenerateParams` -> OpenAI, Images, ImageGenerateParams). */
function typeNames(typeIn: Node | undefined): string[] | undefined {
  const t = typeIn?.type === 'TSTypeAnnotation' ? typeIn.typeAnnotation : typeIn;
  if (t?.type !== 'TSTypeReference' || t.typeArguments || t.typeParameters) return undefined;
  const names: string[] = [];
  let n = t.typeName as Node | undefined;
  while (n?.type === 'TSQualifiedName') {
    names.unshift(n.right.name);
    n = n.left;
  }
  if (!n || !isIdentifier(n)) return undefined;
  names.unshift(n.name);
  return names;
}

/** Does the file import anything from the openai package (else no type of it can be named)? */
function importsSdk(index: FileIndex): boolean {
  return ((index.root.body ?? []) as Node[]).some((s) => s.type === 'ImportDeclaration' && SDK_MODULE.test(stringValue(s.source) ?? ''));
}

/** Is `name` imported from the openai package (a value or a type import)? */
function fromSdk(index: FileIndex, name: string): boolean {
  const b = lookup(index, index.root, name);
  if (!b || b.kind !== 'opaque') return false;
  const spec = index.parents.get(b.id);
  const decl = spec ? index.parents.get(spec) : undefined;
  return decl?.type === 'ImportDeclaration' && SDK_MODULE.test(stringValue(decl.source) ?? '');
}

function kindOf(name: string): 'generations' | 'edits' | 'responses' | 'tool' | undefined {
  return Object.prototype.hasOwnProperty.call(SDK_REQUEST_TYPES.value, name) ? SDK_REQUEST_TYPES.value[name] : undefined;
}

/** What an SDK request type declares, when `type` is one. */
function requestKind(index: FileIndex, type: Node | undefined): 'generations' | 'edits' | 'responses' | 'tool' | undefined {
  const names = typeNames(type);
  if (!names) return undefined;
  const last = names[names.length - 1];
  const kind = SDK_REQUEST_TYPES.value[last];
  if (!kind || (kind === 'tool' && names[names.length - 2] !== 'Tool')) return undefined;
  return fromSdk(index, names[0]) ? kind : undefined;
}

/** The object literals the file declares with an SDK request type, as requests. */
export function declaredRequests(index: FileIndex, ...known: CallAnalysis[]): CallAnalysis {
  const sites: CallSite[] = [];
  const requests: ImageRequest[] = [];
  const typed = index.typed?.requestTypeOf ? index.typed : undefined;
  if (!typed && (!TYPE_WORDS.test(index.text) || !importsSdk(index))) return { sites, requests };
  const seen = new Set<Node>();
  for (const found of known) {
    for (const s of found.sites) seen.add(s.params.node);
    for (const r of found.requests) seen.add(r.params.node);
  }
  const declare = (objIn: Node | undefined, type: Node | undefined, typeName?: string) => {
    const obj = unwrap(objIn);
    if (!obj || obj.type !== 'ObjectExpression' || seen.has(obj)) return;
    const kind = typeName ? kindOf(typeName) : requestKind(index, type);
    if (!kind) return;
    seen.add(obj);
    const params = resolve(index, obj);
    const base = { call: obj, arg: obj, shape: SHAPES.sdk, result: 'none' as const };
    if (kind === 'tool') {
      const site: CallSite = { ...base, api: 'responses', method: 'create', params: { kind: 'unknown', node: obj } };
      sites.push(site);
      requests.push({ site, endpoint: 'responses-tool', params, model: lookupProperty(index, params, 'model') });
    } else if (kind === 'responses') {
      const site: CallSite = { ...base, api: 'responses', method: 'create', params };
      sites.push(site);
      for (const tool of imageTools(index, params)) requests.push({ site, endpoint: 'responses-tool', params: tool, model: lookupProperty(index, tool, 'model') });
    } else {
      const site: CallSite = { ...base, api: 'images', method: METHOD_OF[kind], params };
      sites.push(site);
      requests.push({ site, endpoint: kind, params, model: lookupProperty(index, params, 'model') });
    }
  };
  // Typed linting: an object literal passed to a parameter (of any function, the project's or a package's) typed by an SDK request type.
  if (typed) {
    for (const call of index.calls) {
      for (const arg of (call.arguments ?? []) as Node[]) {
        const obj = unwrap(arg);
        if (obj?.type !== 'ObjectExpression' || seen.has(obj)) continue;
        const name = typed.requestTypeOf!(obj);
        if (name) declare(obj, undefined, name);
      }
    }
    if (!TYPE_WORDS.test(index.text) || !importsSdk(index)) return { sites, requests };
  }
  const stack: Node[] = [index.root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'VariableDeclarator' && n.id?.type === 'Identifier') declare(n.init, n.id.typeAnnotation);
    else if (n.type === 'TSSatisfiesExpression' || n.type === 'TSAsExpression') declare(n.expression, n.typeAnnotation);
    forEachChild(n, (c) => stack.push(c));
  }
  return { sites, requests };
}
