/**
 * `--generate`: one cheapest real call through the chosen API, and a real
 * check of the image that came back.
 */
import { type CostEstimate, type TokenUsage, cheapestImageRequest, estimateImageCost } from '../catalog/index.js';
import { VerifyFailure } from './failure.js';
import type { HttpClient } from './http.js';
import { type ImageInfo, base64Problem, decodeBase64, decodeImage, parseSize } from './image.js';

export type ApiName = 'images' | 'responses' | 'tasks';
export const APIS: readonly ApiName[] = ['images', 'responses', 'tasks'];

export const PROMPT = 'A small plain blue square on a white background.';

export interface GenerateOptions {
  api: ApiName;
  model: string;
  textModel: string;
  /** Wait between task polls (ms), and how many polls before giving up. */
  pollMs: number;
  maxPolls: number;
  sleep: (ms: number) => Promise<void>;
  /** Live progress (stderr on a terminal): told while submitting, polling and downloading. */
  progress?: (text: string) => void;
  /** How often a long wait is told again (ms). */
  progressEveryMs?: number;
}

export interface Generation {
  api: ApiName;
  model: string;
  request: { endpoint: string; body: Record<string, unknown> };
  latencyMs: number;
  attempts: number;
  image: ImageInfo;
  expected?: { width: number; height: number };
  /** Where `expected` comes from: the size sent, or the size the task reports. */
  expectedFrom?: 'request' | 'task';
  usage?: TokenUsage & { totalTokens?: number; of: string };
  cost?: CostEstimate & { note?: string };
  /** Task API only: the statuses seen while polling. */
  statuses?: string[];
  /** Task API only: the id, how long the submit took, the time from submit to a finished task, and the download. */
  task?: { id: string; submitMs: number; resultMs: number; downloadMs: number; redirects: number };
}

export async function generate(client: HttpClient, o: GenerateOptions): Promise<Generation> {
  if (o.api === 'images') return viaImages(client, o);
  if (o.api === 'responses') return viaResponses(client, o);
  return viaTasks(client, o);
}

async function viaImages(client: HttpClient, o: GenerateOptions): Promise<Generation> {
  const shape = cheapestImageRequest(o.model, 'generations');
  const body = { model: o.model, prompt: PROMPT, ...shape.params };
  const endpoint = 'POST /images/generations';
  const answer = await watched(o, endpoint, client.json('POST', 'images/generations', body, { model: o.model, added: Object.keys(shape.params) }));
  const list = (answer.body as { data?: unknown })?.data;
  if (!Array.isArray(list)) throw missing(endpoint, answer.body, 'data[]');
  const item = firstOf(list);
  const b64 = item && typeof item.b64_json === 'string' ? item.b64_json : undefined;
  let bytes: Buffer;
  if (b64 !== undefined) bytes = decoded(b64, endpoint);
  else if (item && typeof item.url === 'string') bytes = (await watched(o, `downloading the image from ${hostOf(item.url)}`, client.download(item.url))).bytes;
  else {
    throw new VerifyFailure(
      'image',
      `${endpoint}: no image came back: ${list.length ? 'data[0] has neither b64_json nor url' : 'data is empty'}.`,
      'The server answered without an image: run again; if it persists, check the model and the gateway.',
      { request: endpoint, status: answer.status },
    );
  }
  const usage = usageOf((answer.body as { usage?: unknown }).usage, 'image model');
  const expected = parseSize(shape.size);
  const image = checked(bytes, expected, endpoint);
  const cost = estimateImageCost(o.model, shape, usage);
  return { api: 'images', model: o.model, request: { endpoint, body }, latencyMs: answer.latencyMs, attempts: answer.attempts, image, expected, expectedFrom: 'request', usage, cost };
}

