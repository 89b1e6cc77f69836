/**
 * The free checks: what the catalog knows about a model (before any
 * request), and `GET /models/{id}` (the model is visible to the key, and its
 * `shutdown_date`).
 */
import { NONEXISTENT_IDS, daysBetween, getModel, isKnownImageModel, statusOn } from '../catalog/index.js';
import { VerifyFailure } from './failure.js';
import type { HttpClient } from './http.js';
import type { Step } from './report.js';

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** What the catalog says about an id. Never fails: the server decides. */
export function catalogStep(id: string, today: string): Step {
  const model = getModel(id);
  if (!model) {
    if (NONEXISTENT_IDS.value.includes(id)) {
      return {
        status: 'warn',
        check: 'catalog',
        model: id,
        message: `catalog: \`${id}\` is not an id OpenAI serves (seen in the wild only).`,
        hint: 'Use a real id: `gpt-image models` lists them.',
        data: { status: 'nonexistent' },
      };
    }
    return {
      status: 'info',
      check: 'catalog',
      model: id,
      message: `catalog: \`${id}\` is not an OpenAI image model the catalog knows (a gateway id?); sizes and prices come from the default model.`,
      data: { status: 'unknown' },
    };
  }
  const status = statusOn(model, today);
  const shutdown = model.shutdown?.value;
  const replacement = model.replacements.value.length ? ` Use ${model.replacements.value.map((r) => `\`${r}\``).join(' or ')}.` : '';
  const data = { status, shutdown: shutdown ?? null, replacements: [...model.replacements.value] };
  if (status === 'shut-down' && shutdown) {
    return {
      status: 'warn',
      check: 'catalog',
      model: id,
      message: `catalog: \`${id}\` is a legacy model, shut down on ${shutdown} (${days(-daysBetween(today, shutdown))} ago); requests to OpenAI fail.${replacement}`,
      data,
    };
  }
  if (status === 'deprecated') {
    const left = shutdown ? `; shutdown on ${shutdown} (${days(daysBetween(today, shutdown))} left)` : '';
    return { status: 'warn', check: 'catalog', model: id, message: `catalog: \`${id}\` is a legacy model, deprecated${left}.${replacement}`, data };
  }
  return { status: 'ok', check: 'catalog', model: id, message: `catalog: \`${id}\` is active.`, data };
}

/**
 * `GET /models/{id}`. Returns the steps to report; throws a VerifyFailure when
 * the model is not visible or the server says it is shut down. With
 * `optional` (the task API, which documents only `/tasks`), a server without
 * the endpoint (404 or 405 that is not about the model) is a note, but not a
 * pass on its own: a model the catalog has shut down fails, and one it does
 * not know fails unless `generate` lets the task itself check it.
 */
export async function modelSteps(client: HttpClient, id: string, today: string, optional = false, generate = false): Promise<Step[]> {
  const request = `GET /models/${id}`;
  let answer;
  try {
    answer = await client.json('GET', `models/${encodeURIComponent(id)}`, undefined, { model: id });
  } catch (e) {
    if (optional && e instanceof VerifyFailure && e.kind !== 'model' && (e.details.status === 404 || e.details.status === 405)) {
      const known = getModel(id);
      const noEndpoint = `${request}: ${e.details.status}: this server has no models endpoint`;
      if (known && statusOn(known, today) === 'shut-down') {
        throw new VerifyFailure(
          'model',
          `${noEndpoint}, and the catalog says \`${id}\` was shut down on ${known.shutdown?.value}: nothing here shows it still works.`,
          advice(id) ?? 'Move to a current model (`gpt-image models` lists them).',
          { request, status: e.details.status },
        );
      }
      if (!isKnownImageModel(id) && !generate) {
        throw new VerifyFailure(
          'model',
          `${noEndpoint}, and \`${id}\` is not an image model the catalog knows: nothing here confirms it.`,
          'Use an id `gpt-image models` lists, or add --generate: one billed task then checks the model on the gateway itself.',
          { request, status: e.details.status },
        );
      }
      return [
        {
          status: 'info',
          check: 'GET /models/{id}',
          model: id,
          message: `${request}: ${e.details.status}: this server has no models endpoint, which the task API does not need; the model is checked by the task itself.`,
          data: { status: e.details.status, skipped: true },
        },
      ];
    }
    if (e instanceof VerifyFailure && e.kind === 'model') throw await withModelAdvice(client, e, id, today);
    throw e;
  }
  const body = answer.body as { id?: unknown; owned_by?: unknown; shutdown_date?: unknown } | null;
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new VerifyFailure('badResponse', `${request}: ${answer.status} but the body is not a model object.`, 'Check --base-url: it should point at an OpenAI-compatible API.', { request, status: answer.status });
  }
  const steps: Step[] = [];
  const owner = typeof body.owned_by === 'string' ? ` (owned by ${body.owned_by})` : '';
  const data = { status: answer.status, latencyMs: answer.latencyMs, id: body.id ?? null, shutdown_date: body.shutdown_date ?? null };
  steps.push({ status: 'ok', check: 'GET /models/{id}', model: id, message: `${request}: visible to this key${owner}, ${answer.latencyMs} ms.`, data });
  if (typeof body.id === 'string' && body.id !== id) {
    steps.push({ status: 'warn', check: 'GET /models/{id}', model: id, message: `${request}: the server answered for \`${body.id}\`, an alias or snapshot of \`${id}\`.` });
  }
  if (typeof body.shutdown_date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(body.shutdown_date)) {
    const date = body.shutdown_date.slice(0, 10);
    const left = daysBetween(today, date);
    if (left <= 0) {
      throw new VerifyFailure(
        'model',
        `${request}: the server lists shutdown_date ${date}: \`${id}\` is shut down (${days(-left)} ago).`,
        advice(id) ?? 'Move to a current model (`gpt-image models` lists them).',
        { request, status: answer.status },
      );
    }
    steps.push({
      status: 'warn',
      check: 'shutdown_date',
      model: id,
      message: `${request}: shutdown_date ${date}: ${days(left)} left.`,
      hint: advice(id) ?? 'Plan the move to a current model before then.',
      data: { shutdown_date: date, daysLeft: left },
    });
  }
  return steps;
}

function advice(id: string): string | undefined {
  const m = getModel(id);
  return m && m.replacements.value.length ? `Move to ${m.replacements.value.map((r) => `\`${r}\``).join(' or ')} (\`gpt-image migrate\` rewrites the code).` : undefined;
}

/** Adds what the catalog knows, and the image models the key can see, to a model-not-found failure. */
async function withModelAdvice(client: HttpClient, e: VerifyFailure, id: string, today: string): Promise<VerifyFailure> {
  const m = getModel(id);
  const parts: string[] = [];
  if (m && statusOn(m, today) === 'shut-down') parts.push(`\`${id}\` was shut down on ${m.shutdown?.value}.`);
  const repl = advice(id);
  if (repl) parts.push(repl);
  try {
    const list = await client.json('GET', 'models');
    const data = (list.body as { data?: unknown }).data;
    if (Array.isArray(data)) {
      const visible = data
        .map((x) => (x && typeof x === 'object' ? (x as { id?: unknown }).id : undefined))
        .filter((x): x is string => typeof x === 'string' && isKnownImageModel(x));
      if (visible.length) parts.push(`Image models this key can see: ${visible.slice(0, 12).join(', ')}.`);
    }
  } catch {
    // The list is advice only.
  }
  return parts.length ? new VerifyFailure(e.kind, e.message, `${parts.join(' ')} ${e.hint}`.trim(), e.details) : e;
}
