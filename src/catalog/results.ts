/**
 * What the Images API hands back, per model line: which result field carries
 * the image, and the MIME type of each output format. Data only.
 */
import type { Fact, Line } from './types.js';

/** Field names of an `ImagesResponse` and of each of its `data[]` items. */
export const IMAGES_RESPONSE: Fact<{ list: string; url: string; base64: string }> = {
  value: { list: 'data', url: 'url', base64: 'b64_json' },
  src: ['SDK-7.57', 'N', 'N-spec'],
};

/** Whether a line's models can return a `url` (else the field is always undefined). */
export const RETURNS_URL: Readonly<Record<Line, Fact<boolean>>> = {
  'dall-e': {
    value: true,
    src: ['SDK-7.57', 'N'],
    note: 'DALL-E returned a URL (valid for 60 minutes) by default, or b64_json on request.',
  },
  'gpt-image': {
    value: false,
    src: ['SDK-7.57', 'N'],
    note: '`url` is "Unsupported for the GPT image models"; they always return base64-encoded images in `b64_json`.',
  },
};

/** The `output_format` a GPT image model uses when the request names none. */
export const DEFAULT_OUTPUT_FORMAT: Fact<string> = { value: 'png', src: ['SDK-7.57', 'N'] };

/** MIME types for the data URLs built from `b64_json`, by `output_format`. */
export const OUTPUT_FORMAT_MIME: Fact<Readonly<Record<string, string>>> = {
  value: { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif', svg: 'image/svg+xml' },
  src: ['SDK-7.57', 'G-late'],
  note: 'gif and svg are gpt-image-2.6 output formats.',
};
