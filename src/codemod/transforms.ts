/**
 * The transforms: each turns the findings of one shared check into edit
 * plans, exactly the suggestion edits the matching rule offers. What a
 * transform cannot fix it leaves as a `TODO(gpt-image)` comment, once.
 */
import { legacyModelFindings } from '../analysis/checks/legacy-model.js';
import path from 'node:path';
import { type FileAnalysis, type ImageRequest, type Node, type TextEdit, analyzeFile } from '../analysis/index.js';
import { parseSource } from './parse.js';
import { importedModules } from '../analysis/flow/tests.js';
import { rangeOf } from '../analysis/ast.js';
import {
  DEFAULT_TARGET,
  DEFAULT_TEXT_MODEL,
  IMAGE_TOOL_TYPE,
  OPENAI_V3,
  OPENAI_V4_MIGRATION,
  TODO_MARKER,
  vercelSupportFrom,
  VERCEL_PROVIDER_PACKAGE,
  VARIATIONS_RETIRED,
  getModel,
  statusOn,
  targetProblem,
  todayIso,
} from '../catalog/index.js';
import { imageModelInResponsesFindings } from '../analysis/checks/image-model-in-responses.js';
import { requireModelFindings } from '../analysis/checks/require-model.js';
import { type UrlReadPlan, guardedBy, planUrlRead, readVerdict, todoEdits, urlCheckTodo, urlReadEdits, urlSomeTodo } from '../analysis/checks/url-response.js';
import { type UrlRead, urlReads } from '../analysis/results.js';
import { assertionsOn, keysTheMigrationChanges } from '../analysis/assertions.js';
import { clientKind } from '../analysis/calls.js';
import { elsewhereOf } from '../analysis/checks/shapes.js';
import { planMigration } from '../analysis/migrate.js';
import { leftoverEdits } from '../analysis/leftovers.js';
import { isFullyKnown, isObjectLike, lookupProperty, stringCandidates } from '../analysis/values.js';
import { unknownModelFindings } from '../analysis/checks/unknown-model.js';
import { unsupportedParamFindings } from '../analysis/checks/unsupported-param.js';
import { addProperty, appendElement, literalLike } from '../analysis/checks/object-edits.js';
import { type V3Context, planV3File, v3Todo } from '../analysis/v3-to-v4.js';
import { v3PackageBlocker } from './v3-package.js';
import { type DependencyInfo, type PackageEdit, type Version, allAtLeast, compareVersions, dependencyInfo, parseVersion, rangeFloor } from './packages.js';

/** `auto`: follow each value to its uses (see `planUrlRead`); `data-url` or `todo`: one rewrite everywhere. */
export type UrlMode = 'auto' | 'data-url' | 'todo';

export const URL_MODES: readonly UrlMode[] = ['auto', 'data-url', 'todo'];

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
    url: 'auto',
    textModel: DEFAULT_TEXT_MODEL.value,
    today: todayIso(),
    ...overrides,
  };
}

/** One unit of change: all edits of one finding, applied together or not at all. */
export interface Planned {
  label: string;
  edits: TextEdit[];
  /** Dependency ranges the change needs in package.json (applied with the file's edits). */
  packageEdits?: PackageEdit[];
}

/** What a plan may know about the file besides its text. */
export interface PlanContext {
  /** The nearest package.json that declares `name`, and its lockfile's versions. */
  dependency(name: string): DependencyInfo | undefined;
  /** Which files this run edits, when the caller knows (`gpt-image migrate`); plain jscodeshift does not. */
  inRun?: (file: string) => boolean;
  /** A file's text as it was before this run changed it (`gpt-image migrate`). */
  originalText?: (file: string) => string | undefined;
}

/** The version facts a file's openai v3 -> v4 plan needs, from its package.json and lockfile. */
export function v3Context(dep: DependencyInfo | undefined): V3Context & { isV3: boolean } {
  const floor = dep?.range !== undefined ? rangeFloor(dep.range) : undefined;
  const lockedV3 = dep ? dep.locked.map(parseVersion).every((v) => v?.[0] === 3) : false;
  const isV3 = !!floor && floor.min[0] === 3 && floor.maxMajor === 3 && lockedV3;
  const packageProblem = !dep
    ? 'no package.json above it declares `openai`'
    : !isV3
      ? `its package.json asks for openai \`${dep.range}\`${dep.locked.length ? ` (locked: ${dep.locked.join(', ')})` : ''}, not a 3.x range this migration can move`
      : undefined;
  return { isV3, packageProblem, editParams: dep && isV3 ? v3EditParams(dep) : undefined };
}

