/**
 * What `migrate` leaves for a person: after every edit it can make, each
 * finding the rules still report gets a `TODO(gpt-image)` on its line or
 * right above it, saying what fails and the ways out (both of them, for a
 * conflict only the user can settle: a transparent background with jpeg,
 * `quality: 'max'` on a model without it, compression with png). A finding
 * that already has a TODO within three lines above keeps that one.
 */
import { DEFAULT_TARGET, TODO_MARKER, getModel, liveModelsAccepting } from '../catalog/index.js';
import { type Node, propertyKey, rangeOf, stringValue, unwrap } from './ast.js';
import type { ImageRequest } from './calls.js';
import { imageModelInResponsesFindings } from './checks/image-model-in-responses.js';
import { legacyModelFindings } from './checks/legacy-model.js';
import { previewFeatureFindings } from './checks/preview-feature.js';
import { requireModelFindings } from './checks/require-model.js';
import { unknownModelFindings } from './checks/unknown-model.js';
import { unsupportedParamFindings } from './checks/unsupported-param.js';
import { URL_TODO, urlResponseFindings } from './checks/url-response.js';
import { type TextEdit, insertAt, lineEnding } from './edits.js';
import type { Finding } from './findings.js';
import type { FileAnalysis } from './index.js';
import { previewTodo } from './migrate.js';

export interface LeftoverOptions {
  target: string;
  today: string;
  textModel: string;
}

/** How many lines above a finding its TODO may be. */
export const TODO_REACH = 3;

const s = (v: unknown) => String(v ?? '');

/** The models still serving the request's endpoint that take `param: value`, as a clause, or ''. */
function movers(req: ImageRequest | undefined, param: string, value: string, today: string): string {
  if (!req) return '';
  const ids = liveModelsAccepting(req.endpoint, param, value, today).map((m) => `\`${m.id}\``);
  return ids.length ? `, or move the call to a model that takes it (${ids.join(', ')})` : '';
}

/** `\`background: 'transparent'\`` for a finding on a property, else 'this parameter'. */
function paramOf(node: Node): string {
  const key = node.type === 'Property' || node.type === 'ObjectProperty' ? propertyKey(node) : undefined;
  const value = key !== undefined ? stringValue(unwrap(node.value)) : undefined;
  return key === undefined ? 'this parameter' : value !== undefined ? `\`${key}: '${value}'\`` : `\`${key}\``;
}

