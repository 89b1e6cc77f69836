/**
 * What the checks say and offer differently for the call shapes of libraries,
 * raw HTTP and gateways, read from the catalog's shape records: the way out
 * of a library that cannot work, the note that a gateway may accept its own
 * ids, and whether a fix may edit the request at all.
 */
import { type ClientKind, type ImageRequest, clientKind } from '../calls.js';
import type { TextEdit } from '../edits.js';
import type { FileAnalysis } from '../index.js';
import { planV3Rewrite } from '../migrate.js';

/** ` This request goes to <url>, not api.openai.com; ...` for a gateway client, else ''. */
export function gatewayNote(kind: ClientKind | undefined, id: string): string {
  if (kind?.kind !== 'gateway') return '';
  const where = kind.baseUrl ? `\`${kind.baseUrl}\`` : 'a gateway (its own `baseURL`)';
  return ` This request goes to ${where}, not api.openai.com; if that gateway serves \`${id}\`, add it to \`allow\`.`;
}

/** ` <how to get off the library>` for shapes that cannot be fixed in place, else ''. */
export function wayOut(req: ImageRequest): string {
  return req.site.shape.wayOut ? ` ${req.site.shape.wayOut}` : '';
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
 * shapes, the v4 rewrite for openai v3; undefined when the shape cannot be
 * fixed by editing the request (the library sends what breaks it anyway, or
 * the v3 result is used in a way that is not clearly the same after the rewrite).
 */
export function shapeEdits(fa: FileAnalysis, req: ImageRequest): TextEdit[] | undefined {
  if (!req.site.shape.editable) return undefined;
  if (req.site.shape.id === 'openai-v3') return planV3Rewrite(fa.index, req);
  return [];
}

export { clientKind };