export type PlanFn = (fa: FileAnalysis, options: CodemodOptions, ctx: PlanContext) => Planned[];

export interface TransformDef {
  description: string;
  /** Run in order; each step analyses the output of the one before. */
  steps: readonly PlanFn[];
}

/**
 * The order matters: a file on the openai v3 SDK first moves to openai v4
 * (after which its calls are ordinary SDK calls), an image model at the top of a Responses call first
 * moves into its tool, a request without a model then gets the target, and
 * only then are legacy ids (including moved ones) migrated.
 */
export const TRANSFORM_NAMES = ['openai-v4', 'responses-image-tool', 'require-model', 'migrate-image-model'] as const;
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

/**
 * The first `@ai-sdk/openai` of a major line that treats `target` as a GPT
 * image model (`full`), or at least sends it without `response_format`
 * (`noResponseFormat`), if that line has one.
 */
function vercelFirst(target: string, major: number, kind: 'full' | 'noResponseFormat' = 'full'): Version | undefined {
  return vercelSupportFrom(target, major)[kind].map((v) => parseVersion(v)!).sort(compareVersions)[0];
}

/**
 * Why an AI SDK `openai.image(id)` cannot take `target` with the project's
 * `@ai-sdk/openai` (a TODO naming the version to upgrade to), or undefined
 * when every version it may run with treats `target` as a GPT image model.
 */
function vercelVersionTodo(id: string, target: string, ctx: PlanContext): string | undefined {
  const dep = ctx.dependency(VERCEL_PROVIDER_PACKAGE);
  const ok = dep ? allAtLeast(dep, (major) => vercelFirst(target, major)) : undefined;
  if (ok) return undefined;
  const lines = [2, 3, 4, 5, 6].map((m) => vercelFirst(target, m)).filter((v): v is Version => !!v);
  const spell = (v: Version) => `${v[0]}.${v[1]}.${v[2]}${v[3] ? `-${v[3]}` : ''}`;
  const current = dep ? (dep.locked.length ? dep.locked.join(', ') : dep.range) : undefined;
  const major = dep ? (parseVersion(dep.locked[0] ?? '') ?? rangeFloor(dep.range ?? '')?.min)?.[0] : undefined;
  const sameLine = major !== undefined ? vercelFirst(target, major) : undefined;
  const upgrade = sameLine ? `${spell(sameLine)} or later` : `${lines.map(spell).join(', ')} or later in its line`;
  const why = current === undefined ? `no package.json above this file declares \`${VERCEL_PROVIDER_PACKAGE}\`` : `this project has \`${VERCEL_PROVIDER_PACKAGE}\` ${current}`;
  return `${TODO_MARKER}: \`${id}\` -> \`${target}\` needs \`${VERCEL_PROVIDER_PACKAGE}\` ${upgrade}; ${vercelConsequence(target, dep, major)}, and ${why}. Upgrade it, then change the id.`;
}

/** What older `@ai-sdk/openai` versions do with `target`: per version where the project's is known. */
function vercelConsequence(target: string, dep: DependencyInfo | undefined, major: number | undefined): string {
  const spell = (v: Version) => `${v[0]}.${v[1]}.${v[2]}${v[3] ? `-${v[3]}` : ''}`;
  const rejected = 'send `response_format` (rejected by GPT image models) and one image per call';
  const onePerCall = `send no \`response_format\` for \`${target}\` but only one image per call (\`n\` images become \`n\` requests)`;
  const noRf = (m: number) => vercelFirst(target, m, 'noResponseFormat');
  const narrowOnly = (m: number) => {
    const a = noRf(m);
    const b = vercelFirst(target, m);
    return a && (!b || compareVersions(a, b) < 0) ? a : undefined;
  };
  // The project's versions already send no response_format: only the images per call differ.
  if (dep && allAtLeast(dep, noRf)) return `its version(s) ${onePerCall}`;
  const lines = major !== undefined ? [major] : [2, 3, 4, 5, 6];
  const narrow = lines.map((m) => narrowOnly(m)).filter((v): v is Version => !!v);
  if (!narrow.length) return `older versions ${rejected}`;
  return `versions before ${narrow.map(spell).join(', ')} ${rejected}, and later ones up to that upgrade ${onePerCall}`;
}

/** A test file by the usual names: `*.test.*`, `*.spec.*`, `__tests__/`, `test/`, `tests/`. */
function isTestFile(file: string | undefined): boolean {
  return !!file && /(?:[._-](?:test|spec)\.[cm]?[jt]sx?$)|(?:^|[\\/])(?:__tests__|tests?)[\\/]/.test(file);
}

