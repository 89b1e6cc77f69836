/**
 * Stand-ins for the packages a migrated program loads, written into its
 * `node_modules`: `openai` (v4+ surface), `node-fetch` 2, `axios` 1, `got` 11,
 * `undici` and a chat
 * channel with Discord's message limit. They behave like the real ones where
 * the migration can change the outcome (node-fetch 2 refuses `data:` URLs,
 * the channel refuses content over 2,000 characters, the SDK throws an
 * `APIError` with `status` and `code`) and send every request to `StubApi`.
 * A preload (`--import`) routes the global `fetch` there too, so a program
 * never reaches the network.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The env var that carries the stub API's base URL into the program. */
export const API_ENV = 'GPT_IMAGE_STUB_API';

const REAL_FETCH = `Symbol.for('gpt-image.stub.realFetch')`;

/** Routes the global fetch: `data:` URLs and the stub itself pass through, every other host goes to the stub API. */
export const PRELOAD = `
const real = globalThis.fetch;
globalThis[${REAL_FETCH}] = real;
const API = process.env.${API_ENV};
globalThis.fetch = async function fetch(input, init = {}) {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const u = new URL(href);
  if (u.protocol === 'data:' || u.origin === API) return real(input, init);
  const headers = new Headers(init.headers);
  headers.set('x-stub-host', u.host);
  return real(API + u.pathname + u.search, { ...init, headers });
};
`;

const OPENAI = `'use strict';
const API = process.env.${API_ENV};
class OpenAIError extends Error {}
class APIError extends OpenAIError {
  constructor(status, body) {
    const e = body && body.error;
    super(status + ' ' + ((e && e.message) || 'status code ' + status));
    this.status = status;
    this.error = e;
    this.code = e && e.code;
    this.param = e && e.param;
    this.type = e && e.type;
  }
}
function serialize(v) {
  if (v === null || typeof v !== 'object') return v;
  if (v.__file) return v;
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return { __file: 'buffer' };
  if (typeof Blob !== 'undefined' && v instanceof Blob) return { __file: v.name || 'blob' };
  if (typeof v.pipe === 'function') return { __file: String(v.path || 'stream') };
  if (Array.isArray(v)) return v.map(serialize);
  const out = {};
  for (const [k, x] of Object.entries(v)) out[k] = serialize(x);
  return out;
}
async function send(client, route, body) {
  const host = new URL(client.baseURL).host;
  const res = await globalThis[${REAL_FETCH}](API + '/v1' + route, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-stub-host': host, authorization: 'Bearer ' + client.apiKey },
    body: JSON.stringify(serialize(body)),
  });
  const json = await res.json();
  if (!res.ok) throw new APIError(res.status, json);
  return json;
}
class OpenAI {
  constructor(opts = {}) {
    this.apiKey = opts.apiKey !== undefined ? opts.apiKey : process.env.OPENAI_API_KEY;
    if (!this.apiKey) throw new OpenAIError('The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option.');
    this.baseURL = opts.baseURL || process.env.OPENAI_BASE_URL || 'https://api.openai.com/v1';
    this.images = {
      generate: (p) => send(this, '/images/generations', p),
      edit: (p) => send(this, '/images/edits', p),
      createVariation: (p) => send(this, '/images/variations', p),
    };
    this.responses = { create: (p) => send(this, '/responses', p) };
    this.chat = { completions: { create: (p) => send(this, '/chat/completions', p) } };
  }
}
async function toFile(data, name) { return { __file: name || 'file' }; }
OpenAI.OpenAI = OpenAI;
OpenAI.default = OpenAI;
OpenAI.APIError = APIError;
OpenAI.OpenAIError = OpenAIError;
OpenAI.toFile = toFile;
module.exports = OpenAI;
module.exports.OpenAI = OpenAI;
module.exports.default = OpenAI;
module.exports.APIError = APIError;
module.exports.OpenAIError = OpenAIError;
module.exports.toFile = toFile;
`;