/** The TODO for one finding that the migration could not fix. */
export function leftoverTodo(check: string, f: Finding, req: ImageRequest | undefined, options: LeftoverOptions): string {
  const d = f.data;
  const t = options.target;
  // The check knows why better (a gateway not known to serve the target, a library to leave).
  if (f.todo) return f.todo;
  switch (`${check}/${f.messageId}`) {
    case 'unsupported-param/combination':
      return `${TODO_MARKER}: ${s(d.message)}, but \`${s(d.other)}\` is ${s(d.value)}, so the request fails. Two ways out: change \`${s(d.other)}\`, or drop ${paramOf(f.node)}; only you know which the program needs.`;
    case 'unsupported-param/combinationAbsent':
      return `${TODO_MARKER}: ${s(d.message)}, but \`${s(d.other)}\` is not set, so the request fails. Two ways out: set \`${s(d.other)}\`, or drop ${paramOf(f.node)}.`;
    case 'unsupported-param/badValue':
      return `${TODO_MARKER}: \`${s(d.param)}: "${s(d.value)}"\` is not accepted ${s(d.where)}; the request fails. Use one of ${s(d.allowed)}${movers(req, s(d.param), s(d.value), options.today)}.`;
    case 'unsupported-param/outOfRange':
      return `${TODO_MARKER}: \`${s(d.param)}: ${s(d.value)}\` is ${s(d.limit)} ${s(d.where)}; the request fails. Change the value.`;
    case 'unsupported-param/badSize':
      return `${TODO_MARKER}: \`size: "${s(d.value)}"\` is not accepted ${s(d.where)} (${s(d.reason)}); the request fails. Use a size the model takes.`;
    case 'unsupported-param/unsupported':
    case 'unsupported-param/omit':
      return `${TODO_MARKER}: \`${s(d.param)}\` is not accepted ${s(d.where)}: ${s(d.reason)} Remove it here (or where the value comes from).`;
    case 'unsupported-param/librarySends':
      return `${TODO_MARKER}: ${s(d.library)} always sends \`${s(d.param)}: "${s(d.value)}"\`, which \`${s(d.model)}\` does not accept; the request fails. ${s(d.wayOut)}`;
    case 'unsupported-param/toolChoiceWithoutTool':
      return `${TODO_MARKER}: \`tool_choice\` forces the \`${s(d.tool)}\` tool, but \`tools\` does not include it; add the tool, or remove \`tool_choice\`.`;
    case 'legacy-model/shutDown':
    case 'legacy-model/deprecated': {
      const when = f.messageId === 'shutDown' ? `was shut down on ${s(d.date)}` : `shuts down on ${s(d.date)}`;
      return `${TODO_MARKER}: \`${s(d.id)}\` ${when} and could not be migrated here automatically; move this call to \`${t}\` by hand (and the parameters it does not accept).`;
    }
    case 'unknown-model/nearMiss':
      return `${TODO_MARKER}: \`${s(d.id)}\` is not an OpenAI model id; requests fail with 404 model_not_found. Did you mean ${s(d.advice)}?`;
    case 'unknown-model/taskIdNotPlain':
      return `${TODO_MARKER}: \`${s(d.id)}\` is not a plain model id; the ${s(d.api)} answers 400 to suffixed ids. Use ${s(d.base)}.`;
    case 'unknown-model/notServed':
    case 'unknown-model/nonexistent':
    case 'unknown-model/gatewayId':
    case 'unknown-model/gatewayClient':
    case 'unknown-model/taskNotHosted':
      return `${TODO_MARKER}: \`${s(d.id)}\` is not an image model OpenAI serves; requests to api.openai.com fail with 404 model_not_found. Use \`${t}\` (\`gpt-image models\` lists the others), or add the id to \`allow\` if the endpoint this call goes to serves it.`;
    case 'url-response/urlUndefined':
      return URL_TODO;
    case 'preview-feature/previewValue':
      return previewTodo(s(d.param), s(d.value), s(d.model));
    case 'preview-feature/experimentalSize':
      return `${TODO_MARKER}: \`size: "${s(d.value)}"\` is above the ${s(d.limit)} pixels OpenAI documents as experimental for ${s(d.model)}; check the results, or use a smaller size.`;
    case 'require-model/missingModel':
    case 'require-model/missingToolModel':
    case 'require-model/missingModelWayOut':
      return `${TODO_MARKER}: this ${s(d.call)} names no \`model\`, so ${s(d.consequence)}. Set \`model\` explicitly.${d.wayOut ? ` ${s(d.wayOut)}` : ''}`;
    case 'image-model-in-responses/imageModelAtTopLevel':
      return `${TODO_MARKER}: \`${s(d.id)}\` is an image model; move it into the image_generation tool and put a text model (such as ${options.textModel}) at the top level.`;
    case 'image-model-in-responses/imageModelInChat':
      return `${TODO_MARKER}: \`${s(d.id)}\` is an image model; chat completions cannot generate images. Use images.generate, or responses.create with the image_generation tool.`;
    case 'image-model-in-responses/noImageTool':
      return `${TODO_MARKER}: \`${s(d.id)}\` cannot call the image_generation tool; use a model that can (such as ${options.textModel}).`;
    default:
      return `${TODO_MARKER}: \`gpt-image lint\` reports ${check} (${f.messageId}) here, which the migration could not fix; fix it by hand.`;
  }
}

/** Every finding the rules would report on the file, with the check that found it. */
export function allFindings(fa: FileAnalysis, options: LeftoverOptions): { check: string; finding: Finding }[] {
  const target = getModel(options.target) ? options.target : DEFAULT_TARGET.value;
  const tag = (check: string, list: Finding[]) => list.map((finding) => ({ check, finding }));
  return [
    ...tag('legacy-model', legacyModelFindings(fa, { target, allow: [], today: options.today })),
    ...tag('unknown-model', unknownModelFindings(fa, { allow: [] })),
    ...tag('unsupported-param', unsupportedParamFindings(fa)),
    ...tag('url-response', urlResponseFindings(fa)),
    ...tag('preview-feature', previewFeatureFindings(fa, { today: options.today })),
    ...tag('require-model', requireModelFindings(fa, { target, today: options.today })),
    ...tag('image-model-in-responses', imageModelInResponsesFindings(fa, { textModel: options.textModel, target, today: options.today })),
  ];
}

/** Findings that need a TODO of their own: conflicts only the user can settle. */
const CONFLICTS = new Set(['unsupported-param/combination', 'unsupported-param/combinationAbsent']);

