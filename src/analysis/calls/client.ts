/** Where a call is sent: OpenAI, an Azure deployment or a gateway, as far as the file shows. */
import { AZURE, BASE_URL_OPTIONS, CUSTOM_ENDPOINT, OPENAI_API_HOST, OPENAI_V3, REQUIRED_PARAMS, VERCEL } from '../../catalog/index.js';
import { type Node, isCall, isIdentifier, isMember, memberName, unwrap } from '../ast.js';
import { factoryClients, importedClient, wrappedClients } from '../modules/clients.js';
import { importedDefinition } from '../project.js';
import { type FileIndex, lookup } from '../scope.js';
import { type PropertyLookup, type Value, lookupProperty, resolve, stringCandidates } from '../values.js';
import { type CallSite, type ImageRequest, calleeNames, importOf } from './shared.js';

export type ClientKind = { kind: 'openai' } | { kind: 'azure' } | { kind: 'gateway'; baseUrl?: string };

/**
 * Where a call is sent, when the same file shows how its client was made (or,
 * for raw HTTP, when the URL says): OpenAI, an Azure deployment (whose
 * `model` is a deployment name), or a gateway (another `baseURL`).
 */
export function clientKind(own: FileIndex, site: CallSite): ClientKind | undefined {
  // A call of the project's own wrapper goes where the call inside it goes.
  if (site.via) return clientKind(site.via.index, site.via.site);
  let index = own;
  if (site.http) {
    if (site.http.azure) return { kind: 'azure' };
    if (site.shape.id === 'hiapi-tasks') return { kind: 'gateway', baseUrl: site.http.host };
    if (!site.http.host) return undefined;
    return site.http.host === OPENAI_API_HOST.value ? { kind: 'openai' } : { kind: 'gateway', baseUrl: site.http.host };
  }
  return kindOf(clientOrigin(index, site));
}

/** Where a client made as `origin` says sends its calls. */
function kindOf(origin: ClientOrigin | undefined): ClientKind | undefined {
  if (!origin || origin.kind !== 'made') return origin;
  if (!origin.options) return { kind: 'openai' };
  const found = baseUrlOption(origin.index, origin.options);
  if (!found.hit) return found.uncertain ? undefined : { kind: 'openai' };
  const urls = stringCandidates(found.hit.value);
  const isOpenAi = urls.length > 0 && urls.every((u) => u.value.includes(CUSTOM_ENDPOINT.openaiHost)) && found.hit.value.kind !== 'union';
  return isOpenAi ? { kind: 'openai' } : { kind: 'gateway', baseUrl: urls.length === 1 ? urls[0].value : undefined };
}

/**
 * How an SDK call's client came to be, as far as the file shows: an Azure
 * client, a ready-made provider with the library's defaults (`openai` from
 * `@ai-sdk/openai`), or one made here (`new OpenAI(options)`, a provider
 * factory) with its options resolved (undefined when it takes none).
 */
export type ClientOrigin = { kind: 'azure' } | { kind: 'openai' } | { kind: 'made'; options?: Value; index: FileIndex };

/** With `acrossModules`, a client imported from another module of the project is followed there (the project index). */
export function clientOrigin(indexIn: FileIndex, site: CallSite, o: { acrossModules?: boolean } = {}): ClientOrigin | undefined {
  const node = site.call.type === 'NewExpression' ? site.call : unwrap(site.client ?? site.call.callee);
  return node ? originOf(indexIn, node, [], o, { left: WRAPPER_BUDGET }) : undefined;
}

/** How many expressions one call's client may be followed through, wrapper objects included. */
const WRAPPER_BUDGET = 24;

/**
 * The origin of the client `nodeIn` stands for; `pathIn` is the member names
 * read on it after (`['images', 'generate']`), so that a wrapper object of the
 * project (`modules/clients.ts`) is followed along the same path.
 */
