/**
 * Parameter tables per model line and endpoint. Data only: which parameters an
 * endpoint accepts for a model, with allowed values, ranges and sizes.
 * A parameter absent from a table is unknown to the catalog and never reported.
 */
import { DEFAULT_OUTPUT_FORMAT } from './results.js';
import type { FixedSizes, FlexibleSizes, ParamCombination, ParamExclusion, ParamRule, ParamTable } from './types.js';

// ---- sizes ---------------------------------------------------------------

export const DALLE2_SIZES: FixedSizes = {
  kind: 'fixed',
  sizes: ['256x256', '512x512', '1024x1024'],
  src: ['SDK-7.57', 'N', 'N-spec'],
};

export const DALLE3_SIZES: FixedSizes = {
  kind: 'fixed',
  sizes: ['1024x1024', '1792x1024', '1024x1792'],
  src: ['N', 'N-spec'],
};

export const GPT1_SIZES: FixedSizes = {
  kind: 'fixed',
  sizes: ['1024x1024', '1536x1024', '1024x1536', 'auto'],
  src: ['SDK-7.57', 'N', 'G-0727'],
};

export const FLEXIBLE_SIZES: FlexibleSizes = {
  kind: 'flexible',
  keywords: ['auto'],
  multipleOf: 16,
  maxEdge: 3840,
  maxRatio: 3,
  minPixels: 655_360,
  maxPixels: 8_294_400,
  experimentalAbovePixels: 2560 * 1440,
  src: ['SDK-7.57', 'G-0727'],
  note: 'The SDK names gpt-image-2 and the 2.5 models; the pixel budget comes from the July 2026 guide.',
};

export const FLEXIBLE_SIZES_26: FlexibleSizes = {
  ...FLEXIBLE_SIZES,
  src: ['SDK-7.57', 'comfy-v3', 'G-late'],
  limitsUnconfirmed: true,
  rejects: {
    sizes: ['256x256', '512x512'],
    reason: 'a DALL-E 2 size; the smallest standard size of the GPT image models is 1024x1024',
    src: ['SDK-7.57', 'N'],
  },
  note:
    'The SDK size doc does not name the 2.6 models for arbitrary sizes (third parties apply the gpt-image-2 limits), so only what every GPT image model rejects is checked: ' +
    'a size that is not WIDTHxHEIGHT (or auto), and the DALL-E 2 sizes. "The standard sizes 1024x1024, 1536x1024 and 1024x1536 are supported by the GPT image models" (SDK 7.57).',
};

// ---- building blocks -----------------------------------------------------

const any = (...src: ParamRule['src'][number][]): ParamRule => ({ kind: 'any', src });

const STYLE_UNSUPPORTED: ParamRule = {
  kind: 'unsupported',
  reason: '`style` is a DALL-E 3 parameter; GPT image models reject it. Describe the style in the prompt instead.',
  src: ['SDK-7.57', 'N'],
};

const RESPONSE_FORMAT_UNSUPPORTED: ParamRule = {
  kind: 'unsupported',
  reason: 'GPT image models always return base64 (`b64_json`) and reject `response_format` with 400 unknown_parameter.',
  src: ['SDK-7.57', 'vercel-6102'],
  droppable: ['b64_json'],
};

const gptOnly = (param: string): ParamRule => ({
  kind: 'unsupported',
  reason: `\`${param}\` is a GPT image model parameter; DALL-E models do not accept it.`,
  src: ['SDK-7.57', 'N', 'facts'],
});

const GPT_ONLY_ON_DALLE = {
  background: gptOnly('background'),
  output_format: gptOnly('output_format'),
  output_compression: gptOnly('output_compression'),
  moderation: gptOnly('moderation'),
  stream: gptOnly('stream'),
  partial_images: gptOnly('partial_images'),
  input_fidelity: gptOnly('input_fidelity'),
} satisfies ParamTable;

