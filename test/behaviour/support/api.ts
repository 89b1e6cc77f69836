/**
 * A local image API on 127.0.0.1 that judges every request by the catalog,
 * the way OpenAI's API does: a shut-down or unknown model answers 404
 * `model_not_found`, a parameter the model does not take 400
 * `unknown_parameter`, a value it does not take 400 `invalid_value`. A
 * request that passes gets real image bytes (PNG, JPEG or WebP, by
 * `output_format`) as `b64_json`, or, for the DALL-E line on a gateway that
 * still serves it, a `url` this server serves.
 *
 * The stub packages (`stubs.ts`) send everything here: the `openai` SDK, the
 * global `fetch`, `node-fetch` and `axios`.
 */
import { readFileSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  COMBINATIONS,
  DEFAULT_MODEL_WHEN_OMITTED,
  DEFAULT_OUTPUT_FORMAT,
  type Endpoint,
  IMAGE_TOOL_TYPE,
  TEXT_MODELS,
  checkSize,
  getModel,
  paramRule,
  statusOn,
  todayIso,
} from '../../../src/catalog/index.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Real small images (8x8), by `output_format`. */
export const IMAGES: Readonly<Record<'png' | 'jpeg' | 'webp', Buffer>> = {
  png: readFileSync(path.join(HERE, 'images/image.png')),
  jpeg: readFileSync(path.join(HERE, 'images/image.jpeg')),
  webp: readFileSync(path.join(HERE, 'images/image.webp')),
};

/** The day statuses are computed for: the same day `gpt-image migrate` uses. */
const TODAY = todayIso();

export interface Recorded {
  method: string;
  /** Host the program addressed (`api.openai.com`, a gateway's). */
  host: string;
  path: string;
  body: unknown;
  status: number;
}

export interface ApiOptions {
  /** Answer successful image requests with items that carry no image (no `b64_json`, no `url`). */
  noImage?: boolean;
  /** Hosts (other than api.openai.com) that serve the DALL-E line with URLs, like a gateway that kept it. */
  legacyGateways?: readonly string[];
}

interface Reply {
  status: number;
  json?: unknown;
  raw?: Buffer;
  type?: string;
}

const error = (status: number, message: string, type: string, code: string | null, param: string | null = null): Reply => ({
  status,
  json: { error: { message, type, param, code } },
});

/** The one model id the HiAPI task API takes (facts sheet §13). */
const HIAPI_MODEL = 'gpt-image-2';

const ENDPOINT_OF: Readonly<Record<string, Endpoint>> = {
  '/v1/images/generations': 'generations',
  '/v1/images/edits': 'edits',
  '/v1/images/variations': 'variations',
};

/** Keys that are request plumbing, not parameters (the SDK adds none). */
const isFile = (v: unknown) => !!v && typeof v === 'object' && (v as { __file?: unknown }).__file !== undefined;

export class StubApi {
  readonly requests: Recorded[] = [];
  private server = createServer((req, res) => void this.handle(req, res));
  private files = new Map<string, Buffer>();
  private tasks = new Set<string>();
  url = '';

