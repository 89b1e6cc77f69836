/**
 * The Responses API side: which mainline models can call the
 * `image_generation` tool, and the default text model the fixes put at the
 * top level. Data only.
 */
import type { Fact, TextModelRecord } from './types.js';

/**
 * Default top-level model when an image model is moved into the tool.
 * `gpt-5.5` is in the SDK's `ChatModel` type (so it type-checks), is reported
 * calling the image_generation tool, and has no announced shutdown; the
 * guide's "gpt-5.6" is not an SDK id (the SDK has gpt-5.6-sol/terra/luna).
 */
export const DEFAULT_TEXT_MODEL: Fact<string> = {
  value: 'gpt-5.5',
  src: ['SDK-7.57', 'G-0727', 'sub2api-2277'],
  note: 'The July 2026 guide: "gpt-5 and newer models should support the image generation tool".',
};

export const TEXT_MODELS: readonly TextModelRecord[] = [
  { id: 'gpt-5.5', supportsImageTool: { value: true, src: ['G-0727', 'sub2api-2277'] } },
  { id: 'gpt-5.2', supportsImageTool: { value: true, src: ['G-0727', 'sub2api-2277'] } },
  {
    id: 'gpt-5',
    supportsImageTool: { value: true, src: ['G-0727', 'sub2api-2277'] },
    shutdown: { value: '2026-12-11', src: ['DEP-zh'], unconfirmed: true },
  },
  { id: 'gpt-4o', supportsImageTool: { value: true, src: ['langchain-tool'] } },
  { id: 'gpt-4o-mini', supportsImageTool: { value: true, src: ['langchain-tool'] } },
  { id: 'gpt-4.1', supportsImageTool: { value: true, src: ['langchain-tool'] } },
  { id: 'gpt-4.1-mini', supportsImageTool: { value: true, src: ['langchain-tool'] } },
  { id: 'gpt-4.1-nano', supportsImageTool: { value: true, src: ['langchain-tool'] } },
  {
    id: 'o3',
    supportsImageTool: { value: true, src: ['langchain-tool'] },
    shutdown: { value: '2026-12-11', src: ['DEP-zh'], unconfirmed: true },
  },
  // Models the Responses API rejects outright (recorded live errors, facts sheet §3c),
  // so they cannot call the tool either.
  ...['tts-1', 'whisper-1', 'gpt-4o-transcribe'].map(
    (id): TextModelRecord => ({
      id,
      supportsImageTool: {
        value: false,
        src: ['responses-fixtures'],
        note: `400 "The requested model '${id}' is not supported with the Responses API."`,
      },
    }),
  ),
  ...['text-embedding-3-small', 'text-embedding-3-large', 'davinci-002'].map(
    (id): TextModelRecord => ({
      id,
      supportsImageTool: {
        value: false,
        src: ['responses-fixtures'],
        note: `400 "The requested model, '${id}' was not found." on the Responses API.`,
      },
    }),
  ),
];

/** The `type` of the Responses image tool, in `tools` and in `tool_choice`. */
export const IMAGE_TOOL_TYPE: Fact<string> = { value: 'image_generation', src: ['SDK-7.57', 'N', 'N-spec'] };

/** What the API answers when an image model is the top-level `model` of a text request. */
export const IMAGE_MODEL_AT_TOP_LEVEL: Readonly<Record<'responses' | 'chat', Fact<string>>> = {
  responses: {
    value: "400 \"The requested model '{id}' is not supported with the Responses API\"",
    src: ['M-gi2', 'responses-fixtures'],
    note: 'Image model pages list v1/responses as "Not supported"; DALL-E ids answer "The requested model, \'dall-e-3\' was not found."',
  },
  chat: {
    value: 'chat.completions does not serve image models (Azure: 400 OperationNotSupported)',
    src: ['M-gi2', 'librechat-9427'],
    note: 'Image model pages list only the Images API and the Responses image_generation tool as endpoints.',
  },
};

/** `tool_choice: { type: "image_generation" }` without the tool in `tools`. */
export const TOOL_CHOICE_WITHOUT_TOOL: Fact<string> = {
  value: "400 \"Tool choice 'image_generation' not found in 'tools' parameter.\"",
  src: ['codex2api-89', 'facts'],
};

/**
 * OpenAI's naming scheme for image models. An id in this scheme that the
 * catalog does not list, sent to api.openai.com, is not served there as of the
 * catalog's date (`gpt-image-3`, `gpt-image-99`); one released later is the
 * user's to `allow`. Where the destination is unknown it is not reported.
 */
export const OPENAI_IMAGE_ID_SCHEME: Fact<RegExp> & { asOf: string } = {
  value: /^(?:gpt-image-|dall-e-|chatgpt-image-)/,
  asOf: '2026-11-23',
  src: ['facts'],
  note: 'Facts sheet §1 (lifecycle table, as of 2026-11-23).',
};

/** Ids seen in the wild that OpenAI never served. */
export const NONEXISTENT_IDS: Fact<readonly string[]> = {
  value: ['gpt-image-2.5', 'gpt-image-2-mini', 'gpt-image-1.6', 'gpt-image-2.6'],
  src: ['wild-ids', 'facts'],
  note: 'No bare 2.5/2.6 alias is documented; the flavours are -sunburst and -flare.',
};

/**
 * The openai SDK's request types: an object declared with one is a request of
 * that kind wherever it goes. `endpoint` for the Images API ones, `responses`
 * for a Responses request (its tools are looked at), `tool` for the
 * image_generation tool. Names as the SDK's `Images`/`Responses` namespaces
 * and `openai/resources/*` modules export them (the drift test reads the SDK).
 */
export const SDK_REQUEST_TYPES: Fact<Readonly<Record<string, 'generations' | 'edits' | 'responses' | 'tool'>>> = {
  value: {
    ImageGenerateParams: 'generations',
    ImageGenerateParamsNonStreaming: 'generations',
    ImageGenerateParamsStreaming: 'generations',
    ImageEditParams: 'edits',
    ImageEditParamsNonStreaming: 'edits',
    ImageEditParamsStreaming: 'edits',
    ResponseCreateParams: 'responses',
    ResponseCreateParamsNonStreaming: 'responses',
    ResponseCreateParamsStreaming: 'responses',
    ImageGeneration: 'tool',
  },
  src: ['SDK-7.57'],
  note: 'resources/images.d.ts exports ImageGenerateParams and ImageEditParams (re-exported as OpenAI.X and OpenAI.Images.X); resources/responses/responses.d.ts exports ResponseCreateParams and Tool.ImageGeneration.',
};
