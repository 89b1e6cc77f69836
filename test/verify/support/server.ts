/**
 * A local OpenAI-compatible server for the verify tests: real HTTP on
 * 127.0.0.1, an ephemeral port, the documented error bodies, real small
 * images, and fault injection per route (a queue of replies, the last one
 * repeating).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { png } from './images.js';

/** A made-up key whose secret part shares no 4-character run with what verify prints. */
export const KEY = 'sk-proj-Qx7vLm2Rt9Zk4Wp8Jh3Nc6Bd5Fg1Ys0TuEq';

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  /** A raw body (not JSON). */
  raw?: string | Buffer;
  /** Wait this long before answering (a slow server). */
  delayMs?: number;
  /** Announce this many more bytes than are sent, then cut the connection. */
  cutShortBy?: number;
}

export type Handler = (req: Recorded, server: FakeOpenAI) => Reply;

/** A queued reply that answers as the server normally would (e.g. success after a 429). */
export const NORMAL: Handler = (rec, s) => s.defaultReply(rec);

/** The documented error envelope (facts sheet §4). */
export const apiError = (status: number, message: string, type: string | null, code: string | null, param: string | null = null, headers?: Record<string, string>): Reply => ({
  status,
  headers,
  json: { error: { message, type, param, code } },
});

export const ERRORS = {
  invalidKey: apiError(401, `Incorrect API key provided: ${KEY}. You can find your API key at https://platform.openai.com/account/api-keys.`, 'invalid_request_error', 'invalid_api_key'),
  permissionDenied: apiError(401, 'You have insufficient permissions for this operation. Missing scopes: model.request.', 'invalid_request_error', 'permission_denied'),
  orgUnverified: apiError(
    403,
    'Your organization must be verified to use the model `gpt-image-2`. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization. If you just verified, it can take up to 15 minutes for access to propagate.',
    'invalid_request_error',
    null,
  ),
  modelNotFound: (id: string) => apiError(404, `The model \`${id}\` does not exist or you do not have access to it.`, 'invalid_request_error', 'model_not_found'),
  unknownParameter: (param: string) => apiError(400, `Unknown parameter: '${param}'.`, 'invalid_request_error', 'unknown_parameter', param),
  invalidSize: apiError(400, "Invalid size '1024x640'. Width and height must both be divisible by 16.", 'image_generation_user_error', 'invalid_value', 'size'),
  rateLimited: (retryAfter: string) =>
    apiError(429, 'Rate limit exceeded for images per minute in organization org-abc. Limit: 5/1min. Current: 6/1min.', 'requests', 'rate_limit_exceeded', null, { 'retry-after': retryAfter }),
  insufficientQuota: apiError(429, 'You exceeded your current quota, please check your plan and billing details.', 'insufficient_quota', 'insufficient_quota'),
  creditExhausted: apiError(429, 'You have no credits remaining.', 'insufficient_quota', 'credit_balance_exhausted'),
  serverError: apiError(500, 'The server had an error while processing your request. Sorry about that!', 'server_error', null),
};

const DEFAULT_MODELS = ['gpt-image-2', 'gpt-image-2.5-sunburst', 'gpt-image-2.6-sunburst', 'gpt-5.5'];

export class FakeOpenAI {
  readonly requests: Recorded[] = [];
  /** Model objects served by /v1/models; extra fields (shutdown_date) per id. */
  models = new Map<string, Record<string, unknown>>(DEFAULT_MODELS.map((id) => [id, {}]));
  /** The image every generation returns, by default a PNG of the requested size. */
  image: (size: string) => Buffer = (size) => {
    const [w, h] = size.split('x').map(Number);
    return png(w || 1024, h || 1024);
  };
  baseUrl = '';
  private readonly routes = new Map<string, (Reply | Handler)[]>();
  private readonly sockets = new Set<Socket>();
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private taskPolls = 0;

  async start(): Promise<this> {
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
    return this;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Overrides a route (`POST /v1/images/generations`) with replies served in order; the last repeats. */
  on(route: string, ...replies: (Reply | Handler)[]): this {
    this.routes.set(route, replies);
    return this;
  }

  count(route: string): number {
    return this.requests.filter((r) => `${r.method} ${r.path}` === route).length;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // recorded as text
    }
    const path = (req.url ?? '/').split('?')[0];
    const rec: Recorded = { method: req.method ?? 'GET', path, headers: req.headers, body };
    this.requests.push(rec);
    const route = `${rec.method} ${path}`;
    const queue = this.routes.get(route);
    let reply: Reply;
    if (queue && queue.length) {
      const next = queue.length > 1 ? queue.shift()! : queue[0];
      reply = typeof next === 'function' ? next(rec, this) : next;
    } else {
      reply = this.defaultReply(rec);
    }
    await this.send(res, reply);
  }

  private async send(res: ServerResponse, r: Reply): Promise<void> {
    if (r.delayMs) await new Promise((resolve) => setTimeout(resolve, r.delayMs));
    if (res.destroyed) return;
    const payload = r.raw !== undefined ? Buffer.from(r.raw) : Buffer.from(JSON.stringify(r.json ?? {}));
    const type = r.raw !== undefined ? 'text/html; charset=utf-8' : 'application/json';
    const headers = { 'content-type': type, ...r.headers, 'content-length': String(payload.length + (r.cutShortBy ?? 0)) };
    res.writeHead(r.status ?? 200, headers);
    if (r.cutShortBy) {
      res.write(payload, () => res.socket?.destroy());
      return;
    }
    res.end(payload);
  }