const COMMON_GPT = {
  model: any('SDK-7.57'),
  prompt: { kind: 'string', maxLength: 32_000, src: ['SDK-7.57', 'N'] },
  n: { kind: 'int', min: 1, max: 10, src: ['SDK-7.57', 'N'] },
  quality: { kind: 'enum', values: ['low', 'medium', 'high', 'auto'], src: ['SDK-7.57', 'N', 'G-0727'] },
  background: { kind: 'enum', values: ['transparent', 'opaque', 'auto'], src: ['SDK-7.57', 'N'] },
  output_format: { kind: 'enum', values: ['png', 'jpeg', 'webp'], src: ['SDK-7.57', 'N', 'G-late'] },
  output_compression: { kind: 'int', min: 0, max: 100, src: ['SDK-7.57', 'N'] },
  stream: { kind: 'bool', src: ['SDK-7.57', 'N'] },
  partial_images: { kind: 'int', min: 0, max: 3, src: ['SDK-7.57', 'N'] },
  user: {
    kind: 'string',
    deprecatedFor: 'safety_identifier',
    src: ['SDK-7.57', 'N'],
    note: '"Deprecated: use `safety_identifier` instead. This parameter remains accepted for backward compatibility" (SDK 7.57).',
  },
  safety_identifier: { kind: 'string', src: ['SDK-7.57'] },
  style: STYLE_UNSUPPORTED,
  response_format: RESPONSE_FORMAT_UNSUPPORTED,
} satisfies ParamTable;

const GENERATE_ONLY_GPT = {
  moderation: { kind: 'enum', values: ['low', 'auto'], src: ['SDK-7.57', 'N'] },
} satisfies ParamTable;

const EDIT_ONLY = {
  image: any('SDK-7.57', 'N'),
  mask: any('SDK-7.57', 'N'),
} satisfies ParamTable;

const INPUT_FIDELITY_HIGH_LOW: ParamRule = { kind: 'enum', values: ['high', 'low'], src: ['SDK-7.57', 'N'] };
const INPUT_FIDELITY_MINI: ParamRule = {
  kind: 'enum',
  values: ['low'],
  src: ['SDK-7.57'],
  note: '"`gpt-image-1-mini` supports only `low`" (SDK 7.57 doc comment).',
};
const INPUT_FIDELITY_OMIT: ParamRule = {
  kind: 'unsupported',
  omit: true,
  reason: 'gpt-image-2 always processes input images at high fidelity; OpenAI says to omit `input_fidelity` ("the API doesn\'t allow changing it").',
  src: ['SDK-7.57', 'G-0727'],
  note: 'The OpenAPI spec says the model ignores the parameter; the SDK and the guide say omit it.',
};

/** Parameters of the 2.5 generation: flexible sizes, xhigh/max quality. */
const QUALITY_25: ParamRule = {
  kind: 'enum',
  values: ['low', 'medium', 'high', 'xhigh', 'max', 'auto'],
  src: ['SDK-7.57', 'apiyi-2.5'],
};
const QUALITY_26: ParamRule = {
  kind: 'enum',
  values: ['low', 'medium', 'high', 'auto'],
  unconfirmedValues: ['xhigh', 'max'],
  src: ['SDK-7.57', 'apidog-2.6'],
  note:
    '"The GPT image models support low, medium, and high", auto is the default (SDK 7.57): certain, so DALL-E qualities are reported. ' +
    'The SDK names only the 2.5 models for xhigh/max; a secondary source lists them for 2.6, so they are neither reported nor offered.',
};

const GIF_SVG_26 = {
  output_format: { kind: 'enum', values: ['png', 'jpeg', 'webp', 'gif', 'svg'], src: ['SDK-7.57', 'G-late'] },
  complexity: { kind: 'enum', values: ['low', 'medium', 'high'], src: ['SDK-7.57', 'G-late'] },
  frame_count: { kind: 'int', min: 2, max: 16, src: ['SDK-7.57'] },
  frame_duration_ms: {
    kind: 'any',
    src: ['SDK-7.57'],
    note: '"GIF output rounds to the nearest 10 ms and caps the encoded delay at 655,350 ms per frame": a larger value is capped, not rejected.',
  },
  svg: any('SDK-7.57'),
} satisfies ParamTable;