  constructor(public options: ApiOptions = {}) {}

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The image requests that reached the API (not downloads). */
  get calls(): Recorded[] {
    return this.requests.filter((r) => r.method === 'POST');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const host = String(req.headers['x-stub-host'] ?? 'api.openai.com');
    const url = new URL(req.url ?? '/', 'http://stub');
    const p = url.pathname.replace(/^\/v1\/v1\//, '/v1/');
    const reply = this.answer(req.method ?? 'GET', host, p, body);
    this.requests.push({ method: req.method ?? 'GET', host, path: p, body, status: reply.status });
    if (reply.raw) {
      res.writeHead(reply.status, { 'content-type': reply.type ?? 'application/octet-stream', 'content-length': reply.raw.length });
      res.end(reply.raw);
      return;
    }
    const out = JSON.stringify(reply.json ?? {});
    res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(out);
  }

  private answer(method: string, host: string, p: string, body: unknown): Reply {
    if (method === 'GET' && p.startsWith('/files/')) {
      const file = this.files.get(p.slice('/files/'.length));
      return file ? { status: 200, raw: file, type: 'image/png' } : { status: 404, json: { error: 'expired' } };
    }
    const task = /^\/v1\/tasks\/([^/]+)$/.exec(p);
    if (method === 'GET' && task) return this.taskStatus(task[1]);
    if (method !== 'POST') return error(404, `Unknown request URL: ${method} ${p}.`, 'invalid_request_error', 'unknown_url');
    if (!body || typeof body !== 'object') return error(400, 'We could not parse the JSON body of your request.', 'invalid_request_error', null);
    const endpoint = ENDPOINT_OF[p];
    if (endpoint) return this.images(host, endpoint, body as Record<string, unknown>);
    if (p === '/v1/responses') return this.responses(host, body as Record<string, unknown>);
    if (p === '/v1/tasks') return this.submitTask(body as Record<string, unknown>);
    return error(404, `Unknown request URL: POST ${p}.`, 'invalid_request_error', 'unknown_url');
  }

  /** Validates one request object for `endpoint`; undefined when the API takes it. */
  validate(host: string, endpoint: Endpoint, params: Record<string, unknown>, prefix = ''): { reply?: Reply; model?: string } {
    const id = typeof params.model === 'string' ? params.model : DEFAULT_MODEL_WHEN_OMITTED[endpoint].value;
    const model = getModel(id);
    const gatewayLegacy = host !== 'api.openai.com' && (this.options.legacyGateways ?? []).includes(host);
    if (!model || (statusOn(model, TODAY) === 'shut-down' && !gatewayLegacy)) {
      return { reply: error(404, `The model \`${id}\` does not exist or you do not have access to it.`, 'invalid_request_error', 'model_not_found') };
    }
    if (!model.endpoints[endpoint]) {
      return { reply: error(400, `Invalid value: '${id}'. The model does not support this endpoint.`, 'invalid_request_error', 'invalid_value', `${prefix}model`) };
    }
    for (const [key, value] of Object.entries(params)) {
      if (value === undefined) continue;
      const rule = paramRule(model, endpoint, key);
      const name = `${prefix}${key}`;
      if (!rule || (rule.kind === 'unsupported' && !rule.omit)) return { reply: error(400, `Unknown parameter: '${name}'.`, 'invalid_request_error', 'unknown_parameter', name) };
      const bad = (why: string) => ({ reply: error(400, `Invalid value for '${name}': ${why}`, 'invalid_request_error', 'invalid_value', name) });
      switch (rule.kind) {
        case 'enum':
          if (typeof value !== 'string' || !rule.values.includes(value)) return bad(`'${String(value)}'. Supported values are: ${rule.values.map((v) => `'${v}'`).join(', ')}.`);
          break;
        case 'int':
          if (typeof value !== 'number' || !Number.isInteger(value) || value < rule.min || value > rule.max) return bad(`expected an integer from ${rule.min} to ${rule.max}.`);
          break;
        case 'bool':
          if (typeof value !== 'boolean') return bad('expected a boolean.');
          break;
        case 'string':
          if (typeof value !== 'string') return bad('expected a string.');
          if (rule.maxLength !== undefined && value.length > rule.maxLength) return bad(`string too long (maximum ${rule.maxLength}).`);
          break;
        case 'size': {
          const verdict = typeof value === 'string' ? checkSize(rule.rule, value) : { ok: false, reason: 'expected a string' };
          if (!verdict.ok) return bad(`${verdict.reason}.`);
          break;
        }
        default:
          break;
      }
    }
    for (const c of COMBINATIONS) {
      if (params[c.param] === undefined || paramRule(model, endpoint, c.param) === undefined) continue;
      if (c.whenValues && !c.whenValues.includes(String(params[c.param]))) continue;
      const other = params[c.requires];
      if (other === undefined ? c.requiredWhenAbsent : !c.requiresValues.includes(String(other))) {
        return { reply: error(400, `Invalid value: ${c.message}.`, 'invalid_request_error', 'invalid_value', `${prefix}${c.param}`) };
      }
    }
    return { model: id };
  }

  private imageBytes(format: unknown): Buffer {
    const f = typeof format === 'string' ? format : DEFAULT_OUTPUT_FORMAT.value;
    return IMAGES[f as keyof typeof IMAGES] ?? IMAGES.png;
  }

  private images(host: string, endpoint: Endpoint, params: Record<string, unknown>): Reply {
    if (endpoint === 'edits' && !isFile(params.image) && !Array.isArray(params.image)) {
      return error(400, "Missing required parameter: 'image'.", 'invalid_request_error', 'missing_required_parameter', 'image');
    }
    const { reply, model } = this.validate(host, endpoint, params);
    if (reply) return reply;
    const n = typeof params.n === 'number' ? params.n : 1;
    const created = 1_764_000_000;
    if (this.options.noImage) return { status: 200, json: { created, data: Array.from({ length: n }, () => ({ revised_prompt: String(params.prompt ?? '') })) } };
    const line = getModel(model!)!.line;
    const bytes = this.imageBytes(params.output_format);
    if (line === 'dall-e' && params.response_format !== 'b64_json') {
      const data = Array.from({ length: n }, (_, i) => {
        const name = `img-${this.files.size + 1}-${i}.png`;
        this.files.set(name, IMAGES.png);
        return { url: `${this.url}/files/${name}`, revised_prompt: String(params.prompt ?? '') };
      });
      return { status: 200, json: { created, data } };
    }
    const data = Array.from({ length: n }, () => ({ b64_json: bytes.toString('base64') }));
    return {
      status: 200,
      json: { created, data, output_format: line === 'gpt-image' ? (params.output_format ?? DEFAULT_OUTPUT_FORMAT.value) : undefined, usage: { total_tokens: 100 } },
    };
  }

  /**
   * The HiAPI task API as its migration guide documents it: submit answers
   * `data.taskId`; the model id is exactly `gpt-image-2` (a suffix such as
   * `/text-to-image` answers 400); polling answers `data.status` and, on
   * `success`, `data.output[0].url`.
   */
  private submitTask(body: Record<string, unknown>): Reply {
    const input = body.input as { prompt?: unknown } | undefined;
    if (body.model !== HIAPI_MODEL) return { status: 400, json: { code: 400, message: `Invalid model: ${String(body.model)}` } };
    if (!input || typeof input.prompt !== 'string') return { status: 400, json: { code: 400, message: 'input.prompt is required' } };
    const taskId = `task-${this.tasks.size + 1}`;
    this.tasks.add(taskId);
    return { status: 200, json: { code: 200, data: { taskId } } };
  }

  private taskStatus(taskId: string): Reply {
    if (!this.tasks.has(taskId)) return { status: 404, json: { code: 404, message: 'task not found' } };
    const name = `${taskId}.png`;
    this.files.set(name, IMAGES.png);
    return { status: 200, json: { code: 200, data: { taskId, status: 'success', output: this.options.noImage ? [] : [{ url: `${this.url}/files/${name}` }] } } };
  }

  private responses(host: string, body: Record<string, unknown>): Reply {
    const top = typeof body.model === 'string' ? body.model : '';
    if (getModel(top)) {
      return error(400, `The requested model '${top}' is not supported with the Responses API.`, 'invalid_request_error', 'model_not_supported', 'model');
    }
    const text = TEXT_MODELS.find((m) => m.id === top);
    if (!text) return error(400, `The requested model, '${top}' was not found.`, 'invalid_request_error', 'model_not_found', 'model');
    const tools = Array.isArray(body.tools) ? (body.tools as Record<string, unknown>[]) : [];
    const choice = body.tool_choice as { type?: unknown } | undefined;
    const imageTools = tools.map((t, i) => [t, i] as const).filter(([t]) => t && t.type === IMAGE_TOOL_TYPE.value);
    if (choice && typeof choice === 'object' && choice.type === IMAGE_TOOL_TYPE.value && !imageTools.length) {
      return error(400, `Tool choice '${IMAGE_TOOL_TYPE.value}' not found in 'tools' parameter.`, 'invalid_request_error', null, 'tool_choice');
    }
    const output: unknown[] = [];
    for (const [tool, i] of imageTools) {
      const { reply } = this.validate(host, 'responses-tool', tool, `tools[${i}].`);
      if (reply) return reply;
      if (!text.supportsImageTool.value) return error(400, `The model '${top}' cannot use the image_generation tool.`, 'invalid_request_error', null, 'tools');
      output.push({ id: `ig_${i}`, type: 'image_generation_call', status: 'completed', result: this.options.noImage ? null : this.imageBytes(tool.output_format).toString('base64') });
    }
    output.push({ id: 'msg_1', type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Here is your image.' }] });
    return { status: 200, json: { id: 'resp_1', object: 'response', model: top, output, output_text: 'Here is your image.' } };
  }
}