/** The legacy ids this run moves in the given modules (read as they were before the run): only modules the run edits count. */
function idsMovedIn(files: readonly string[], options: CodemodOptions, ctx: PlanContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of files) {
    if (!ctx.inRun?.(file)) continue;
    const text = ctx.originalText?.(file);
    if (text === undefined) continue;
    let root: Node;
    try {
      root = parseSource(file, text);
    } catch {
      continue;
    }
    const fa = analyzeFile(root, text, undefined, { file });
    for (const f of legacyModelFindings(fa, { target: options.target, allow: [], today: options.today })) {
      const id = String(f.data.id);
      if (id !== options.target && f.suggestions[0]?.edits.length) out.set(id, options.target);
    }
  }
  return out;
}

function migrateImageModel(fa: FileAnalysis, options: CodemodOptions, ctx: PlanContext): Planned[] {
  const plans: Planned[] = [];
  const migrated = new Map<string, string>();
  for (const f of legacyModelFindings(fa, { target: options.target, allow: [], today: options.today })) {
    // The variations endpoint is retired whatever the model: nothing to migrate to, only the way out.
    if (f.messageId === 'retiredEndpoint' && f.todo) {
      plans.push({ label: 'TODO: retired variations endpoint', edits: todoEdits(fa, f.node, f.todo) });
      continue;
    }
    const id = String(f.data.id);
    // A deprecated target chosen on purpose is where the code is meant to be.
    if (id === options.target) continue;
    const req = requestOf(fa, f.node);
    const s = f.suggestions[0];
    const versionTodo = s && req?.site.shape.id === 'vercel-image' ? vercelVersionTodo(id, options.target, ctx) : undefined;
    if (versionTodo) plans.push({ label: `TODO: ${id} (${VERCEL_PROVIDER_PACKAGE} version)`, edits: todoEdits(fa, f.node, versionTodo) });
    else if (s) {
      plans.push({ label: `${id} -> ${options.target}`, edits: s.edits });
      migrated.set(id, options.target);
    } else plans.push({ label: `TODO: ${id}`, edits: todoEdits(fa, f.node, f.todo ?? cannotMigrateTodo(id, req, options.target)) });
  }
  // Test assertions follow the code under test (issue 17, item 6): the
  // project modules the file imports when it imports any, else the file
  // itself. An id the code under test moves in this run moves in the
  // assertions (a TODO where the asserted request has parameters the
  // migration changes); an id only this file moved stays, with a TODO.
  const tested = isTestFile(fa.index.file) ? importedModules(fa.index) : [];
  const moving = tested.length ? idsMovedIn(tested, options, ctx) : migrated;
  const stale = new Map([...migrated].filter(([id]) => !moving.has(id)));
  const staleCalls = new Set<Node>();
  for (const spot of assertionsOn(fa.index, stale)) {
    staleCalls.add(spot.call);
    const ids = [...stale].map(([from]) => `\`${from}\``).join(', ');
    plans.push({ label: 'TODO: assertion (code under test unchanged)', edits: todoEdits(fa, spot.call, `${TODO_MARKER}: this assertion expects ${ids}, which the code under test (${tested.map((f) => path.basename(f)).join(', ')}) still sends after this migration; update it when that code moves to \`${options.target}\`.`) });
  }
  for (const spot of assertionsOn(fa.index, moving)) {
    if (staleCalls.has(spot.call)) continue;
    const changed = keysTheMigrationChanges(spot, options.target);
    if (changed.length) {
      const ids = [...moving].map(([from, to]) => `\`${from}\` -> \`${to}\``).join(', ');
      plans.push({ label: 'TODO: assertion', edits: todoEdits(fa, spot.call, `${TODO_MARKER}: this assertion expects the request as it was before the migration (${ids}); update its ${changed.map((k) => `\`${k}\``).join(', ')} to the migrated request.`) });
    } else {
      plans.push({ label: 'assertion follows the migrated id', edits: spot.edits });
    }
  }
  return plans;
}

/**
 * Requests already on a current model whose parameters the model rejects
 * (`style`, `response_format`, `quality: 'hd'`, `size: '256x256'` on
 * `gpt-image-2`): the same parameter edits a migration to that model makes,
 * when the model is certain (one id, fully known). A HiAPI task id with a
 * suffix becomes the plain id. A Responses `tool_choice` that forces the
 * image_generation tool gets the tool it forces.
 */
function fixCurrentRequests(fa: FileAnalysis, options: CodemodOptions): Planned[] {
  const plans: Planned[] = [];
  for (const req of fa.requests) {
    const hit = req.model.hit;
    if (!hit || !isObjectLike(req.params) || !req.site.shape.editable) continue;
    const ids = [...new Set(stringCandidates(hit.value).map((c) => c.value))];
    if (ids.length !== 1) continue;
    const model = getModel(ids[0]);
    if (!model || statusOn(model, options.today) !== 'active') continue;
    const client = clientKind(fa.index, req.site);
    if (client?.kind === 'azure') continue;
    // A model chosen at run time with this fallback: on OpenAI what no live model accepts goes; the rest stays as it is.
    const runtime = req.model.uncertain || !isFullyKnown(hit.value);
    if (runtime && elsewhereOf(client, req) !== undefined) continue;
    const edits = planMigration(fa.index, req, model, { replaceModel: () => false, today: options.today, onlyDead: runtime });
    if (edits?.length) plans.push({ label: `parameters fixed for ${model.id}`, edits });
  }
  for (const f of unknownModelFindings(fa, { allow: [] })) {
    if (f.messageId === 'taskIdNotPlain' && f.suggestions.length === 1) plans.push({ label: `${String(f.data.id)} -> ${String(f.data.base)}`, edits: f.suggestions[0].edits });
  }
  for (const f of unsupportedParamFindings(fa)) {
    if (f.messageId !== 'toolChoiceWithoutTool') continue;
    const edits = toolForToolChoice(fa, f.node, options.target);
    plans.push(edits ? { label: 'image_generation tool added for tool_choice', edits } : { label: 'TODO: tool_choice', edits: todoEdits(fa, f.node, `${TODO_MARKER}: \`tool_choice\` forces the image_generation tool, but \`tools\` does not have it; add \`{ type: 'image_generation' }\` to \`tools\`.`) });
  }
  return plans;
}

