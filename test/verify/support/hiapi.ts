/**
 * A loopback HiAPI: the task API exactly as HiAPI's migration guide documents
 * it (../shared/openai-image-facts.md §13), on two origins of 127.0.0.1.
 *
 * - API origin: `POST /v1/tasks` with `{ model, input: { prompt } }` answers
 *   `{ code, message, data: { taskId } }`; `GET /v1/tasks/{taskId}` answers
 *   `data.status` going `queued` -> `handling` -> `archiving` -> `success`,
 *   then `data.output[0].url`. A missing or wrong key is a 401 with
 *   `"code":"permission_denied"` at the top level. The model id is exactly
 *   `gpt-image-2`: a suffixed id (`gpt-image-2/text-to-image`) or a model
 *   HiAPI does not host is a 400. `GET /v1/models/{id}` exists only when
 *   `models` is on (the guide does not document it).
 * - Download origin: the output URL, signed with an expiry; after it, a 403.
 *   It is never sent the key.
 *
 * Undocumented there, and so chosen here: the 400 and 404 bodies' `code`
 * values, and the absence of a size in `data.output[0]`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { png } from './images.js';

export const HIAPI_KEY = 'hiapi_Zr8Kq2Wm5Vx9Lc3Tj7Hb4Nf6Pd1Gs0e';

export interface HiRecord {
  origin: 'api' | 'download';
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface HiReply {
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  raw?: string | Buffer;
}

const HOSTED = new Set(['gpt-image-2']);
const STATES = ['queued', 'handling', 'archiving', 'success'];

export class FakeHiApi {
  readonly requests: HiRecord[] = [];
  /** Whether `GET /v1/models/{id}` exists. */
  models = false;
  /** How long an output URL lives (ms). */
  urlTtlMs = 60_000;
  /** The image the download origin serves. */
  image: () => Buffer = () => png(1024, 1024);
  /** Extra body fields of a task's `data` at each status (a failure reason, a size). */
  taskData: (status: string) => Record<string, unknown> = () => ({});
  /** States the task goes through; override for a failure. */
  states = STATES;
  baseUrl = '';
  downloadOrigin = '';
  private readonly overrides = new Map<string, HiReply[]>();
  private readonly tasks = new Map<string, number>();
  private readonly sockets = new Set<Socket>();
  private readonly api: Server = createServer((req, res) => void this.handle('api', req, res));
  private readonly download: Server = createServer((req, res) => void this.handle('download', req, res));

  async start(): Promise<this> {
    for (const s of [this.api, this.download]) {
      s.on('connection', (c) => {
        this.sockets.add(c);
        c.on('close', () => this.sockets.delete(c));
      });
      await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    }
    this.baseUrl = `http://127.0.0.1:${(this.api.address() as AddressInfo).port}/v1`;
    this.downloadOrigin = `http://127.0.0.1:${(this.download.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await Promise.all([this.api, this.download].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  }

  /** Overrides a route (`download GET /output/x.png`, `api POST /v1/tasks`) with replies in order; the last repeats. */
  on(route: string, ...replies: HiReply[]): this {
    this.overrides.set(route, replies);
    return this;
  }

  routes(): string[] {
    return this.requests.map((r) => `${r.origin} ${r.method} ${r.path}`);
  }

  private async handle(origin: 'api' | 'download', req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const url = new URL(req.url ?? '/', 'http://x');
    const rec: HiRecord = { origin, method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body };
    this.requests.push(rec);
    const queue = this.overrides.get(`${origin} ${rec.method} ${rec.path}`);
    const reply = queue?.length ? (queue.length > 1 ? queue.shift()! : queue[0]) : origin === 'api' ? this.apiReply(rec) : this.downloadReply(rec);
    const payload = reply.raw !== undefined ? Buffer.from(reply.raw) : Buffer.from(JSON.stringify(reply.json ?? {}));
    res.writeHead(reply.status ?? 200, { 'content-type': reply.raw !== undefined ? 'application/octet-stream' : 'application/json', ...reply.headers, 'content-length': String(payload.length) });
    res.end(payload);
  }

  private apiReply(rec: HiRecord): HiReply {
    const envelope = (status: number, code: string | number, message: string, data: unknown = null): HiReply => ({ status, json: { code, message, data } });
    if (rec.headers.authorization !== `Bearer ${HIAPI_KEY}`) {
      return envelope(401, 'permission_denied', 'The API key is missing, invalid, or not permitted to use this model.');
    }
    const model = /^\/v1\/models\/(.+)$/.exec(rec.path);
    if (rec.method === 'GET' && model) {
      if (!this.models) return envelope(404, 'not_found', 'Not Found');
      const id = decodeURIComponent(model[1]);
      return HOSTED.has(id) ? { json: { id, object: 'model', owned_by: 'hiapi' } } : envelope(404, 'model_not_found', `The model ${id} does not exist.`);
    }
    if (rec.method === 'POST' && rec.path === '/v1/tasks') {
      if (rec.headers['content-type'] !== 'application/json') return envelope(400, 'invalid_request', 'Content-Type must be application/json');
      const b = (rec.body ?? {}) as { model?: unknown; input?: { prompt?: unknown } };
      if (typeof b.model !== 'string' || !HOSTED.has(b.model)) return envelope(400, 'invalid_request', `Unsupported model: ${String(b.model)}`);
      if (typeof b.input?.prompt !== 'string' || !b.input.prompt) return envelope(400, 'invalid_request', 'input.prompt is required');
      const taskId = `tsk_${(this.tasks.size + 1).toString().padStart(4, '0')}`;
      this.tasks.set(taskId, 0);
      return envelope(200, 200, 'success', { taskId });
    }
    const task = /^\/v1\/tasks\/([^/]+)$/.exec(rec.path);
    if (rec.method === 'GET' && task) {
      const taskId = decodeURIComponent(task[1]);
      const polls = this.tasks.get(taskId);
      if (polls === undefined) return envelope(404, 'not_found', `Task ${taskId} not found`);
      this.tasks.set(taskId, polls + 1);
      const status = this.states[Math.min(polls, this.states.length - 1)];
      const data: Record<string, unknown> = { taskId, status };
      if (status === 'success') {
        const expires = Date.now() + this.urlTtlMs;
        data.output = [{ url: `${this.downloadOrigin}/output/${taskId}.png?expires=${expires}&signature=c2lnbmVk` }];
      }
      Object.assign(data, this.taskData(status));
      return envelope(200, 200, 'success', data);
    }
    return envelope(404, 'not_found', 'Not Found');
  }

  private downloadReply(rec: HiRecord): HiReply {
    if (!/^\/output\/[^/]+\.png$/.test(rec.path)) return { status: 404, raw: 'NoSuchKey' };
    const expires = Number(rec.query.get('expires'));
    if (!Number.isFinite(expires) || Date.now() > expires) return { status: 403, raw: 'AccessDenied: Request has expired' };
    return { raw: this.image(), headers: { 'content-type': 'image/png' } };
  }
}

export async function startHiApi(): Promise<FakeHiApi> {
  return new FakeHiApi().start();
}