const NODE_FETCH = `'use strict';
// node-fetch 2.x: only http(s) URLs; responses have buffer().
async function fetch(url, opts) {
  const href = String(url && url.href ? url.href : url);
  const parsed = new URL(href);
  if (!/^https?:$/.test(parsed.protocol)) throw new TypeError('Only HTTP(S) protocols are supported');
  const res = await globalThis.fetch(href, opts);
  res.buffer = async () => Buffer.from(await res.arrayBuffer());
  return res;
}
module.exports = fetch;
module.exports.default = fetch;
`;

const AXIOS = `'use strict';
// axios 1.x (node adapter): http(s) and data: URLs; non-2xx rejects with an AxiosError.
const { Readable } = require('node:stream');
class AxiosError extends Error {
  constructor(message, response) { super(message); this.name = 'AxiosError'; this.response = response; this.isAxiosError = true; }
}
function shape(buf, type, headers) {
  if (type === 'arraybuffer') return buf;
  if (type === 'stream') return Readable.from([buf]);
  const text = buf.toString('utf8');
  if (type === 'text') return text;
  try { return JSON.parse(text); } catch { return text; }
}
async function request(config) {
  const url = config.baseURL && !/^[a-z]+:/i.test(config.url) ? config.baseURL.replace(/\\/$/, '') + '/' + config.url.replace(/^\\//, '') : config.url;
  const u = new URL(url);
  const type = config.responseType || 'json';
  if (u.protocol === 'data:') {
    const m = /^data:([^;,]*)(;base64)?,(.*)$/s.exec(url);
    const buf = m[2] ? Buffer.from(m[3], 'base64') : Buffer.from(decodeURIComponent(m[3]));
    return { data: shape(buf, type), status: 200, statusText: 'OK', headers: { 'content-type': m[1] }, config };
  }
  if (!/^https?:$/.test(u.protocol)) throw new AxiosError('Unsupported protocol ' + u.protocol);
  const method = (config.method || 'get').toUpperCase();
  const headers = Object.assign({}, config.headers);
  let body;
  if (config.data !== undefined) {
    body = typeof config.data === 'string' ? config.data : JSON.stringify(config.data);
    if (!headers['content-type'] && !headers['Content-Type']) headers['content-type'] = 'application/json';
  }
  const res = await globalThis.fetch(url, { method, headers, body });
  const buf = Buffer.from(await res.arrayBuffer());
  const response = { data: shape(buf, type), status: res.status, statusText: res.statusText, headers: Object.fromEntries(res.headers), config };
  if (res.status < 200 || res.status >= 300) throw new AxiosError('Request failed with status code ' + res.status, response);
  return response;
}
function create(defaults = {}) {
  const axios = (urlOrConfig, config) => request(typeof urlOrConfig === 'string' ? Object.assign({}, defaults, config, { url: urlOrConfig }) : Object.assign({}, defaults, urlOrConfig));
  axios.request = (config) => request(Object.assign({}, defaults, config));
  for (const m of ['get', 'delete', 'head']) axios[m] = (url, config) => request(Object.assign({}, defaults, config, { url, method: m }));
  for (const m of ['post', 'put', 'patch']) axios[m] = (url, data, config) => request(Object.assign({}, defaults, config, { url, method: m, data }));
  axios.create = (d) => create(Object.assign({}, defaults, d));
  axios.AxiosError = AxiosError;
  axios.isAxiosError = (e) => !!(e && e.isAxiosError);
  return axios;
}
const axios = create();
module.exports = axios;
module.exports.default = axios;
module.exports.AxiosError = AxiosError;
`;