const only26 = (param: string): ParamRule => ({
  kind: 'unsupported',
  reason: `\`${param}\` is a gpt-image-2.6 parameter (GIF and SVG output, planning complexity); earlier GPT image models do not take it.`,
  src: ['G-late', 'SDK-7.57', 'facts'],
  note: 'Facts sheet §2a and §10.5: complexity and gif/svg output only on 2.6 (the 2.6 section of the late-2026 guide). The 2.5 models are left open: a fixed planning depth is reported only by a third party.',
});

/** The 2.6 parameters, on the GPT image models before 2.5. */
const ONLY_26 = {
  complexity: only26('complexity'),
  frame_count: only26('frame_count'),
  frame_duration_ms: only26('frame_duration_ms'),
  svg: only26('svg'),
} satisfies ParamTable;

// ---- tables per line -----------------------------------------------------

export const DALLE2_GENERATE: ParamTable = {
  model: any('SDK-7.57'),
  prompt: { kind: 'string', maxLength: 1000, src: ['N', 'N-spec'] },
  n: { kind: 'int', min: 1, max: 10, src: ['N', 'N-spec'] },
  size: { kind: 'size', rule: DALLE2_SIZES, src: DALLE2_SIZES.src },
  quality: { kind: 'enum', values: ['standard'], src: ['N', 'N-spec'] },
  response_format: { kind: 'enum', values: ['url', 'b64_json'], src: ['SDK-7.57', 'N'] },
  style: { kind: 'unsupported', reason: '`style` is supported by dall-e-3 only.', src: ['SDK-7.57', 'N'] },
  user: { kind: 'string', src: ['N'] },
  ...GPT_ONLY_ON_DALLE,
};

export const DALLE2_EDIT: ParamTable = {
  ...DALLE2_GENERATE,
  ...EDIT_ONLY,
};

export const DALLE2_VARIATION: ParamTable = {
  model: any('SDK-7.57'),
  image: any('SDK-7.57'),
  n: { kind: 'int', min: 1, max: 10, src: ['SDK-7.57'] },
  response_format: { kind: 'enum', values: ['url', 'b64_json'], src: ['SDK-7.57'] },
  size: { kind: 'size', rule: DALLE2_SIZES, src: ['SDK-7.57'] },
  user: { kind: 'string', src: ['SDK-7.57'] },
};

export const DALLE3_GENERATE: ParamTable = {
  model: any('SDK-7.57'),
  prompt: { kind: 'string', maxLength: 4000, src: ['N', 'N-spec'] },
  n: { kind: 'int', min: 1, max: 1, src: ['N', 'N-spec'] },
  size: { kind: 'size', rule: DALLE3_SIZES, src: DALLE3_SIZES.src },
  quality: { kind: 'enum', values: ['standard', 'hd'], src: ['N', 'N-spec'] },
  style: { kind: 'enum', values: ['vivid', 'natural'], src: ['N', 'N-spec'] },
  response_format: { kind: 'enum', values: ['url', 'b64_json'], src: ['SDK-7.57', 'N'] },
  user: { kind: 'string', src: ['N'] },
  ...GPT_ONLY_ON_DALLE,
};

/** gpt-image-1, gpt-image-1-mini, gpt-image-1.5, chatgpt-image-latest */
export function gpt1Tables(inputFidelity: ParamRule | undefined): Record<'generations' | 'edits' | 'responses-tool', ParamTable> {
  const fidelity: ParamTable = inputFidelity ? { input_fidelity: inputFidelity } : {};
  const size = { size: { kind: 'size', rule: GPT1_SIZES, src: GPT1_SIZES.src } } satisfies ParamTable;
  return {
    generations: { ...COMMON_GPT, ...GENERATE_ONLY_GPT, ...ONLY_26, ...size },
    edits: { ...COMMON_GPT, ...EDIT_ONLY, ...ONLY_26, ...size, ...fidelity },
    'responses-tool': { ...TOOL_BASE, ...ONLY_26, ...size, ...fidelity },
  };
}

