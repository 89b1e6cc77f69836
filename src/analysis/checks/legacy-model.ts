/**
 * Legacy (deprecated or shut-down) image models at image call sites.
 */
import {
  type ModelRecord,
  TODO_MARKER,
  VARIATIONS_RETIRED,
  daysBetween,
  getModel,
  knownGatewayOf,
  statusOn,
} from '../../catalog/index.js';
import { type Node, isCall } from '../ast.js';
import { clientEndpoint, nodeInCall } from '../calls.js';
import { describeOrigin } from '../project.js';
import type { Finding } from '../findings.js';
import type { FileAnalysis } from '../index.js';
import { planMigration, unreadWriteTodo, unreadWrites } from '../migrate.js';
import { lookupProperty, stringCandidates } from '../values.js';
import { clientKind, elsewhereOf, gatewayNote, gatewayServes, gatewayTodo, shapeEdits, shapeTodo, typedNote, typedOut, wayOut } from './shapes.js';

export interface LegacyModelOptions {
  /** The model the suggestion migrates to. */
  target: string;
  /** Ids to tolerate. */
  allow: readonly string[];
  /** ISO date the statuses are computed for. */
  today: string;
}

const ENDPOINT_LABEL: Readonly<Record<FileAnalysis['requests'][number]['endpoint'], string>> = {
  generations: 'image generations',
  edits: 'image edits',
  variations: 'image variations',
  'responses-tool': 'the image_generation tool',
};

export type LegacyMessageId = 'shutDown' | 'deprecated' | 'upgradeRecommended' | 'retiredEndpoint' | 'migrate';