function originOf(indexIn: FileIndex, nodeIn: Node, pathIn: string[], o: { acrossModules?: boolean }, budget: { left: number }): ClientOrigin | undefined {
  if (--budget.left < 0) return undefined;
  let index = indexIn;
  let node: Node | undefined = nodeIn;
  let path = pathIn;
  for (let depth = 0; node && depth < 12; depth++) {
    if (isMember(node)) {
      path = [memberName(node) ?? '', ...path];
      node = unwrap(node.object);
      continue;
    }
    if (isIdentifier(node)) {
      // The AI SDK's ready-made providers: `azure` from @ai-sdk/azure, `openai` from @ai-sdk/openai.
      const imp = importOf(index, node);
      if (imp && imp.module === AZURE.vercelModule) return { kind: 'azure' };
      if (imp && VERCEL.modules.test(imp.module) && VERCEL.instances.includes(imp.imported)) return { kind: 'openai' };
      // A client exported by another module of the project: its construction there.
      const there = importedClient(index, node);
      if (there) {
        index = there.index;
        node = there.node;
        continue;
      }
      const b = lookup(index, node, node.name);
      if (b?.kind === 'const') node = unwrap(b.init);
      else if (b?.kind === 'destructured' && !b.fallback) node = unwrap(b.init);
      else {
        const def = o.acrossModules && b?.kind === 'opaque' ? importedDefinition(index, node) : undefined;
        if (!def || def.kind !== 'value') return undefined;
        index = def.module.index;
        node = unwrap(def.node);
      }
      continue;
    }
    if (node.type === 'AwaitExpression') {
      node = unwrap(node.argument);
      continue;
    }
    const wrapped = wrappedClients(index, node, path);
    if (wrapped) return oneOrigin(wrapped.map((w) => originOf(w.index, w.node, w.path, o, budget)));
    const isFactory = isCall(node) && calleeNames(index, node.callee).some((n) => VERCEL.factories.includes(n) || VERCEL.compatibleFactories.includes(n));
    if (node.type !== 'NewExpression' && !isFactory) {
      // The project's own factory (`makeClient()`): the clients it returns.
      const made = isCall(node) ? factoryClients(index, node, path) : undefined;
      return made?.length ? oneOrigin(made.map((m) => originOf(m.index, m.node, m.path, o, budget))) : undefined;
    }
    const callee = unwrap(node.callee);
    const name = callee && isIdentifier(callee) ? callee.name : callee && isMember(callee) ? memberName(callee) : undefined;
    if (name && (CUSTOM_ENDPOINT.azureClient.test(name) || name === AZURE.vercelFactory)) return { kind: 'azure' };
    let first = unwrap(node.arguments[0] as Node | undefined);
    // openai v3: `new OpenAIApi(new Configuration({ basePath }))`
    if (first?.type === 'NewExpression' && calleeNames(index, first.callee).includes(OPENAI_V3.configClass)) first = unwrap(first.arguments[0]);
    return { kind: 'made', options: first ? resolve(index, first) : undefined, index };
  }
  return undefined;
}

/**
 * One origin for the clients a wrapper may stand for: one that sends
 * elsewhere than OpenAI (a gateway, Azure) wins, since the same call may go
 * there; OpenAI only when every one is OpenAI; else unknown.
 */
function oneOrigin(origins: (ClientOrigin | undefined)[]): ClientOrigin | undefined {
  const kinds = origins.map(kindOf);
  const elsewhere = kinds.findIndex((k) => k?.kind === 'gateway' || k?.kind === 'azure');
  if (elsewhere >= 0) return origins[elsewhere];
  return origins.length && kinds.every((k) => k?.kind === 'openai') ? origins[0] : undefined;
}

/** The client option that sets the base URL (`baseURL`, `baseUrl`, `basePath`). */
export function baseUrlOption(index: FileIndex, options: Value): PropertyLookup {
  let found: PropertyLookup = { uncertain: false };
  for (const key of BASE_URL_OPTIONS.value) {
    const f = lookupProperty(index, options, key);
    if (f.hit || f.uncertain) {
      found = f;
      if (f.hit) break;
    }
  }
  return found;
}

/**
 * Where a call is sent, when the same file says: `openai`, or `custom` (a
 * gateway's `baseURL`, or an Azure client), or undefined when it does not.
 */
export function clientEndpoint(index: FileIndex, site: CallSite): 'openai' | 'custom' | undefined {
  const k = clientKind(index, site);
  return k ? (k.kind === 'openai' ? 'openai' : 'custom') : undefined;
}

/**
 * Evidence that a request is meant for OpenAI's image API when nothing else
 * says so: on the SDK shape the receiver can be anything (`store.images.edit`),
 * so a request without a model must at least carry the parameters every image
 * request carries. Other shapes are recognised by their library or URL.
 */
export function looksLikeImageRequest(index: FileIndex, req: ImageRequest): boolean {
  if (req.site.shape.id !== 'sdk' || req.endpoint === 'responses-tool') return true;
  return REQUIRED_PARAMS.value[req.endpoint].every((p) => lookupProperty(index, req.params, p).hit !== undefined);
}