  /** Keys the server accepts. */
  readonly keys = new Set([KEY]);

  private authorised(rec: Recorded): boolean {
    return [...this.keys].some((k) => rec.headers.authorization === `Bearer ${k}`);
  }

  /** What the server answers when no override is set. */
  defaultReply(rec: Recorded): Reply {
    if (rec.path.startsWith('/files/')) {
      return { raw: this.image(rec.path.includes('-') ? rec.path.split('-')[1].replace('.png', '') : '1024x1024'), headers: { 'content-type': 'image/png' } };
    }
    if (!this.authorised(rec)) return ERRORS.invalidKey;
    const model = (id: string) => ({ id, object: 'model', created: 1_776_729_600, owned_by: 'openai', ...this.models.get(id) });
    if (rec.method === 'GET' && rec.path === '/v1/models') return { json: { object: 'list', data: [...this.models.keys()].map(model) } };
    const m = /^\/v1\/models\/(.+)$/.exec(rec.path);
    if (rec.method === 'GET' && m) {
      const id = decodeURIComponent(m[1]);
      return this.models.has(id) ? { json: model(id) } : ERRORS.modelNotFound(id);
    }
    const b = (rec.body ?? {}) as Record<string, any>;
    if (rec.method === 'POST' && rec.path === '/v1/images/generations') {
      if (!this.models.has(b.model)) return ERRORS.modelNotFound(b.model);
      const size = typeof b.size === 'string' && b.size !== 'auto' ? b.size : '1024x1024';
      return {
        json: {
          created: 1_763_800_000,
          data: [{ b64_json: this.image(size).toString('base64') }],
          size,
          quality: b.quality,
          output_format: 'png',
          usage: { input_tokens: 14, input_tokens_details: { text_tokens: 14, image_tokens: 0 }, output_tokens: 196, total_tokens: 210 },
        },
      };
    }
    if (rec.method === 'POST' && rec.path === '/v1/responses') {
      const tool = (b.tools ?? []).find((t: { type?: string }) => t.type === 'image_generation');
      if (!tool) return apiError(400, "Tool choice 'image_generation' not found in 'tools' parameter.", 'invalid_request_error', null, 'tool_choice');
      if (!this.models.has(tool.model)) return ERRORS.modelNotFound(tool.model);
      const size = typeof tool.size === 'string' && tool.size !== 'auto' ? tool.size : '1024x1024';
      return {
        json: {
          id: 'resp_1',
          object: 'response',
          status: 'completed',
          model: b.model,
          output: [
            { type: 'image_generation_call', id: 'ig_1', status: 'completed', result: this.image(size).toString('base64') },
            { type: 'message', id: 'msg_1', role: 'assistant', content: [{ type: 'output_text', text: 'Here is a blue square.' }] },
          ],
          usage: { input_tokens: 2230, output_tokens: 41, total_tokens: 2271 },
        },
      };
    }
    if (rec.method === 'POST' && rec.path === '/v1/tasks') {
      if (!this.models.has(b.model)) return ERRORS.modelNotFound(b.model);
      this.taskPolls = 0;
      // The task API as HiAPI documents it (facts sheet §13): `{ code, message, data }`, `data.taskId`.
      return { json: { code: 200, message: 'success', data: { taskId: 'task_01' } } };
    }
    const t = /^\/v1\/tasks\/(.+)$/.exec(rec.path);
    if (rec.method === 'GET' && t) {
      const states = ['queued', 'handling', 'archiving', 'success'];
      const status = states[Math.min(this.taskPolls++, states.length - 1)];
      const origin = this.baseUrl.replace(/\/v1$/, '');
      const data: Record<string, unknown> = { taskId: t[1], status };
      if (status === 'success') data.output = [{ url: `${origin}/files/${t[1]}-1024x1024.png`, size: '1024x1024' }];
      return { json: { code: 200, message: 'success', data } };
    }
    return { status: 404, raw: '<html><body>Not Found</body></html>' };
  }
}

export async function startServer(): Promise<FakeOpenAI> {
  return new FakeOpenAI().start();
}

/** A TCP listener on loopback that is not HTTPS: TLS handshakes to it fail. */
export async function startPlainTcp(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((s) => {
    sockets.add(s);
    s.once('data', () => s.end('HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** An HTTP proxy on loopback that records CONNECT requests and refuses them. */
export async function startRefusingProxy(reason = 'Forbidden'): Promise<{ url: string; connects: { target: string; headers: IncomingMessage['headers'] }[]; close: () => Promise<void> }> {
  const connects: { target: string; headers: IncomingMessage['headers'] }[] = [];
  const server = createServer((_req, res) => {
    res.writeHead(405);
    res.end();
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    connects.push({ target: req.url ?? '', headers: req.headers });
    socket.end(`HTTP/1.1 403 ${reason}\r\ncontent-length: 0\r\n\r\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connects,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port with nothing listening. */
export async function closedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
