/**
 * The transforms: each turns the findings of one shared check into edit
 * plans, exactly the suggestion edits the matching rule offers. What a
 * transform cannot fix it leaves as a `TODO(gpt-image)` comment, once.
 */
import { legacyModelFindings } from '../analysis/checks/legacy-model.js';
import type { FileAnalysis, ImageRequest, Node, TextEdit } from '../analysis/index.js';
import { rangeOf } from '../analysis/ast.js';
import {
  DEFAULT_TARGET,
  DEFAULT_TEXT_MODEL,
  TODO_MARKER,
  VARIATIONS_RETIRED,
  getModel,
  statusOn,
  todayIso,
} from '../catalog/index.js';
import { imageModelInResponsesFindings } from '../analysis/checks/image-model-in-responses.js';
import { requireModelFindings } from '../analysis/checks/require-model.js';
import { neverReturnsUrl, todoEdits, urlReadEdits } from '../analysis/checks/url-response.js';
import { urlReads } from '../analysis/results.js';

export type UrlMode = 'data-url' | 'todo';

export interface CodemodOptions {
  /** Which transforms run (they always run in `TRANSFORM_NAMES` order). */
  transforms: readonly TransformName[];
  /** The model legacy ids move to, and the one added where a call names none. */
  target: string;
  /** How reads of `.url` on a migrated call's result are rewritten. */
  url: UrlMode;
  /** The text model put at the top level of a Responses call whose image model moves into the tool. */
  textModel: string;
  /** The date legacy statuses are computed for. */
  today: string;
}

export function defaultOptions(overrides: Partial<CodemodOptions> = {}): CodemodOptions {
  return {
    transforms: TRANSFORM_NAMES,
    target: DEFAULT_TARGET.value,
    url: 'data-url',
    textModel: DEFAULT_TEXT_MODEL.value,
    today: todayIso(),
    ...overrides,
  };
}

/** One unit of change: all edits of one finding, applied together or not at all. */
export interface Planned {
  label: string;
  edits: TextEdit[];
}

export type PlanFn = (fa: FileAnalysis, options: CodemodOptions) => Planned[];

export interface TransformDef {
  description: string;
  /** Run in order; each step analyses the output of the one before. */
  steps: readonly PlanFn[];
}

/**
 * The order matters: an image model at the top of a Responses call first
 * moves into its tool, a request without a model then gets the target, and
 * only then are legacy ids (including moved ones) migrated.
 */
export const TRANSFORM_NAMES = ['responses-image-tool', 'require-model', 'migrate-image-model'] as const;
export type TransformName = (typeof TRANSFORM_NAMES)[number];

export function isTransformName(s: string): s is TransformName {
  return (TRANSFORM_NAMES as readonly string[]).includes(s);
}

function within(node: Node, outer: Node): boolean {
  const [s, e] = rangeOf(node);
  const [os, oe] = rangeOf(outer);
  return s >= os && e <= oe;
}

/** The request a finding is about: the innermost whose call (and, for a tool, whose tool object) holds the node. */
function requestOf(fa: FileAnalysis, node: Node): ImageRequest | undefined {
  const size = (r: ImageRequest) => rangeOf(r.site.call)[1] - rangeOf(r.site.call)[0];
  const candidates = fa.requests.filter((r) => within(node, r.site.call)).sort((a, b) => size(a) - size(b));
  return candidates.find((r) => r.endpoint !== 'responses-tool' || within(node, r.params.node) || within(r.params.node, node)) ?? candidates[0];
}

/** Why a legacy id cannot be migrated to the target, as a TODO comment. */
function cannotMigrateTodo(id: string, req: ImageRequest | undefined, target: string): string {
  const where = req ? `${req.site.api}.${req.site.method}` : 'this call';
  const why = req?.endpoint === 'variations' ? VARIATIONS_RETIRED.value : `${target} does not serve ${where}; move the call by hand.`;
  return `${TODO_MARKER}: \`${id}\` in ${where} cannot be migrated automatically. ${why}`;
}

