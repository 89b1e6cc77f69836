/**
 * What the Images API hands back, per model line: which result field carries
 * the image, and the MIME type of each output format. Data only.
 */
import type { Fact, Line, Sourced } from './types.js';

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

/**
 * Where the value of a `url` read can go, and what a data URL does there.
 * A data URL of a whole image is megabytes of text: fine where it is
 * returned, put into JSON or used as an image `src`; a download of it fails
 * with node-fetch 2 and got; chat messages, logs, databases and LLM tool
 * results take it only at a cost or not at all.
 */
export const URL_SINKS: Sourced & {
  /** Callees that download their first argument: fetch-style (the body through `arrayBuffer()`/`buffer()`). */
  fetchCallees: readonly string[];
  /** Modules whose default or named export is a fetch-style function. */
  fetchModules: readonly string[];
  /** axios-style callees (`axios(url, config)`, `axios.get(url, config)`): the body is `data`. */
  axiosCallees: readonly string[];
  /** The response-body methods of a fetch-style response that give the bytes. */
  fetchBytes: readonly string[];
  /** The body of a fetch-style response as a stream (node-fetch 2: a Node stream; undici and global fetch: a web stream). */
  fetchStream: string;
  /** The response-body method that gives a `Blob`. */
  fetchBlob: string;
  /** got-style callees: the request's `.buffer()` gives the bytes. */
  gotCallees: readonly string[];
  gotBytes: string;
  /** axios `responseType` values whose `data` the codemod can replace: the bytes, or a stream of them. */
  axiosBytes: string;
  axiosStream: string;
  /** Where `Readable` comes from (Node's stream module). */
  streamModules: readonly string[];
  /** Other downloaders, named in a TODO (not rewritten). */
  otherDownloaders: readonly string[];
  /** Calls whose argument ends up as JSON (a data URL is fine there). */
  jsonCallees: readonly string[];
  /** Receivers whose methods log (a data URL floods the log). */
  loggers: readonly string[];
  /** Properties and JSX attributes that take an image source. */
  imageSources: readonly string[];
  /** Functions (by property or method name) whose return value goes back to an LLM as a tool result. */
  toolFunctions: readonly string[];
  /** Calls that make an LLM tool from a function (its return value goes back to the LLM). */
  toolFactories: readonly string[];
  /** React-style state hooks: what goes into the setter comes out of the state variable. */
  stateHooks: readonly string[];
} = {
  fetchCallees: ['fetch'],
  fetchModules: ['node-fetch', 'undici', 'cross-fetch', 'isomorphic-fetch', 'make-fetch-happen'],
  axiosCallees: ['axios', 'axios.get', 'axios.request'],
  fetchBytes: ['arrayBuffer', 'buffer'],
  fetchStream: 'body',
  fetchBlob: 'blob',
  gotCallees: ['got', 'got.get'],
  gotBytes: 'buffer',
  axiosBytes: 'arraybuffer',
  axiosStream: 'stream',
  streamModules: ['stream', 'node:stream'],
  otherDownloaders: ['got', 'got.get', 'ky', 'ky.get', 'http.get', 'https.get', 'request', 'needle', 'superagent.get', 'download'],
  jsonCallees: ['JSON.stringify', 'res.json', 'response.json', 'reply.send', 'Response.json', 'NextResponse.json', 'c.json', 'ctx.json'],
  loggers: ['console', 'logger', 'log', 'winston', 'pino'],
  imageSources: ['src', 'srcSet', 'poster'],
  toolFunctions: ['execute', 'func', '_call', 'invoke', 'handler'],
  toolFactories: ['tool', 'createTool', 'DynamicTool', 'DynamicStructuredTool', 'StructuredTool'],
  stateHooks: ['useState'],
  src: ['facts'],
  note: 'node-fetch 2 refuses data: URLs ("Only HTTP(S) protocols are supported"); Node\'s global fetch and axios 1 accept them; Discord message content is limited to 2,000 characters (facts sheet §13).',
};
