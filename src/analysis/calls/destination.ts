/**
 * Where an image request goes, as the code says: the base URL, the API shape
 * (Images, Responses, or a gateway's task API) and the environment variable
 * that holds the key. `gpt-image verify --from-code` reads this so that it
 * checks each call against its own host, with its own key, and sends no key
 * to a host the code did not name.
 */
import { CLIENT_DEFAULTS } from '../../catalog/index.js';
import { type Node, forEachChild, isFunctionLike, isIdentifier, isMember, memberName, unwrap } from '../ast.js';
import { type FileIndex, lookup } from '../scope.js';
import { lookupProperty, stringCandidates } from '../values.js';
import { baseUrlOption, clientOrigin } from './client.js';
import type { ImageRequest } from './shared.js';

export type ApiShape = 'images' | 'responses' | 'tasks';

/** How the base URL is known. */
export type BaseSource =
  /** Written in the code. */
  | { kind: 'spelled'; url: string }
  /** Read from an environment variable the code names, with the literal fallback it gives (`process.env.X ?? 'https://...'`). */
  | { kind: 'env'; name: string; fallback?: string }
  /** Not set: the library's default (`OPENAI_BASE_URL`, else OpenAI's API). */
  | { kind: 'default' }
  /** Set to something the analysis cannot follow. */
  | { kind: 'unknown'; why: string };

/** Where the key comes from: an environment variable the code names, the library's default variable, or something else. */
export type KeySource = { kind: 'env'; name: string } | { kind: 'default'; name: string } | { kind: 'unknown'; why: string };

export interface Destination {
  api: ApiShape;
  base: BaseSource;
  key: KeySource;
}

/** The paths an API URL ends in; the rest is the base URL (`https://api.hiapi.ai/v1/tasks` -> `https://api.hiapi.ai/v1`). */
const API_PATH = /\/(?:images\/[a-z]+|responses|tasks)\/?$/;
/** Where the `\u0000` of an unspelled URL part is (see calls/http.ts). */
const UNKNOWN_PART = '\u0000';
/** Environment variable names that hold a key, for raw HTTP requests that build their own `Authorization` header. */
const KEY_NAME = /KEY|TOKEN|SECRET/i;

export function destinationOf(index: FileIndex, req: ImageRequest): Destination {
  const site = req.site;
  const api: ApiShape = site.shape.id === 'hiapi-tasks' ? 'tasks' : req.endpoint === 'responses-tool' ? 'responses' : 'images';
  if (site.http) {
    const path = site.http.url.split(/[?#]/)[0];
    const base = path.replace(API_PATH, '');
    const spelled = /^https?:\/\/[^/\u0000]+/i.test(base) && !base.includes(UNKNOWN_PART);
    const names = [...new Set((site.call.arguments as Node[]).flatMap((a) => envReads(index, a)).filter((n) => KEY_NAME.test(n)))];
    return {
      api,
      base: spelled ? { kind: 'spelled', url: base } : { kind: 'unknown', why: `the request URL \`${printable(site.http.url)}\` is built from parts this file does not spell` },
      key: names.length === 1 ? { kind: 'env', name: names[0] } : { kind: 'unknown', why: names.length ? `the request reads ${names.join(', ')}` : 'the request reads its key from no environment variable this file names' },
    };
  }
  const origin = clientOrigin(index, site, { acrossModules: true });
  if (!origin) return { api, base: { kind: 'unknown', why: 'the code does not show how the client is made' }, key: { kind: 'unknown', why: 'the code does not show how the client is made' } };
  if (origin.kind === 'azure') return { api, base: { kind: 'unknown', why: 'an Azure client sends requests to its resource, not to an OpenAI base URL' }, key: { kind: 'unknown', why: 'an Azure client' } };
  const defaults: Destination = { api, base: { kind: 'default' }, key: { kind: 'default', name: CLIENT_DEFAULTS.apiKeyEnv } };
  if (origin.kind === 'openai' || !origin.options) return defaults;
  const idx = origin.index;
  return { api, base: baseOf(idx, origin.options), key: keyOf(idx, origin.options) };
}

function baseOf(index: FileIndex, options: Parameters<typeof lookupProperty>[1]): BaseSource {
  const found = baseUrlOption(index, options);
  if (!found.hit) return found.uncertain ? { kind: 'unknown', why: 'the client options are spread from something this file does not spell' } : { kind: 'default' };
  const env = envOf(index, found.hit.prop.value as Node | undefined);
  if (env) return env;
  const urls = stringCandidates(found.hit.value);
  if (urls.length === 1 && found.hit.value.kind === 'string') return { kind: 'spelled', url: urls[0].value };
  return { kind: 'unknown', why: urls.length > 1 ? `the code picks one of ${urls.map((u) => `\`${u.value}\``).join(', ')} at run time` : 'the code sets it to a value this file does not spell' };
}

function keyOf(index: FileIndex, options: Parameters<typeof lookupProperty>[1]): KeySource {
  for (const option of CLIENT_DEFAULTS.apiKeyOptions) {
    const found = lookupProperty(index, options, option);
    if (found.uncertain && !found.hit) return { kind: 'unknown', why: 'the client options are spread from something this file does not spell' };
    if (!found.hit) continue;
    const names = [...new Set(envReads(index, found.hit.prop.value as Node | undefined))];
    return names.length === 1 ? { kind: 'env', name: names[0] } : { kind: 'unknown', why: `\`${option}\` is not read from one environment variable` };
  }
  return { kind: 'default', name: CLIENT_DEFAULTS.apiKeyEnv };
}