async function viaResponses(client: HttpClient, o: GenerateOptions): Promise<Generation> {
  const shape = cheapestImageRequest(o.model, 'responses-tool');
  const tool = { type: 'image_generation', model: o.model, ...shape.params };
  const body = { model: o.textModel, input: PROMPT, tools: [tool], tool_choice: { type: 'image_generation' } };
  const endpoint = 'POST /responses';
  const answer = await watched(o, endpoint, client.json('POST', 'responses', body, { model: o.model, added: [...Object.keys(shape.params), 'tool_choice'] }));
  const res = (answer.body ?? {}) as { output?: unknown; status?: unknown; error?: unknown; usage?: unknown };
  if (!Array.isArray(res.output)) throw missing(endpoint, answer.body, 'output[]');
  const call = res.output.find((x) => x && typeof x === 'object' && (x as { type?: unknown }).type === 'image_generation_call') as
    | { status?: unknown; result?: unknown }
    | undefined;
  if (!call || typeof call.result !== 'string' || !call.result) {
    const why = res.error && typeof res.error === 'object' ? ` (${String((res.error as { message?: unknown }).message ?? '')})` : '';
    throw new VerifyFailure(
      'image',
      `${endpoint}: no image came back: ${call ? `the image_generation_call is ${String(call.status ?? 'without a result')}` : 'no image_generation_call in output'}, response status ${String(res.status ?? 'unknown')}${why}.`,
      `Check that \`${o.textModel}\` can call the image_generation tool and that \`${o.model}\` is allowed in the tool (--text-model picks another text model).`,
      { request: endpoint, status: answer.status },
    );
  }
  const expected = parseSize(shape.size);
  const image = checked(decoded(call.result, endpoint), expected, endpoint);
  const usage = usageOf(res.usage, `text model ${o.textModel}`);
  const estimate = estimateImageCost(o.model, shape);
  const cost = estimate ? { ...estimate, note: `plus the ${o.textModel} tokens` } : undefined;
  return { api: 'responses', model: o.model, request: { endpoint, body }, latencyMs: answer.latencyMs, attempts: answer.attempts, image, expected, expectedFrom: 'request', usage, cost };
}

const RUNNING = new Set(['queued', 'handling', 'archiving', 'pending', 'processing', 'running', 'in_progress', 'submitted']);
const DONE = new Set(['success', 'succeeded', 'completed']);

async function viaTasks(client: HttpClient, o: GenerateOptions): Promise<Generation> {
  const body = { model: o.model, input: { prompt: PROMPT } };
  const endpoint = 'POST /tasks';
  const created = await watched(o, endpoint, client.json('POST', 'tasks', body, { model: o.model }));
  const id = taskId(created.body);
  if (!id) throw missing(endpoint, created.body, 'data.taskId', (created.body as { data?: unknown })?.data);
  const poll = `GET /tasks/${id}`;
  const statuses: string[] = [];
  const started = performance.now();
  let data: Record<string, unknown> | undefined;
  let told = -Infinity;
  for (let n = 1; ; n++) {
    let answer;
    try {
      answer = await client.json('GET', `tasks/${encodeURIComponent(id)}`, undefined, { model: o.model });
    } catch (e) {
      throw taskNotFound(e, poll, id, n) ?? e;
    }
    const d = (answer.body as { data?: unknown })?.data;
    if (!d || typeof d !== 'object') throw missing(poll, answer.body, 'data.status');
    const status = String((d as { status?: unknown }).status ?? '').toLowerCase();
    const waited = performance.now() - started;
    if (o.progress && (statuses[statuses.length - 1] !== status || waited - told >= (o.progressEveryMs ?? 10_000))) {
      o.progress(`task ${id}: ${status || '(no status)'}, ${Math.round(waited / 1000)} s waited`);
      told = waited;
    }
    if (statuses[statuses.length - 1] !== status) statuses.push(status);
    if (DONE.has(status)) {
      data = d as Record<string, unknown>;
      break;
    }
    if (!RUNNING.has(status)) {
      const outer = failReason(answer.body as Record<string, unknown>);
      const reason = failReason(d as Record<string, unknown>) ?? (outer && !/^(success|ok)$/i.test(outer) ? outer : undefined);
      throw new VerifyFailure(
        'image',
        `${poll}: the task ended with status '${status || '(none)'}'${reason ? `: ${reason}` : ''}.`,
        'The gateway could not generate the image: check the model id and the gateway\'s task log.',
        { request: poll },
      );
    }
    if (n >= o.maxPolls) {
      throw new VerifyFailure(
        'timeout',
        `${poll}: still '${status}' after ${n} polls (statuses seen: ${statuses.join(' -> ')}).`,
        'The gateway is slow or stuck: run again later, or check the task in the gateway\'s console.',
        { request: poll, attempts: n },
      );
    }
    await o.sleep(o.pollMs);
  }
  const resultMs = Math.round(performance.now() - started);
  const out = taskOutput(data);
  if (!out) throw missing(poll, { data }, 'data.output[0].url', data);
  const download = await watched(o, `downloading the image from ${hostOf(out.url)}`, client.download(out.url));
  const image = checked(download.bytes, out.expected, `${poll} output`, 'task');
  const usage = usageOf(data.usage, 'gateway');
  const cost = estimateImageCost(o.model, {}, usage);
  return {
    api: 'tasks',
    model: o.model,
    request: { endpoint, body },
    latencyMs: created.latencyMs,
    attempts: created.attempts,
    image,
    expected: out.expected,
    expectedFrom: 'task',
    usage,
    cost,
    statuses,
    task: { id, submitMs: created.latencyMs, resultMs, downloadMs: download.latencyMs, redirects: download.redirects },
  };
}

