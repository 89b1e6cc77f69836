/**
 * Queries for building the cheapest real request to a model, and for pricing
 * what came back. Used by `gpt-image verify --generate`. The facts they read
 * (sizes, qualities, prices) stay in the model tables; the few facts added
 * here are sourced like the rest of the catalog.
 */
import { DEFAULT_TARGET, SIZE_FALLBACK } from './migration.js';
import { MODELS } from './models.js';
import type { Endpoint, Fact, ModelRecord, SizeRule } from './types.js';
import type { SourceKey } from './sources.js';

/** Qualities from cheapest to dearest, for models without a per-image price table. */
export const QUALITY_COST_ORDER: Fact<readonly string[]> = {
  value: ['low', 'standard', 'medium', 'high', 'hd', 'xhigh', 'max'],
  src: ['G-0727', 'pricing-dalle', 'apiyi-2.5'],
  note: 'Every price table prices low < medium < high (GPT image) and standard < hd (DALL-E); xhigh and max are above high.',
};

/** Where an organisation is verified, as OpenAI's 403 message says. */
export const ORG_VERIFICATION_URL: Fact<string> = {
  value: 'https://platform.openai.com/settings/organization/general',
  src: ['php-565', 'G-0727'],
  note: '403 "Your organization must be verified to use the model ... Please go to: <this URL> and click on Verify Organization."',
};

/**
 * The smallest size (by pixels) a size rule accepts; ties go to the squarer,
 * then the wider size. Where the flexible limits are unconfirmed (2.6), the
 * square standard size every GPT image model supports.
 */
export function smallestSize(rule: SizeRule): string | undefined {
  if (rule.kind === 'flexible' && rule.limitsUnconfirmed) return SIZE_FALLBACK.value.square;
  if (rule.kind === 'fixed') {
    const sized = rule.sizes
      .map((s) => ({ s, m: /^(\d+)x(\d+)$/.exec(s) }))
      .filter((x): x is { s: string; m: RegExpExecArray } => x.m !== null)
      .map(({ s, m }) => ({ s, w: Number(m[1]), h: Number(m[2]) }));
    sized.sort((a, b) => a.w * a.h - b.w * b.h || ratio(a.w, a.h) - ratio(b.w, b.h) || b.w - a.w);
    return sized[0]?.s;
  }
  let best: { w: number; h: number } | undefined;
  const step = rule.multipleOf;
  for (let w = step; w <= rule.maxEdge; w += step) {
    // The shortest height that reaches the pixel minimum, rounded up to the step.
    const h = Math.max(step, Math.ceil(rule.minPixels / w / step) * step);
    if (h > rule.maxEdge || ratio(w, h) > rule.maxRatio || w * h > rule.maxPixels) continue;
    if (
      !best ||
      w * h < best.w * best.h ||
      (w * h === best.w * best.h && (ratio(w, h) < ratio(best.w, best.h) || (ratio(w, h) === ratio(best.w, best.h) && w > best.w)))
    ) {
      best = { w, h };
    }
  }
  return best ? `${best.w}x${best.h}` : undefined;
}

function ratio(w: number, h: number): number {
  return Math.max(w, h) / Math.min(w, h);
}

export interface CheapestRequest {
  /** The model whose tables gave the shape (the default target when `model` is not in the catalog). */
  shapeFrom: string;
  /** Parameters to send besides `model` and `prompt`; only those the endpoint accepts for the model. */
  params: Record<string, string | number>;
  size?: string;
  quality?: string;
}

/**
 * The cheapest request an endpoint takes for a model: the smallest accepted
 * size, the cheapest quality, one image. For an id the catalog does not know
 * (a gateway id), the shape of the default migration target.
 */
export function cheapestImageRequest(modelId: string, endpoint: Endpoint): CheapestRequest {
  const model = MODELS.find((m) => m.id === modelId) ?? MODELS.find((m) => m.id === DEFAULT_TARGET.value);
  const table = model?.endpoints[endpoint];
  const params: Record<string, string | number> = {};
  if (!model || !table) return { shapeFrom: model?.id ?? modelId, params };
  const sizeRule = table.size?.kind === 'size' ? table.size.rule : undefined;
  const size = sizeRule ? smallestSize(sizeRule) : undefined;
  if (size) params.size = size;
  const qualityRule = table.quality;
  let quality: string | undefined;
  if (qualityRule?.kind === 'enum') quality = cheapestQuality(model, qualityRule.values, size);
  if (quality) params.quality = quality;
  if (table.n?.kind === 'int') params.n = table.n.min;
  return { shapeFrom: model.id, params, size, quality };
}

function cheapestQuality(model: ModelRecord, values: readonly string[], size: string | undefined): string | undefined {
  const priced = model.perImage?.usd;
  const price = (q: string) => (priced && size ? priced[q]?.[size] : undefined);
  const withPrice = values.filter((q) => price(q) !== undefined);
  if (withPrice.length) return withPrice.reduce((a, b) => ((price(b) as number) < (price(a) as number) ? b : a));
  return QUALITY_COST_ORDER.value.find((q) => values.includes(q)) ?? values[0];
}

export interface TokenUsage {
  inputTokens?: number;
  inputTextTokens?: number;
  inputImageTokens?: number;
  outputTokens?: number;
}

export interface CostEstimate {
  usd: number;
  /** `per-image`: the guide's price table; `tokens`: the usage times the token prices. */
  basis: 'per-image' | 'tokens';
  unconfirmed: boolean;
  src: readonly SourceKey[];
}

/**
 * The estimated price of one image: the per-image table when it prices this
 * quality and size, otherwise the reported token usage times the token prices.
 */
export function estimateImageCost(
  modelId: string,
  request: { quality?: string; size?: string },
  usage?: TokenUsage,
): CostEstimate | undefined {
  const model = MODELS.find((m) => m.id === modelId);
  if (!model) return undefined;
  const perImage = model.perImage;
  const listed = request.quality && request.size ? perImage?.usd[request.quality]?.[request.size] : undefined;
  if (perImage && listed !== undefined) {
    return { usd: listed, basis: 'per-image', unconfirmed: !!perImage.unconfirmed, src: perImage.src };
  }
  const t = model.tokens;
  if (!t || !usage || t.imageOut === undefined || usage.outputTokens === undefined) return undefined;
  const textIn = usage.inputTextTokens ?? (usage.inputImageTokens === undefined ? usage.inputTokens ?? 0 : 0);
  const imageIn = usage.inputImageTokens ?? 0;
  const usd = (textIn * (t.textIn ?? 0) + imageIn * (t.imageIn ?? 0) + usage.outputTokens * t.imageOut) / 1_000_000;
  return { usd, basis: 'tokens', unconfirmed: !!t.unconfirmed || t.textIn === undefined, src: t.src };
}