function migrateImageModel(fa: FileAnalysis, options: CodemodOptions): Planned[] {
  const plans: Planned[] = [];
  for (const f of legacyModelFindings(fa, { target: options.target, allow: [], today: options.today })) {
    const id = String(f.data.id);
    // A deprecated target chosen on purpose is where the code is meant to be.
    if (id === options.target) continue;
    const req = requestOf(fa, f.node);
    const s = f.suggestions[0];
    if (s) plans.push({ label: `${id} -> ${options.target}`, edits: s.edits });
    else plans.push({ label: `TODO: ${id}`, edits: todoEdits(fa, f.node, f.todo ?? cannotMigrateTodo(id, req, options.target)) });
  }
  return plans;
}

/**
 * Reads of `url` on the result of a call that now certainly uses a GPT image
 * model (which returns base64 only): the `no-url-response` data-URL
 * suggestion, or a TODO with `url: 'todo'` (or when the MIME type is unknown).
 */
function rewriteUrlReads(fa: FileAnalysis, options: CodemodOptions): Planned[] {
  const plans: Planned[] = [];
  for (const read of urlReads(fa)) {
    if (!neverReturnsUrl(fa.index, read.request)) continue;
    plans.push({ label: `url read -> ${options.url}`, edits: urlReadEdits(fa, read, options.url) });
  }
  return plans;
}

/**
 * An image model as the top-level `model` of a Responses call moves into the
 * image_generation tool and the top level gets the text model: the
 * `moveToTool` suggestion. What the check finds but cannot fix is left as a TODO.
 */
function responsesImageTool(fa: FileAnalysis, options: CodemodOptions): Planned[] {
  const plans: Planned[] = [];
  for (const f of imageModelInResponsesFindings(fa, { textModel: options.textModel, target: options.target, today: options.today })) {
    const id = String(f.data.id);
    const s = f.suggestions[0];
    if (s) {
      plans.push({ label: s.messageId !== 'useTextModel' ? `${id} -> image_generation tool, ${options.textModel} on top` : `${id} -> ${options.textModel}`, edits: s.edits });
      continue;
    }
    const todo =
      f.messageId === 'imageModelInChat'
        ? `${TODO_MARKER}: \`${id}\` is an image model; chat completions cannot generate images. Use images.generate, or responses.create with the image_generation tool.`
        : f.messageId === 'noImageTool'
          ? `${TODO_MARKER}: \`${id}\` cannot call the image_generation tool; use a model that can (such as ${options.textModel}).`
          : `${TODO_MARKER}: \`${id}\` is an image model; move it into the image_generation tool and put a text model (such as ${options.textModel}) at the top level.`;
    plans.push({ label: `TODO: ${id}`, edits: todoEdits(fa, f.node, todo) });
  }
  return plans;
}

/**
 * Image requests that name no model get the target: the `addModel`
 * suggestion (the model, and the parameters the target rejects).
 */
function requireModel(fa: FileAnalysis, options: CodemodOptions): Planned[] {
  const plans: Planned[] = [];
  for (const f of requireModelFindings(fa, { target: options.target, today: options.today })) {
    const s = f.suggestions[0];
    if (s) plans.push({ label: `model: ${options.target} added`, edits: s.edits });
    else plans.push({ label: 'TODO: no model', edits: todoEdits(fa, f.node, f.todo ?? `${TODO_MARKER}: this request names no model, and ${options.target} does not serve it; name a model.`) });
  }
  return plans;
}

export const TRANSFORMS: Readonly<Record<TransformName, TransformDef>> = {
  'responses-image-tool': {
    description: 'Moves an image model at the top level of responses.create|stream|parse into the image_generation tool',
    steps: [responsesImageTool],
  },
  'require-model': {
    description: 'Adds the target model to image requests that name none',
    steps: [requireModel],
  },
  'migrate-image-model': {
    description: 'Migrates legacy image model ids and the parameters the target does not accept; rewrites `.url` reads',
    steps: [migrateImageModel, rewriteUrlReads],
  },
};

/**
 * A target must be a known image model that is not shut down. A deprecated
 * one is allowed (it still serves requests until its shutdown) with a warning.
 */
export function checkTarget(id: string, today: string): { error?: string; warning?: string } {
  const m = getModel(id);
  if (!m) return { error: `unknown image model '${id}' (run \`gpt-image models\` for the list)` };
  const status = statusOn(m, today);
  if (status === 'shut-down') return { error: `'${id}' was shut down on ${m.shutdown?.value}; choose an active model as the target` };
  if (status === 'deprecated') return { warning: `'${id}' is deprecated and shuts down on ${m.shutdown?.value}; the migrated code will need another migration` };
  return {};
}
