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

/** gpt-4o and gpt-4.1 (with their mini/nano) shut down on 2027-01-14 (facts sheet §3b). */
const JANUARY_2027_SHUTDOWN: Fact<string> = { value: '2027-01-14', src: ['DEP-zh', 'max_bob'], unconfirmed: true };

/** The gpt-5.4 family of the SDK's `ResponsesModel` type; "gpt-5 and newer models should support the image generation tool". */
const GPT_54: readonly TextModelRecord[] = ['gpt-5.4', 'gpt-5.4-mini', 'gpt-5.4-nano', 'gpt-5.4-mini-2026-03-17', 'gpt-5.4-nano-2026-03-17'].map(
  (id): TextModelRecord => ({ id, inSdk: true, supportsImageTool: { value: true, src: ['G-0727', 'SDK-7.57'] } }),
);

export const TEXT_MODELS: readonly TextModelRecord[] = [
  { id: 'gpt-5.5', supportsImageTool: { value: true, src: ['G-0727', 'sub2api-2277'] } },
  { id: 'gpt-5.2', supportsImageTool: { value: true, src: ['G-0727', 'sub2api-2277'] } },
  {
    id: 'gpt-5',
    supportsImageTool: { value: true, src: ['G-0727', 'sub2api-2277'] },
    shutdown: { value: '2026-12-11', src: ['DEP-zh'], unconfirmed: true },
  },
  { id: 'gpt-4o', supportsImageTool: { value: true, src: ['langchain-tool'] }, shutdown: JANUARY_2027_SHUTDOWN },
  { id: 'gpt-4o-mini', supportsImageTool: { value: true, src: ['langchain-tool'] }, shutdown: JANUARY_2027_SHUTDOWN },
  { id: 'gpt-4.1', supportsImageTool: { value: true, src: ['langchain-tool'] }, shutdown: JANUARY_2027_SHUTDOWN },
  { id: 'gpt-4.1-mini', supportsImageTool: { value: true, src: ['langchain-tool'] }, shutdown: JANUARY_2027_SHUTDOWN },
  { id: 'gpt-4.1-nano', supportsImageTool: { value: true, src: ['langchain-tool'] }, shutdown: JANUARY_2027_SHUTDOWN },
  ...GPT_54,
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

/** True when `id` is a text model with an announced shutdown (passed or not): a fix must not put it at the top level. */
export function isShuttingDownTextModel(id: string): boolean {
  return !!TEXT_MODELS.find((m) => m.id === id)?.shutdown;
}

/**
 * Text models that can call the image_generation tool and have no announced
 * shutdown: what `--text-model` and the Responses fix may suggest. A model
 * with any shutdown date is left out, passed or not (code written now
 * outlives it); `_today` is accepted so callers can pass the date they check.
 */
export function activeTextModels(_today?: string): string[] {
  return TEXT_MODELS.filter((m) => m.supportsImageTool.value && !m.supportsImageTool.unconfirmed && !m.shutdown).map((m) => m.id);
}

/** The `type` of the Responses image tool, in `tools` and in `tool_choice`. */
export const IMAGE_TOOL_TYPE: Fact<string> = { value: 'image_generation', src: ['SDK-7.57', 'N', 'N-spec'] };

/** What the API answers when an image model is the top-level `model` of a text request. */
export const IMAGE_MODEL_AT_TOP_LEVEL: Readonly<Record<'responses' | 'chat', Fact<string>>> = {
  responses: {
    value: "400 \"The requested model '{id}' is not supported with the Responses API\"",
    src: ['M-gi2', 'responses-fixtures'],
    note: 'Image model pages list v1/responses as "Not supported"; DALL-E ids and gpt-image-1.5 answer "was not found" instead (IMAGE_MODEL_NOT_FOUND_IN_RESPONSES).',
  },
  chat: {
    value: 'chat.completions does not serve image models (Azure: 400 OperationNotSupported)',
    src: ['M-gi2', 'librechat-9427'],
    note: 'Image model pages list only the Images API and the Responses image_generation tool as endpoints.',
  },
};

/**
 * Image ids the Responses API answers with "was not found" at the top level
 * (recorded live errors, facts sheet §3c and §14); the other GPT image ids get
 * "not supported with the Responses API".
 */
export const IMAGE_MODEL_NOT_FOUND_IN_RESPONSES: Fact<string> & { ids: readonly string[] } = {
  value: "400 \"The requested model, '{id}' was not found.\"",
  ids: ['dall-e-2', 'dall-e-3', 'gpt-image-1.5'],
  src: ['responses-fixtures', 'facts'],
};

/** What the Responses API answers when `id` (an image model) is the top-level `model`. */
export function responsesTopLevelError(id: string): string {
  const fact = IMAGE_MODEL_NOT_FOUND_IN_RESPONSES.ids.includes(id) ? IMAGE_MODEL_NOT_FOUND_IN_RESPONSES : IMAGE_MODEL_AT_TOP_LEVEL.responses;
  return fact.value.replace('{id}', id);
}

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

/**
 * OpenAI's dated snapshot ids: `<alias>-YYYY-MM-DD`. A dated id of a known
 * alias that the catalog does not list is unknown to the catalog, not known
 * to fail: for the 2.6 models, no dated id was listed as of 2026-11-11, which
 * says nothing about later ones.
 */
export const DATED_SNAPSHOT: Fact<RegExp> & { listedAsOf: string } = {
  value: /^(.+)-(\d{4}-\d{2}-\d{2})$/,
  listedAsOf: '2026-11-11',
  src: ['REF-cn', 'M-gi26', 'facts'],
  unconfirmed: true,
  note: 'Facts sheet §1b: "Dated snapshot IDs UNCONFIRMED: none were listed as of 2026-11-11" (gpt-image-2.6-*).',
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
