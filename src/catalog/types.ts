/**
 * Shapes of the catalog. The catalog is data: every fact carries the keys of
 * the sources it comes from (see `sources.ts`), and facts that no primary
 * source confirms say so with `unconfirmed: true`.
 */
import type { SourceKey } from './sources.js';

export interface Sourced {
  /** Keys into `sources`. */
  src: readonly SourceKey[];
  /** True when no primary source (SDK, spec, OpenAI page) confirms the fact. */
  unconfirmed?: boolean;
  /** Where sources disagree or the fact needs a caveat. */
  note?: string;
}

export interface Fact<T> extends Sourced {
  value: T;
}

/** The API surfaces an image model can be sent to. */
export type Endpoint = 'generations' | 'edits' | 'variations' | 'responses-tool';

export const ENDPOINTS: readonly Endpoint[] = ['generations', 'edits', 'variations', 'responses-tool'];

export type Line = 'dall-e' | 'gpt-image';

export interface FixedSizes extends Sourced {
  kind: 'fixed';
  sizes: readonly string[];
}

export interface FlexibleSizes extends Sourced {
  kind: 'flexible';
  /** Fixed keywords also accepted, such as `auto`. */
  keywords: readonly string[];
  multipleOf: number;
  maxEdge: number;
  /** Longest edge divided by the shortest edge may not exceed this. */
  maxRatio: number;
  minPixels: number;
  maxPixels: number;
  /** Above this many pixels the size is documented as experimental. */
  experimentalAbovePixels: number;
  /**
   * The edge, ratio and pixel limits above rest on secondary sources for this
   * model: only the `WIDTHxHEIGHT` form and `rejects` are checked.
   */
  limitsUnconfirmed?: boolean;
  /** Sizes certainly rejected even when the limits are unconfirmed (DALL-E-only sizes), with their source. */
  rejects?: Sourced & { sizes: readonly string[]; reason: string };
}

export type SizeRule = FixedSizes | FlexibleSizes;

/**
 * What an endpoint does with one request parameter for one model.
 * A parameter that a model's table does not mention is not known to the
 * catalog and is never reported (no crying wolf).
 */
export type ParamRule =
  /**
   * `unconfirmedValues`: values only a secondary source names for the model;
   * never reported, but not offered either.
   */
  | (Sourced & { kind: 'enum'; values: readonly string[]; preview?: readonly string[]; unconfirmedValues?: readonly string[] })
  | (Sourced & { kind: 'int'; min: number; max: number })
  | (Sourced & { kind: 'bool' })
  /** `deprecatedFor`: still accepted, but deprecated in favour of that parameter. */
  | (Sourced & { kind: 'string'; maxLength?: number; deprecatedFor?: string })
  | (Sourced & { kind: 'any' })
  | (Sourced & { kind: 'size'; rule: SizeRule })
  /**
   * Sent, it is rejected (or, for `omit`, the API says not to send it).
   * `droppable`: values that ask for what the model does anyway, so removing
   * the parameter is certainly equivalent (an autofix).
   */
  | (Sourced & { kind: 'unsupported'; reason: string; omit?: boolean; renameTo?: string; droppable?: readonly string[] });

export type ParamTable = Readonly<Record<string, ParamRule>>;

/** A rule between two parameters of one request, e.g. compression needs jpeg or webp. */
export interface ParamCombination extends Sourced {
  /** The parameter whose presence (and value, when `whenValues` is set) triggers the rule. */
  param: string;
  whenValues?: readonly string[];
  /** The other parameter, and the values it must have. */
  requires: string;
  requiresValues: readonly string[];
  /** Report also when `requires` is absent (its default does not satisfy the rule). */
  requiredWhenAbsent?: boolean;
  /** The value `requires` takes when absent: reported when it does not satisfy the rule (the parameter then does nothing). */
  whenAbsent?: string;
  message: string;
}

/**
 * A parameter (or one of its values) that rules another out of the same
 * request: SVG output needs `n: 1` and no streaming, GIF output takes no mask,
 * `markup` cannot be combined with `mask`.
 */
export interface ParamExclusion extends Sourced {
  /** The parameter whose presence (and value, when `whenValues` is set) triggers the rule. */
  param: string;
  whenValues?: readonly string[];
  /** The parameter it rules out. */
  excludes: string;
  /** Values of `excludes` that are fine alongside (`n: 1`, `stream: false`, `partial_images: 0`). */
  allowed?: readonly (string | number | boolean)[];
  /** Where the rule is documented (the tool has no `n`, `stream` or `mask`). */
  endpoints: readonly Exclude<Endpoint, 'variations'>[];
  message: string;
}

export interface PerImagePrice extends Sourced {
  /** quality -> size -> USD per image */
  usd: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface TokenPrice extends Sourced {
  /** USD per 1M tokens; undefined where no source gives a number */
  textIn?: number;
  textCached?: number;
  imageIn?: number;
  imageCached?: number;
  imageOut?: number;
}

export interface ModelRecord {
  id: string;
  /** The alias a dated snapshot belongs to; the id itself for aliases. */
  family: string;
  line: Line;
  /** Listed in the `ImageModel` type of the pinned `openai` SDK. */
  inSdk: boolean;
  released?: Fact<string>;
  deprecated?: Fact<string>;
  shutdown?: Fact<string>;
  /** OpenAI's recommended replacements, newest advice first. */
  replacements: Fact<readonly string[]>;
  /** Endpoints that accept the model, with the parameters each accepts. */
  endpoints: Partial<Record<Endpoint, ParamTable>>;
  /** Default value of a parameter the model applies when it is omitted. */
  defaults?: Readonly<Record<string, string>>;
  perImage?: PerImagePrice;
  tokens?: TokenPrice;
}

export type Status = 'active' | 'deprecated' | 'shut-down';

/** Mainline (text) models that can call the Responses `image_generation` tool. */
export interface TextModelRecord {
  id: string;
  supportsImageTool: Fact<boolean>;
  shutdown?: Fact<string>;
  /** Listed in the `ResponsesModel` / `ChatModel` type of the pinned `openai` SDK. */
  inSdk?: boolean;
}