export function gpt2Tables(): Record<'generations' | 'edits' | 'responses-tool', ParamTable> {
  const size = { size: { kind: 'size', rule: FLEXIBLE_SIZES, src: FLEXIBLE_SIZES.src } } satisfies ParamTable;
  const background: ParamRule = {
    kind: 'enum',
    values: ['transparent', 'opaque', 'auto'],
    preview: ['transparent'],
    src: ['SDK-7.57', 'G-0727'],
    note: 'Transparent backgrounds are "in preview" for gpt-image-2 (SDK 7.57); the July 2026 guide said they were not supported.',
  };
  return {
    generations: { ...COMMON_GPT, ...GENERATE_ONLY_GPT, ...ONLY_26, ...size, background },
    edits: { ...COMMON_GPT, ...EDIT_ONLY, ...ONLY_26, ...size, background, input_fidelity: INPUT_FIDELITY_OMIT },
    'responses-tool': { ...TOOL_BASE, ...ONLY_26, ...size, background, input_fidelity: INPUT_FIDELITY_OMIT },
  };
}

export function gpt25Tables(): Record<'generations' | 'edits' | 'responses-tool', ParamTable> {
  const size = { size: { kind: 'size', rule: FLEXIBLE_SIZES, src: FLEXIBLE_SIZES.src } } satisfies ParamTable;
  const markup = { markup: any('SDK-7.57') } satisfies ParamTable;
  return {
    generations: { ...COMMON_GPT, ...GENERATE_ONLY_GPT, ...size, quality: QUALITY_25 },
    edits: { ...COMMON_GPT, ...EDIT_ONLY, ...markup, ...size, quality: QUALITY_25 },
    'responses-tool': { ...TOOL_BASE, ...size, quality: QUALITY_25 },
  };
}

export function gpt26Tables(): Record<'generations' | 'edits' | 'responses-tool', ParamTable> {
  const size = { size: { kind: 'size', rule: FLEXIBLE_SIZES_26, src: FLEXIBLE_SIZES_26.src } } satisfies ParamTable;
  return {
    generations: { ...COMMON_GPT, ...GENERATE_ONLY_GPT, ...GIF_SVG_26, ...size, quality: QUALITY_26 },
    edits: { ...COMMON_GPT, ...EDIT_ONLY, ...GIF_SVG_26, ...size, quality: QUALITY_26 },
    'responses-tool': { ...TOOL_BASE, ...GIF_SVG_26, ...size, quality: QUALITY_26 },
  };
}

// ---- Responses image_generation tool -------------------------------------

const notInTool = (param: string, renameTo?: string): ParamRule => ({
  kind: 'unsupported',
  reason: renameTo
    ? `The image_generation tool has no \`${param}\`; the field is \`${renameTo}\`.`
    : `The image_generation tool has no \`${param}\` field; the API answers 400 "Unknown parameter: 'tools[0].${param}'".`,
  src: ['N', 'N-spec', 'playground-29'],
  ...(renameTo ? { renameTo } : {}),
});

/** Fields of the Responses `image_generation` tool, for every GPT image model. */
export const TOOL_BASE = {
  type: { kind: 'enum', values: ['image_generation'], src: ['SDK-7.57'] },
  model: any('SDK-7.57'),
  action: { kind: 'enum', values: ['generate', 'edit', 'auto'], src: ['SDK-7.57', 'N'] },
  background: { kind: 'enum', values: ['transparent', 'opaque', 'auto'], src: ['SDK-7.57', 'N'] },
  input_image_mask: any('SDK-7.57', 'N'),
  moderation: { kind: 'enum', values: ['auto', 'low'], src: ['SDK-7.57', 'N'] },
  output_compression: { kind: 'int', min: 0, max: 100, src: ['SDK-7.57', 'N'] },
  output_format: { kind: 'enum', values: ['png', 'jpeg', 'webp'], src: ['SDK-7.57', 'N'] },
  partial_images: { kind: 'int', min: 0, max: 3, src: ['SDK-7.57', 'N'] },
  quality: { kind: 'enum', values: ['low', 'medium', 'high', 'auto'], src: ['SDK-7.57', 'N'] },
  n: notInTool('n'),
  response_format: notInTool('response_format'),
  style: notInTool('style'),
  prompt: notInTool('prompt'),
  user: notInTool('user'),
  format: notInTool('format', 'output_format'),
  compression: notInTool('compression', 'output_compression'),
} satisfies ParamTable;

