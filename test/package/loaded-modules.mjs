// Prints, as JSON, every module file that importing the module named by argv[2] loaded:
// ES modules seen by a load hook, CommonJS ones from require.cache. (Run by test/package/lazy-import.test.ts.)
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const { port1, port2 } = new MessageChannel();
const seen = new Set();
port1.on('message', (url) => seen.add(url));
port1.unref();
const hook = `export async function load(url, context, next) {
  port.postMessage(url);
  return next(url, context);
}
let port;
export function initialize(data) { port = data.port; }`;
register(`data:text/javascript,${encodeURIComponent(hook)}`, import.meta.url, { data: { port: port2 }, transferList: [port2] });
const t0 = process.hrtime.bigint();
await import(pathToFileURL(process.argv[2]).href);
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
// Let the hook thread's last messages arrive.
await new Promise((r) => setTimeout(r, 100));
const cjs = Object.keys(createRequire(import.meta.url).cache);
console.log(JSON.stringify({ ms, modules: [...new Set([...seen].map((u) => (u.startsWith('file:') ? new URL(u).pathname : u)).concat(cjs))] }));
