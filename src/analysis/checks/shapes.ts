/**
 * What the checks say and offer differently for the call shapes of libraries,
 * raw HTTP and gateways, read from the catalog's shape records: the way out
 * of a library that cannot work, the note that a gateway may accept its own
 * ids, and whether a fix may edit the request at all.
 */
import { AZURE, DEFAULT_TARGET, TODO_MARKER, knownGatewayOf } from '../../catalog/index.js';
import { type ClientKind, type ImageRequest, clientKind } from '../calls.js';
import type { TextEdit } from '../edits.js';
import type { FileAnalysis } from '../index.js';

/**
 * ` This request goes to <url>, not api.openai.com; ...` for a gateway
 * client, the deployment advice for Azure, else ''.
 */
export function gatewayNote(kind: ClientKind | undefined, id: string, req?: ImageRequest): string {
  if (kind?.kind === 'azure') return ` ${AZURE.advice}`;
  if (kind?.kind !== 'gateway' || req?.site.shape.id === 'hiapi-tasks') return '';
  const where = kind.baseUrl ? `\`${kind.baseUrl}\`` : 'a gateway (its own `baseURL`)';
  return ` This request goes to ${where}, not api.openai.com; if that gateway serves \`${id}\`, add it to \`allow\`.`;
}

/**
 * Where a call may go other than OpenAI, described for a TODO: a gateway's
 * base URL, a URL the file does not spell, or a client made elsewhere.
 * Undefined only when the call certainly goes to OpenAI, as far as the file
 * shows (a client made here without another `baseURL`, OpenAI's own URL).
 */
export function elsewhereOf(kind: ClientKind | undefined, req: ImageRequest): string | undefined {
  if (kind?.kind === 'openai') return undefined;
  if (kind?.kind === 'gateway') return kind.baseUrl ? `\`${kind.baseUrl}\`` : 'a gateway whose `baseURL` this file does not spell';
  if (kind?.kind === 'azure') return 'an Azure deployment';
  return req.site.http ? 'a URL this file does not spell' : 'a client this file does not show being made';
}

/** True when the client is a gateway documented (in the catalog) to serve `id`. */
export function gatewayServes(kind: ClientKind, id: string): boolean {
  return kind.kind === 'gateway' && !!knownGatewayOf(kind.baseUrl)?.serves.includes(id);
}

/** The TODO for a legacy id sent to a gateway not known to serve the target. */
export function gatewayTodo(kind: ClientKind, id: string, target: string): string {
  if (kind.kind === 'gateway' && kind.baseUrl) {
    return `${TODO_MARKER}: \`${id}\` goes to \`${kind.baseUrl}\`, not api.openai.com, and that gateway is not known to serve \`${target}\`; check its model list and change the id by hand.`;
  }
  return `${TODO_MARKER}: \`${id}\` goes to a \`baseURL\` this file does not spell (a gateway?), not known to serve \`${target}\`; check what it serves and change the id by hand.`;
}

/** ` <how to get off the library>` (naming `target`) for shapes that cannot be fixed in place, else ''. */
export function wayOut(req: ImageRequest, target: string = DEFAULT_TARGET.value): string {
  return req.site.shape.wayOut ? ` ${req.site.shape.wayOut.replaceAll('{target}', target)}` : '';
}

/** The library's types do not accept `id` as the model (a fix putting it there would not type-check). */
export function typedOut(req: ImageRequest, id: string): boolean {
  const typed = req.site.shape.typedModels?.value;
  return !!typed && !typed.includes(id);
}

/** ` <library> types model as ...` when the target would not type-check there, else ''. */
export function typedNote(req: ImageRequest, target: string | undefined): string {
  const typed = req.site.shape.typedModels?.value;
  if (!typed || !target || typed.includes(target)) return '';
  return ` ${req.site.shape.label} types \`model\` as ${typed.map((t) => `\`${t}\``).join(' | ')}, so \`${target}\` needs a cast (\`as any\`) until the library widens the type.`;
}

/**
 * The edits a fix needs besides the request's own parameters: none for most
 * shapes; undefined when the shape cannot be fixed by editing the request (the
 * library sends what breaks it anyway, or, for openai v3, the call only works
 * once the whole file moves to openai v4, which the codemod's `openai-v4`
 * transform does).
 */
export function shapeEdits(_fa: FileAnalysis, req: ImageRequest): TextEdit[] | undefined {
  if (!req.site.shape.editable || req.site.shape.id === 'openai-v3') return undefined;
  return [];
}

/** The TODO a transform leaves for a finding on a shape it cannot fix in place. */
export function shapeTodo(req: ImageRequest, kind: ClientKind | undefined, id: string, target: string | undefined): string | undefined {
  const why = wayOut(req, target) + typedNote(req, target) + (kind?.kind === 'azure' ? ` ${AZURE.advice}` : '');
  if (!why) return undefined;
  return `${TODO_MARKER}: \`${id}\` through ${req.site.shape.label} cannot be migrated automatically.${why}`;
}

export { clientKind };