// ---- rules between parameters --------------------------------------------

export const COMBINATIONS: readonly ParamCombination[] = [
  {
    param: 'output_compression',
    requires: 'output_format',
    requiresValues: ['jpeg', 'webp'],
    whenAbsent: DEFAULT_OUTPUT_FORMAT.value,
    message: '`output_compression` only applies to `jpeg` and `webp` output',
    src: ['SDK-7.57', 'N'],
  },
  {
    param: 'background',
    whenValues: ['transparent'],
    requires: 'output_format',
    requiresValues: ['png', 'webp'],
    message: 'a transparent background needs `output_format` `png` or `webp`',
    src: ['SDK-7.57', 'N'],
  },
  {
    param: 'frame_count',
    requires: 'output_format',
    requiresValues: ['gif'],
    requiredWhenAbsent: true,
    message: '`frame_count` is only supported with `output_format: "gif"`',
    src: ['SDK-7.57'],
  },
  {
    param: 'frame_duration_ms',
    requires: 'output_format',
    requiresValues: ['gif'],
    requiredWhenAbsent: true,
    message: '`frame_duration_ms` is only supported with `output_format: "gif"`',
    src: ['SDK-7.57'],
  },
  {
    param: 'svg',
    requires: 'output_format',
    requiresValues: ['svg'],
    requiredWhenAbsent: true,
    message: '`svg` requires `output_format: "svg"`',
    src: ['SDK-7.57'],
  },
];

/**
 * Parameters that rule others out of the same request (SDK 7.57 doc comments
 * of `svg`, `frame_count`, `output_format` and `markup`). Checked only where
 * the model accepts the triggering parameter and value.
 */
const SVG_ONLY_ONE: Omit<ParamExclusion, 'excludes' | 'allowed' | 'endpoints'> = {
  param: 'output_format',
  whenValues: ['svg'],
  message: 'SVG output requires `n: 1` and does not support streaming or partial images',
  src: ['SDK-7.57'],
  note: '"SVG generation requires n=1 and does not support streaming, partial images, prompt_rewriter, or output_compression" (compression: see COMBINATIONS).',
};

const GIF_NO_STREAM: Omit<ParamExclusion, 'excludes' | 'allowed' | 'endpoints'> = {
  param: 'output_format',
  whenValues: ['gif'],
  message: 'GIF output does not support streaming, partial images or masks',
  src: ['SDK-7.57'],
  note: '"GIF output does not support streaming, partial images, masks, or custom output compression"; the tool: "partial image streaming (`partial_images` greater than `0`), `input_image_mask`, or custom `output_compression`".',
};

export const EXCLUSIONS: readonly ParamExclusion[] = [
  { ...SVG_ONLY_ONE, excludes: 'n', allowed: [1], endpoints: ['generations', 'edits'] },
  { ...SVG_ONLY_ONE, excludes: 'stream', allowed: [false], endpoints: ['generations', 'edits'] },
  { ...SVG_ONLY_ONE, excludes: 'partial_images', allowed: [0], endpoints: ['generations', 'edits'] },
  { ...GIF_NO_STREAM, excludes: 'stream', allowed: [false], endpoints: ['generations', 'edits'] },
  { ...GIF_NO_STREAM, excludes: 'partial_images', allowed: [0], endpoints: ['generations', 'edits', 'responses-tool'] },
  { ...GIF_NO_STREAM, excludes: 'mask', endpoints: ['edits'] },
  { ...GIF_NO_STREAM, excludes: 'input_image_mask', endpoints: ['responses-tool'] },
  { param: 'markup', excludes: 'mask', endpoints: ['edits'], message: '`markup` cannot be combined with `mask`', src: ['SDK-7.57'] },
];