/** The gateway's documented `data.taskId` first, then the spellings other task APIs use. */
export function taskId(body: unknown): string | undefined {
  const b = (body ?? {}) as Record<string, unknown>;
  const d = (b.data && typeof b.data === 'object' ? b.data : {}) as Record<string, unknown>;
  for (const v of [d.taskId, d.task_id, d.id, b.taskId, b.task_id, b.id]) {
    if (typeof v === 'string' && v) return v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return undefined;
}

const REASON_FIELDS = ['error', 'fail_reason', 'failReason', 'message', 'errorMessage', 'error_message', 'reason', 'msg'] as const;

/** Why a task failed, from whichever field the gateway uses. */
function failReason(d: Record<string, unknown> | undefined): string | undefined {
  if (!d || typeof d !== 'object') return undefined;
  for (const f of REASON_FIELDS) {
    const v = d[f];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (v && typeof v === 'object') {
      const inner = (v as { message?: unknown; msg?: unknown }).message ?? (v as { msg?: unknown }).msg;
      return typeof inner === 'string' && inner ? inner : JSON.stringify(v);
    }
  }
  return undefined;
}

/** `data.output[0].url` (also a bare string, or a `result.images[0].url`), with its reported size. */
function taskOutput(data: Record<string, unknown>): { url: string; expected?: { width: number; height: number } } | undefined {
  const results = (data.result as { images?: unknown } | undefined)?.images;
  const first = firstOf(data.output) ?? firstOf(results) ?? (Array.isArray(data.output) && typeof data.output[0] === 'string' ? { url: data.output[0] } : undefined);
  if (!first) return undefined;
  const url = Array.isArray(first.url) ? first.url[0] : first.url;
  if (typeof url !== 'string') return undefined;
  const w = first.width;
  const h = first.height;
  const expected = typeof w === 'number' && typeof h === 'number' ? { width: w, height: h } : parseSize(typeof first.size === 'string' ? first.size : undefined);
  return { url, expected };
}

function firstOf(list: unknown): Record<string, unknown> | undefined {
  return Array.isArray(list) && list[0] && typeof list[0] === 'object' ? (list[0] as Record<string, unknown>) : undefined;
}

function decoded(b64: string, where: string): Buffer {
  const bytes = decodeBase64(b64);
  if (!bytes) {
    throw new VerifyFailure(
      'image',
      `${where}: the image is not valid base64 (${b64.length} characters): ${base64Problem(b64)}.`,
      'The server or a proxy corrupted the image data (the API sends one unbroken base64 line): run again, or check the gateway.',
      { request: where },
    );
  }
  return bytes;
}

/**
 * Tells the progress line that a request is under way, and again every
 * `progressEveryMs` with the seconds waited, until it settles.
 */
async function watched<T>(o: GenerateOptions, what: string, work: Promise<T>): Promise<T> {
  const progress = o.progress;
  if (!progress) return work;
  const started = performance.now();
  progress(`${what}: waiting`);
  const timer = setInterval(() => progress(`${what}: waiting, ${Math.round((performance.now() - started) / 1000)} s`), o.progressEveryMs ?? 10_000);
  timer.unref?.();
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the output URL';
  }
}