/** Adds `{ type: 'image_generation', model: target }` to the `tools` of the Responses call whose `tool_choice` is `node` (or holds it). */
function toolForToolChoice(fa: FileAnalysis, node: Node, target: string): TextEdit[] | undefined {
  const site = fa.sites.find((s) => s.api === 'responses' && within(node, s.call));
  if (!site || site.params.kind !== 'object') return undefined;
  const text = fa.index.text;
  const tool = `{ type: ${literalLike(text, site.params.node, IMAGE_TOOL_TYPE.value)}, model: ${literalLike(text, site.params.node, target)} }`;
  const tools = lookupProperty(fa.index, site.params, 'tools');
  if (tools.uncertain) return undefined;
  if (!tools.hit) return [addProperty(text, site.params.node, `tools: [${tool}]`)];
  if (tools.hit.value.kind !== 'array' || tools.hit.via.length) return undefined;
  return [appendElement(text, tools.hit.value.node, tool)];
}

/**
 * Reads of `url` on the result of a call that now certainly uses a GPT image
 * model (which returns base64 only). By default each value is followed to its
 * uses: a data URL where one works, the decoded bytes where the URL was
 * downloaded, a TODO naming the sink elsewhere. `--url data-url` or
 * `--url todo` apply one rewrite everywhere.
 */
function rewriteUrlReads(fa: FileAnalysis, options: CodemodOptions): Planned[] {
  const plans: Planned[] = [];
  const auto: { read: UrlRead; model: string; plan: UrlReadPlan; at: number }[] = [];
  for (const read of urlReads(fa)) {
    const verdict = readVerdict(fa.index, read, options.today);
    if (!verdict) continue;
    const model = verdict.model;
    if (verdict.kind === 'some') {
      plans.push({ label: 'TODO: url read (several requests)', edits: todoEdits(fa, read.node, urlSomeTodo(model)) });
      continue;
    }
    if (options.url === 'auto') {
      const plan = planUrlRead(fa, read, model);
      auto.push({ read, model, plan, at: plans.length });
      plans.push({ label: `url read -> ${plan.kind}`, edits: plan.edits });
    } else {
      plans.push({ label: `url read -> ${options.url}`, edits: urlReadEdits(fa, read, options.url) });
    }
  }
  // A check on `url` that guards a read left with a TODO stays with it, with its own TODO: the two halves move together.
  for (const c of auto) {
    if (c.plan.kind !== 'check') continue;
    const region = guardedBy(fa, c.read.node);
    const [rs, re] = region ? rangeOf(region) : [0, -1];
    const guardsTodo = auto.some((o) => o.plan.kind === 'todo' && o.read.requests.some((r) => c.read.requests.includes(r)) && rangeOf(o.read.node)[0] >= rs && rangeOf(o.read.node)[1] <= re);
    if (guardsTodo) plans[c.at] = { label: 'TODO: url check', edits: todoEdits(fa, c.read.node, urlCheckTodo(c.model)) };
  }
  return plans;
}