/** The line (1-based) within reach above `line` that already holds `todo`, if any. */
function sameTodoAt(lines: readonly string[], line: number, todo: string): number | undefined {
  const body = todo.replace(/\*\//g, '* /');
  for (let l = line; l >= Math.max(1, line - TODO_REACH); l--) if (lines[l - 1]?.includes(body)) return l;
  return undefined;
}

/** 1-based line of an offset, by binary search over the line starts. */
function lineFinder(text: string): (pos: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (pos) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * The TODO edits for the findings left in a file: a `//` line above a
 * finding that starts its line, else a block comment right before it (so a
 * comment never lands in a string, a template or JSX text). Findings on the
 * same line share one comment. `requestOf` names the request a finding is
 * about (for the ways out it offers).
 */
export function leftoverEdits(
  fa: FileAnalysis,
  options: LeftoverOptions,
  requestOf: (node: Node) => ImageRequest | undefined,
): { label: string; edits: TextEdit[] }[] {
  const text = fa.index.text;
  const lines = text.split('\n');
  const findLine = lineFinder(text);
  const lineOf = (_: string, pos: number) => findLine(pos);
  const todoLines = new Set<number>();
  lines.forEach((l, i) => {
    if (l.includes(TODO_MARKER)) todoLines.add(i + 1);
  });
  const coveredAt = (line: number) => {
    for (let l = line; l >= Math.max(1, line - TODO_REACH); l--) if (todoLines.has(l)) return l;
    return undefined;
  };
  interface Spot {
    pos: number;
    line: number;
    own: boolean;
    texts: string[];
  }
  const spots = new Map<number, Spot>();
  const all = allFindings(fa, options);
  const covered: { line: number; by: number }[] = [];
  for (const { check, finding } of all) {
    // Fixed in the module that defines the value (`migrate` edits it there), not here.
    if (finding.suggestions.some((sg) => sg.edits.some((e) => e.file))) continue;
    // A TODO for a legacy id that is the chosen target is not a leftover: the code is meant to be there.
    if (check === 'legacy-model' && finding.data.id === options.target) continue;
    const start = rangeOf(finding.node)[0];
    const line = lineOf(text, start);
    const todo = leftoverTodo(check, finding, requestOf(finding.node), options);
    // A conflict between two parameters needs its own TODO (another one nearby, a preview note, does not give its ways out).
    const own = CONFLICTS.has(`${check}/${finding.messageId}`);
    const by = own ? sameTodoAt(lines, line, todo) : coveredAt(line);
    if (by !== undefined) {
      covered.push({ line, by });
      continue;
    }
    const ls = text.lastIndexOf('\n', start - 1) + 1;
    const alone = startsItsLine(fa, finding.node, ls);
    const spot = spots.get(line) ?? { pos: alone ? ls : start, line, own: alone, texts: [] };
    if (!spot.texts.includes(todo)) spot.texts.push(todo);
    spots.set(line, spot);
  }
  // A `//` line pushes the lines below it down: a finding whose TODO it pushes out of reach gets its own (a block comment, which moves nothing).
  const inserted = [...spots.values()].filter((sp) => sp.own).map((sp) => sp.line);
  for (const c of covered) {
    const shift = inserted.filter((l) => l > c.by && l <= c.line).length;
    if (c.line + shift - c.by <= TODO_REACH || spots.has(c.line)) continue;
    const finding = all.find((x) => lineOf(text, rangeOf(x.finding.node)[0]) === c.line);
    if (!finding) continue;
    const start = rangeOf(finding.finding.node)[0];
    spots.set(c.line, { pos: start, line: c.line, own: false, texts: [leftoverTodo(finding.check, finding.finding, requestOf(finding.finding.node), options)] });
  }
  const eol = lineEnding(text);
  return [...spots.values()].map((sp) => {
    const body = sp.texts.map((t, i) => (i === 0 ? t : t.replace(`${TODO_MARKER}: `, 'Also: '))).join(' ');
    const indent = sp.own ? /^[ \t]*/.exec(text.slice(sp.pos))![0] : '';
    const comment = sp.own ? `${indent}// ${body.replace(/[\r\n]+/g, ' ')}${eol}` : `/* ${body.replace(/\*\//g, '* /').replace(/[\r\n]+/g, ' ')} */ `;
    return { label: `TODO: left for a person (line ${sp.line})`, edits: [insertAt(sp.pos, comment)] };
  });
}

/**
 * True when `node`, or an ancestor on the same line, starts that line (after
 * indentation): a `//` line above it then lands between tokens, never in a
 * string, a template or JSX text.
 */
function startsItsLine(fa: FileAnalysis, node: Node, lineStart: number): boolean {
  const text = fa.index.text;
  const first = lineStart + /^[ \t]*/.exec(text.slice(lineStart))![0].length;
  for (let n: Node | undefined = node; n && rangeOf(n)[0] >= first; n = fa.index.parents.get(n)) {
    if (rangeOf(n)[0] !== first) continue;
    const p = fa.index.parents.get(n);
    return n.type !== 'JSXText' && !(p && (p.type === 'JSXElement' || p.type === 'JSXFragment' || p.type === 'TemplateLiteral'));
  }
  return false;
}