/** A poll answered 404 (in the status or the body): the task is gone, not the endpoint; the submit to the same base URL just worked. */
function taskNotFound(e: unknown, poll: string, id: string, n: number): VerifyFailure | undefined {
  if (!(e instanceof VerifyFailure) || (e.details.status !== 404 && e.details.bodyStatus !== 404)) return undefined;
  const said = e.details.serverMessage ? ` ("${e.details.serverMessage}")` : '';
  return new VerifyFailure(
    'image',
    `${poll}: 404 on poll ${n}: the task ${id} was not found${said}: it expired, or the gateway did not keep it.`,
    n === 1
      ? 'The gateway accepted the task but does not know it on GET /tasks/{id}: run again; if it persists, check that this gateway polls tasks at that path.'
      : 'The task was known on earlier polls: it expired or was dropped while running; run again, and check the gateway\'s task log.',
    { ...e.details, request: poll },
  );
}

function checked(bytes: Buffer, expected: { width: number; height: number } | undefined, where: string, from: 'request' | 'task' = 'request'): ImageInfo {
  const sniffed = decodeImage(bytes);
  if (!sniffed.ok) throw new VerifyFailure('image', `${where}: the image is not usable: ${sniffed.reason}.`, 'The bytes are not a whole PNG, JPEG or WebP image: run again; if it persists, check the gateway (and any proxy) between you and the model, and the output_format.', { request: where });
  const { info } = sniffed;
  if (expected && (info.width !== expected.width || info.height !== expected.height)) {
    throw new VerifyFailure(
      'image',
      `${where}: the image is ${info.width}x${info.height}, but ${expected.width}x${expected.height} was ${from === 'task' ? 'reported by the task' : 'requested'}.`,
      'The server ignored or changed the size: check that the model supports this size (`gpt-image models`) and the gateway does not resize.',
      { request: where },
    );
  }
  return info;
}

function missing(where: string, body: unknown, field: string, inner?: unknown): VerifyFailure {
  const keysOf = (v: unknown) => (v && typeof v === 'object' ? Object.keys(v as object).join(', ') : typeof v);
  const keys = keysOf(body);
  const innerKeys = inner && typeof inner === 'object' ? `; data: ${keysOf(inner) || 'none'}` : '';
  return new VerifyFailure('badResponse', `${where}: the answer has no ${field} (fields: ${keys || 'none'}${innerKeys}).`, 'Check --api: this server may speak a different API, or the answer changed shape.', { request: where });
}

function usageOf(raw: unknown, of: string): (TokenUsage & { totalTokens?: number; of: string }) | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const u = raw as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const details = (u.input_tokens_details ?? {}) as Record<string, unknown>;
  return {
    of,
    inputTokens: num(u.input_tokens ?? u.prompt_tokens),
    inputTextTokens: num(details.text_tokens),
    inputImageTokens: num(details.image_tokens),
    outputTokens: num(u.output_tokens ?? u.completion_tokens),
    totalTokens: num(u.total_tokens),
  };
}