/** `a`, `a` or `b`, `a`, `b` or `c` */
export function orList(ids: readonly string[]): string {
  const q = ids.map((i) => `\`${i}\``);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

/** Where an id defined in another module is: the report is at the use, the fix is there. */
export function originNote(fa: FileAnalysis, node: Node): string {
  const origin = describeOrigin(fa.index, node);
  return origin ? ` It is defined in \`${origin}\`; \`gpt-image migrate\` edits it there.` : '';
}

/** The configured target first, then OpenAI's own recommendation in one clause. */
export function replacementAdvice(model: ModelRecord, target?: string): string {
  const r = model.replacements.value.filter((id) => id !== target);
  if (!target) return r.length ? ` OpenAI recommends ${orList(r)}.` : '';
  return r.length ? ` Migrate to \`${target}\` (OpenAI recommends ${orList(r)}).` : ` Migrate to \`${target}\`.`;
}

export function isLegacy(id: string, today: string, allow: readonly string[]): boolean {
  if (allow.includes(id)) return false;
  const m = getModel(id);
  return !!m && statusOn(m, today) !== 'active';
}

export function legacyModelFindings(fa: FileAnalysis, options: LegacyModelOptions): Finding[] {
  const findings: Finding[] = [];
  const target = getModel(options.target);
  for (const req of fa.requests) {
    const hit = req.model.hit;
    if (!hit) continue;
    const retired = retiredEndpoint(fa, req, options);
    if (retired) findings.push(retired);
    for (const c of stringCandidates(hit.value)) {
      if (!isLegacy(c.value, options.today, options.allow)) continue;
      const model = getModel(c.value)!;
      const status = statusOn(model, options.today);
      const date = model.shutdown!.value;
      const days = daysBetween(options.today, date);
      // Narrow: the literal, else the value as written in the call (`openai.image(modelId)`'s argument), never a whole options object.
      const idArg = isCall(hit.prop) ? (hit.prop.arguments[0] as Node | undefined) : undefined;
      const node = nodeInCall(req.site.call, [c.node, hit.prop.value, idArg, ...[...hit.via].reverse(), hit.prop, req.site.arg]);
      const client = clientKind(fa.index, req.site);
      // A gateway that documents still serving the id: the request works there, an upgrade is only recommended.
      const keeps = client?.kind === 'gateway' ? knownGatewayOf(client.baseUrl) : undefined;
      const stillServed = !!keeps?.stillServes?.value.includes(c.value);
      // An Azure deployment name is the team's own: renaming it is not a fix. A gateway
      // takes the target only when it is documented to serve it.
      const unservedGateway = client?.kind === 'gateway' && !!target && !gatewayServes(client, target.id);
      const extra = target && !typedOut(req, target.id) && client?.kind !== 'azure' && !unservedGateway ? shapeEdits(fa, req) : undefined;
      const plan =
        target && target.id !== c.value && extra
          ? planMigration(fa.index, req, target, {
              replaceModel: (id) => isLegacy(id, options.today, options.allow),
              today: options.today,
              elsewhere: elsewhereOf(client, req),
            })
          : undefined;
      const edits = plan && extra ? [...plan, ...extra] : undefined;
      const unread = unreadWrites(req);
      const variations = req.endpoint === 'variations' ? ` ${VARIATIONS_RETIRED.value}` : '';
      // A model the catalog lists without this endpoint (dall-e-3 on edits) never served it.
      const never = !variations && !model.endpoints[req.endpoint] ? ` It never served ${ENDPOINT_LABEL[req.endpoint]} either.` : '';
      findings.push({
        node,
        messageId: stillServed ? 'upgradeRecommended' : status === 'shut-down' ? 'shutDown' : 'deprecated',
        data: {
          id: c.value,
          date,
          days: `${days} ${days === 1 ? 'day' : 'days'}`,
          ...(stillServed ? { gateway: keeps!.name, openai: status === 'shut-down' ? `OpenAI shut it down on ${date}` : `OpenAI shuts it down on ${date}` } : {}),
          advice:
            originNote(fa, c.node) +
            never +
            (variations || replacementAdvice(model, target?.id) + wayOut(req, target?.id) + typedNote(req, target?.id) + (stillServed ? '' : gatewayNote(client, c.value, req))),
        },
        suggestions: edits && edits.length ? [{ messageId: 'migrate', data: { target: target!.id }, edits }] : [],
        todo: unservedGateway
          ? gatewayTodo(client, c.value, target!.id)
          : (target && unread[0] ? unreadWriteTodo(fa.index, unread[0], c.value, target.id) : undefined) ?? shapeTodo(req, client, c.value, target?.id),
      });
    }
  }
  return [...findings, ...responsesTopLevel(fa, options, target)];
}

/**
 * `images.createVariation` with a model that is not itself legacy: the
 * endpoint no longer accepts requests, whatever the model (a legacy id is
 * reported as such, with the same advice). Without a model, `require-model`
 * says it; a gateway or Azure client may route the call elsewhere.
 */
function retiredEndpoint(fa: FileAnalysis, req: FileAnalysis['requests'][number], options: LegacyModelOptions): Finding | undefined {
  const hit = req.model.hit;
  if (req.endpoint !== 'variations' || !hit) return undefined;
  const client = clientKind(fa.index, req.site);
  if (client?.kind === 'gateway' || client?.kind === 'azure') return undefined;
  if (stringCandidates(hit.value).some((c) => isLegacy(c.value, options.today, options.allow))) return undefined;
  const callee = req.site.call.callee as Node | undefined;
  const call = req.site.shape.id === 'sdk' ? `\`${req.site.api}.${req.site.method}\`` : req.site.shape.id === 'http' ? 'a request to `/images/variations`' : `\`${req.site.method}\``;
  return {
    node: callee ?? req.site.call,
    messageId: 'retiredEndpoint',
    data: { call, id: stringCandidates(hit.value)[0]?.value ?? 'its model', wayOut: VARIATIONS_RETIRED.value },
    suggestions: [],
    todo: `${TODO_MARKER}: ${call} goes to the retired variations endpoint, which no longer accepts requests. ${VARIATIONS_RETIRED.value}`,
  };
}

function responsesTopLevel(fa: FileAnalysis, options: LegacyModelOptions, target: ModelRecord | undefined): Finding[] {
  const findings: Finding[] = [];
  // An image model at the top level of a Responses request (`beta.responses.create({ model: 'gpt-image-1' })`):
  // misplaced and legacy. The fix for both is the no-image-model-in-responses suggestion, which moves the target.
  for (const site of fa.sites) {
    if (site.api !== 'responses' || clientEndpoint(fa.index, site) === 'custom') continue;
    const hit = lookupProperty(fa.index, site.params, 'model').hit;
    if (!hit) continue;
    for (const c of stringCandidates(hit.value)) {
      if (!isLegacy(c.value, options.today, options.allow)) continue;
      const model = getModel(c.value)!;
      const date = model.shutdown!.value;
      const days = daysBetween(options.today, date);
      findings.push({
        node: nodeInCall(site.call, [c.node, hit.prop.value, ...[...hit.via].reverse(), site.arg]),
        messageId: statusOn(model, options.today) === 'shut-down' ? 'shutDown' : 'deprecated',
        data: {
          id: c.value,
          date,
          days: `${days} ${days === 1 ? 'day' : 'days'}`,
          advice: `${replacementAdvice(model, target?.id)} As an image model it also belongs in the \`image_generation\` tool, not at the top level.`,
        },
        suggestions: [],
      });
    }
  }
  return findings;
}