const GOT = `'use strict';
// got (CommonJS-era API): got(url) is a promise-like request with .buffer(); http(s) only.
function got(url, opts) {
  const href = String(url && url.href ? url.href : url);
  if (!/^https?:$/.test(new URL(href).protocol)) throw new TypeError('Unsupported protocol');
  const res = globalThis.fetch(href, opts);
  const body = res.then(async (r) => {
    if (!r.ok) throw new Error('Response code ' + r.status);
    return Buffer.from(await r.arrayBuffer());
  });
  const req = body.then((b) => ({ body: b, statusCode: 200 }));
  req.buffer = () => body;
  req.text = () => body.then((b) => b.toString('utf8'));
  return req;
}
module.exports = got;
module.exports.default = got;
`;

const UNDICI = `'use strict';
// undici: its fetch is the one Node ships (web streams for bodies).
exports.fetch = (...args) => globalThis.fetch(...args);
`;

const CHAT = `'use strict';
// A chat channel with Discord's limit: message content is at most 2,000 characters.
const MAX_CONTENT = 2000;
class ChatAPIError extends Error {}
class Channel {
  constructor() { this.sent = []; }
  async send(message) {
    const content = typeof message === 'string' ? message : message && message.content;
    if (typeof content === 'string' && content.length > MAX_CONTENT) {
      throw new ChatAPIError('Invalid Form Body\\ncontent[BASE_TYPE_MAX_LENGTH]: Must be ' + MAX_CONTENT + ' or fewer in length.');
    }
    this.sent.push(message);
    return { id: String(this.sent.length), content };
  }
}
module.exports = { Channel, ChatAPIError, MAX_CONTENT };
`;

/** Type declarations, so a TypeScript program type-checks (`openai` is checked against the real package's types). */
const NODE_FETCH_D = `export interface Response { ok: boolean; status: number; buffer(): Promise<Buffer>; arrayBuffer(): Promise<ArrayBuffer>; json(): Promise<any>; text(): Promise<string> }
export default function fetch(url: string | URL, init?: any): Promise<Response>;
`;
const AXIOS_D = `export interface AxiosResponse<T = any> { data: T; status: number; statusText: string; headers: Record<string, string> }
export interface AxiosStatic {
  <T = any>(config: any): Promise<AxiosResponse<T>>;
  <T = any>(url: string, config?: any): Promise<AxiosResponse<T>>;
  request<T = any>(config: any): Promise<AxiosResponse<T>>;
  get<T = any>(url: string, config?: any): Promise<AxiosResponse<T>>;
  post<T = any>(url: string, data?: any, config?: any): Promise<AxiosResponse<T>>;
  create(config?: any): AxiosStatic;
}
declare const axios: AxiosStatic;
export default axios;
`;
const CHAT_D = `export declare const MAX_CONTENT: number;
export declare class ChatAPIError extends Error {}
export declare class Channel { sent: unknown[]; send(message: string | { content?: string }): Promise<{ id: string; content?: string }> }
`;

const PACKAGES: Readonly<Record<string, { version: string; main: string; types?: string }>> = {
  openai: { version: '4.104.0', main: OPENAI },
  'node-fetch': { version: '2.7.0', main: NODE_FETCH, types: NODE_FETCH_D },
  axios: { version: '1.7.9', main: AXIOS, types: AXIOS_D },
  'chat-channel': { version: '1.0.0', main: CHAT, types: CHAT_D },
  got: { version: '11.8.6', main: GOT },
  undici: { version: '7.30.0', main: UNDICI },
};

/** Writes the stub packages into `dir/node_modules` and the preload into `dir/.stub-fetch.mjs`; returns the preload's path. */
export function writeStubs(dir: string): string {
  for (const [name, pkg] of Object.entries(PACKAGES)) {
    const root = path.join(dir, 'node_modules', name);
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name, version: pkg.version, main: 'index.js', ...(pkg.types ? { types: 'index.d.ts' } : {}) }));
    writeFileSync(path.join(root, 'index.js'), pkg.main);
    if (pkg.types) writeFileSync(path.join(root, 'index.d.ts'), pkg.types);
  }
  const preload = path.join(dir, 'node_modules', '.stub-fetch.mjs');
  writeFileSync(preload, PRELOAD);
  return preload;
}