/**
 * The last step: every finding the rules still report gets a TODO on its
 * line or right above it (unless one is already within three lines above),
 * so nothing the migration leaves goes unmentioned.
 */
function markLeftovers(fa: FileAnalysis, options: CodemodOptions): Planned[] {
  return leftoverEdits(fa, { target: options.target, today: options.today, textModel: options.textModel }, (node) => requestOf(fa, node));
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
 * image_generation tools are left alone: without a `model` the API uses its
 * current default, and adding one would pin an older model.
 */
function requireModel(fa: FileAnalysis, options: CodemodOptions): Planned[] {
  const plans: Planned[] = [];
  for (const f of requireModelFindings(fa, { target: options.target, today: options.today })) {
    if (requestOf(fa, f.node)?.endpoint === 'responses-tool') continue;
    const s = f.suggestions[0];
    if (s) plans.push({ label: `model: ${options.target} added`, edits: s.edits });
    else plans.push({ label: 'TODO: no model', edits: todoEdits(fa, f.node, f.todo ?? `${TODO_MARKER}: this request names no model, and ${options.target} does not serve it; name a model.`) });
  }
  return plans;
}

/** The `createImageEdit` parameter order of the v3 versions `dep` may run with, when they agree. */
function v3EditParams(dep: DependencyInfo): readonly string[] | undefined {
  const orders = OPENAI_V4_MIGRATION.editArgs;
  const orderFor = (v: Version) => [...orders].reverse().find((o) => compareVersions(v, parseVersion(o.from)!) >= 0);
  const locked = dep.locked.map(parseVersion).filter((v): v is Version => !!v);
  if (locked.length) {
    const found = new Set(locked.map(orderFor));
    return found.size === 1 ? [...found][0]?.params : undefined;
  }
  const range = (dep.range ?? '').trim();
  const floor = rangeFloor(range);
  if (!floor) return undefined;
  // `^3.1.0` (or `3.x`) may install any later 3.x; `~3.1.0` and `3.1.0` stay in their minor.
  const open = /^(\^|>)/.test(range) || /^\d+(?:\.[x*])?$/.test(range);
  const low = orderFor(floor.min);
  const high = open ? orders[orders.length - 1] : low;
  return low && low === high ? low.params : undefined;
}

/**
 * A file on the openai v3 SDK moves to openai v4 as a whole (and the nearest
 * package.json's `openai` range with it), or gets one TODO saying why not.
 */
function openaiV4(fa: FileAnalysis, options: CodemodOptions, ctx: PlanContext): Planned[] {
  // A file that calls a v3 client of another module need not name `OpenAIApi`: planV3File decides.
  if (!fa.index.text.includes(OPENAI_V3.clientClass) && !fa.requests.some((r) => r.site.shape.id === 'openai-v3')) return [];
  const dep = ctx.dependency('openai');
  const own = v3Context(dep);
  let plan = planV3File(fa, own);
  if (plan.kind === 'edits' && dep) {
    // The range moves for the whole package: every other v3 file of it must move too.
    const blocker = v3PackageBlocker(dep.packageJson, (file) => v3Context(dependencyInfo(file, 'openai')), ctx.inRun);
    if (blocker) plan = planV3File(fa, { ...own, packageProblem: blocker });
  }
  if (plan.kind === 'none') return [];
  if (plan.kind === 'todo') return [{ label: 'TODO: openai v3', edits: todoEdits(fa, plan.node, v3Todo(plan.reason, options.target)) }];
  return [
    {
      label: `openai v3 -> v4 (package.json: openai ${OPENAI_V4_MIGRATION.range})`,
      edits: plan.edits,
      packageEdits: [{ packageJson: dep!.packageJson, dependency: 'openai', range: OPENAI_V4_MIGRATION.range }],
    },
  ];
}

export const TRANSFORMS: Readonly<Record<TransformName, TransformDef>> = {
  'openai-v4': {
    description: 'Moves a file from the openai v3 SDK (`OpenAIApi`) to openai v4 (client, image calls, results, errors, the package.json range), or leaves one TODO saying why not',
    steps: [openaiV4],
  },
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
    steps: [migrateImageModel, fixCurrentRequests, rewriteUrlReads, markLeftovers],
  },
};

/** A target must be an active image model of the catalog (not deprecated, not shut down): the rules' `target` schema asks the same. */
export function checkTarget(id: string, today: string): { error?: string } {
  const error = targetProblem(id, today);
  return error ? { error } : {};
}
