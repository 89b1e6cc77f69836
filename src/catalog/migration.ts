/**
 * How a request moves from a legacy model to a current one, and what the API
 * does when a request names no model. Data only.
 */
import type { Fact, Line } from './types.js';

/** The default migration target of the rules and the codemod. */
export const DEFAULT_TARGET: Fact<string> = {
  value: 'gpt-image-2',
  src: ['SDK-7.57', 'M-gi2'],
  note:
    'gpt-image-2 is active, type-checks on every SDK from 6.37.0 on, and takes the flexible sizes. ' +
    'OpenAI now also recommends gpt-image-2.5-sunburst and gpt-image-2.6-*; set `target` to opt in.',
};

/** DALL-E quality values mapped onto the GPT image scale. */
export const QUALITY_MAP: Fact<Readonly<Record<string, string>>> = {
  value: { hd: 'high', standard: 'medium' },
  src: ['facts'],
  note: 'Facts sheet §10.3: standard -> auto or medium, hd -> high. medium keeps the cost predictable.',
};

/**
 * Size fallbacks, used only when the target does not accept the size as it is:
 * by orientation, the GPT image standard sizes every GPT image model accepts.
 */
export const SIZE_FALLBACK: Fact<{ square: string; landscape: string; portrait: string }> = {
  value: { square: '1024x1024', landscape: '1536x1024', portrait: '1024x1536' },
  src: ['facts', 'SDK-7.57'],
  note: 'Facts sheet §10.3: 256/512 squares -> 1024x1024; 1792x1024 / 1024x1792 -> 1536x1024 / 1024x1536 on fixed-size targets.',
};

/** The marker every manual follow-up left by a suggestion or the codemod starts with. */
export const TODO_MARKER = 'TODO(gpt-image)';

/**
 * The model the API uses when a request names none. `value` is undefined
 * where the pinned SDK no longer names one (the API's own default); `line` is
 * the model line that default certainly belongs to.
 */
export const DEFAULT_MODEL_WHEN_OMITTED: Readonly<Record<'generations' | 'edits' | 'variations' | 'responses-tool', Fact<string | undefined> & { line?: Line }>> = {
  generations: {
    value: 'dall-e-2',
    src: ['N', 'N-spec', 'REF-cn'],
    note: 'The SDK says "Specify a model explicitly"; the Nov-2026 reference says model must be specified.',
  },
  edits: {
    value: undefined,
    line: 'gpt-image',
    src: ['SDK-7.57', 'N'],
    note: 'SDK 7.5.0 documented a gpt-image-1.5 default; 7.57.0 names none ("This endpoint supports GPT Image models"), so the default is the API\'s own.',
  },
  variations: { value: 'dall-e-2', src: ['SDK-7.57'] },
  'responses-tool': {
    value: 'gpt-image-2.6-sunburst',
    src: ['SDK-7.57'],
    note: 'Older SDKs documented gpt-image-1 (shut down); 7.57.0 documents gpt-image-2.6-sunburst.',
  },
};

/** The images.createVariation endpoint no longer accepts requests. */
export const VARIATIONS_RETIRED: Fact<string> = {
  value: 'Image variations are no longer served: use `images.edit` with a GPT image model instead.',
  src: ['SDK-7.57', 'N'],
  note: '"This endpoint is retired and no longer available. Use the image edits endpoint with a GPT Image model and a prompt to create a variation of an image." (SDK 7.57, `createVariation`).',
};

/**
 * Parameters every request to an Images endpoint carries (the SDK types them
 * as required). An `images.*` call on an unknown receiver without them is not
 * taken for an OpenAI request when the question is what it lacks.
 */
export const REQUIRED_PARAMS: Fact<Readonly<Record<'generations' | 'edits' | 'variations', readonly string[]>>> = {
  value: { generations: ['prompt'], edits: ['image', 'prompt'], variations: ['image'] },
  src: ['SDK-7.57', 'N'],
};
