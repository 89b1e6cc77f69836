/**
 * Which URLs verify will send a request to, and through which proxy.
 * The key goes over HTTPS only; plain HTTP is allowed for loopback hosts
 * (a local test server, a gateway on the same machine).
 */
import { isIPv4 } from 'node:net';

export const DEFAULT_BASE_URL = 'https://api.openai.com/v1';

export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '[::1]' || h === '::1') return true;
  return isIPv4(h) && h.startsWith('127.');
}

/** Why a URL is refused, or undefined when it may be used. */
export function refusal(raw: string, purpose: 'api' | 'download' = 'api'): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `'${raw}' is not a URL`;
  }
  if (purpose === 'api' && (url.search || url.hash)) {
    return `refusing the base URL ${url.origin}${url.pathname}${url.search ? '?...' : '#...'}: it has a ${url.search ? 'query string' : 'fragment'}, and verify adds paths to the base URL, so every request would miss its endpoint`;
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') {
    if (isLoopbackHost(url.hostname)) return undefined;
    if (purpose === 'download') return `refusing to download from ${url.origin}: images are fetched over HTTPS only (plain HTTP only from loopback hosts)`;
    return `refusing ${url.origin}: the key is only sent over HTTPS (plain HTTP is allowed for loopback hosts only: 127.0.0.0/8, localhost, [::1])`;
  }
  return `refusing '${url.protocol}' URL ${url.origin}: use https://`;
}

/** `{base}/{path}` with exactly one slash between them. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * The proxy for a URL from HTTPS_PROXY / https_proxy, honouring NO_PROXY.
 * Only https URLs are proxied; loopback hosts never are.
 */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv): string | undefined {
  if (url.protocol !== 'https:' || isLoopbackHost(url.hostname)) return undefined;
  const proxy = env.HTTPS_PROXY || env.https_proxy;
  if (!proxy) return undefined;
  const noProxy = (env.NO_PROXY ?? env.no_proxy ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const host = url.hostname.toLowerCase();
  const port = url.port || '443';
  for (const entry of noProxy) {
    if (entry === '*') return undefined;
    const [name, entryPort] = entry.split(':');
    if (entryPort && entryPort !== port) continue;
    const bare = name.replace(/^\*?\./, '');
    if (host === bare || host.endsWith(`.${bare}`)) return undefined;
  }
  return proxy;
}