/** `process.env.NAME`, `process.env['NAME']` or `import.meta.env.NAME`: the name. */
function envName(nodeIn: Node | undefined): string | undefined {
  const node = unwrap(nodeIn);
  if (!node || !isMember(node)) return undefined;
  const obj = unwrap(node.object);
  if (!obj || !isMember(obj) || memberName(obj) !== 'env') return undefined;
  const root = unwrap(obj.object);
  const fromProcess = root && isIdentifier(root, 'process');
  const fromMeta = root?.type === 'MetaProperty';
  return fromProcess || fromMeta ? memberName(node) : undefined;
}

/** A base URL read from the environment: `process.env.X`, or `process.env.X ?? 'https://...'` (also `||`), through same-file consts. */
function envOf(index: FileIndex, nodeIn: Node | undefined, depth = 0): BaseSource | undefined {
  const node = unwrap(nodeIn);
  if (!node || depth > 6) return undefined;
  const name = envName(node);
  if (name) return { kind: 'env', name };
  if (node.type === 'LogicalExpression' && (node.operator === '??' || node.operator === '||')) {
    const left = envName(node.left) ?? (() => {
      const e = envOf(index, node.left, depth + 1);
      return e?.kind === 'env' && e.fallback === undefined ? e.name : undefined;
    })();
    const right = unwrap(node.right);
    const fallback = right && (right.type === 'Literal' || right.type === 'StringLiteral') && typeof right.value === 'string' ? (right.value as string) : undefined;
    if (left && fallback !== undefined) return { kind: 'env', name: left, fallback };
    return undefined;
  }
  if (isIdentifier(node)) {
    const b = lookup(index, node, node.name);
    if (b?.kind === 'const') return envOf(index, b.init, depth + 1);
  }
  return undefined;
}

/** Every environment variable an expression reads, through same-file consts (not into functions). */
function envReads(index: FileIndex, nodeIn: Node | undefined, depth = 0, seen = new Set<Node>()): string[] {
  const node = unwrap(nodeIn);
  if (!node || depth > 6 || seen.has(node)) return [];
  seen.add(node);
  const name = envName(node);
  if (name) return [name];
  if (isIdentifier(node)) {
    const b = lookup(index, node, node.name);
    return b?.kind === 'const' ? envReads(index, b.init, depth + 1, seen) : [];
  }
  if (isFunctionLike(node)) return [];
  const out: string[] = [];
  forEachChild(node, (child) => out.push(...envReads(index, child, depth, seen)));
  return out;
}

function printable(url: string): string {
  return url.split(UNKNOWN_PART).join('${...}');
}
