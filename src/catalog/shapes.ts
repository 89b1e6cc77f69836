/**
 * The ways real code reaches the image API besides `client.images.*` and
 * `client.responses.*` of openai-node v4+: raw HTTP, the Vercel AI SDK,
 * LangChain JS, the openai v3 SDK, Azure deployments and gateway task APIs.
 * Data only: `src/analysis/calls.ts` recognises the shapes from these facts,
 * and the checks read what each library does on its own (defaults it sends,
 * values its schema rejects).
 */
import type { Endpoint, Fact, FixedSizes, ParamRule, ParamTable, Sourced } from './types.js';

/** Which front door a request goes through. `sdk`: openai-node v4+ (`images.*`, `responses.*`). */
export type ShapeId = 'sdk' | 'http' | 'vercel-image' | 'vercel-tool' | 'langchain-dalle' | 'langchain-tool' | 'openai-v3' | 'hiapi-tasks';

// ---- raw HTTP ----------------------------------------------------------------

export type HttpTarget = Endpoint | 'responses' | 'tasks';

/**
 * Paths of the endpoints, matched against the end of a request URL (the query
 * string and a trailing slash ignored). Azure's deployment paths end the same
 * way (`/openai/deployments/{id}/images/generations?api-version=...`).
 */
export const HTTP_PATHS: Sourced & { value: readonly { pattern: RegExp; target: HttpTarget; last: string }[] } = {
  // `last`: the path's last segment, which every URL the pattern matches contains.
  value: [
    { pattern: /\/images\/generations\/?$/, target: 'generations', last: 'generations' },
    { pattern: /\/images\/edits\/?$/, target: 'edits', last: 'edits' },
    { pattern: /\/images\/variations\/?$/, target: 'variations', last: 'variations' },
    { pattern: /\/v1\/responses\/?$/, target: 'responses', last: 'responses' },
    { pattern: /\/v1\/tasks\/?$/, target: 'tasks', last: 'tasks' },
  ],
  src: ['N-spec', 'N', 'hiapi-tasks'],
  note: 'POST /v1/images/generations|edits|variations and /v1/responses (OpenAPI spec); /v1/tasks is HiAPI\'s unified task API.',
};

/** openai-node v4+'s Images API methods (`client.images.<method>`) and the endpoint each calls. */
export const SDK_IMAGE_METHODS: Readonly<Record<string, Endpoint>> = {
  generate: 'generations',
  edit: 'edits',
  createVariation: 'variations',
};

/**
 * How HTTP clients take a request body. `fetch(url, { body })` (fetch, undici
 * `fetch`/`request`); `got(url, { json })`, `ky.post(url, { json })`;
 * `axios.post(url, data)` and axios instances; `axios({ url, data })`.
 */
export const HTTP_CLIENTS: Sourced & {
  /** Option keys that carry the body, in the order they are tried. */
  bodyOptions: readonly string[];
  /** Methods called as `x.post(url, data)` by axios (and as `x.post(url, options)` by got and ky). */
  dataMethods: readonly string[];
  /** Receivers whose `post` takes options, not the body. */
  optionsReceivers: readonly string[];
  /** The option of a config-object call (`axios({ url, data })`) that holds the URL. */
  urlOption: string;
  /**
   * The clients that take one config object holding the URL (`axios(config)`,
   * `axios.request(config)`, `got(options)`, `request(options)`), the method
   * that does so on any instance, and the factories that make instances
   * (`axios.create()`, `got.extend()`).
   */
  configClients: readonly string[];
  configMethods: readonly string[];
  instanceFactories: readonly string[];
  /** `JSON.stringify(body)`: the body as sent. */
  stringify: { object: string; method: string };
  /** Multipart bodies: `new FormData()` filled with `append`/`set`. */
  formData: { constructor: string; methods: readonly string[] };
} = {
  bodyOptions: ['body', 'json', 'data'],
  dataMethods: ['post', 'put', 'patch'],
  optionsReceivers: ['got', 'ky'],
  urlOption: 'url',
  configClients: ['axios', 'got', 'request'],
  configMethods: ['request'],
  instanceFactories: ['create', 'extend'],
  stringify: { object: 'JSON', method: 'stringify' },
  formData: { constructor: 'FormData', methods: ['append', 'set'] },
  src: ['facts'],
  note: 'The public APIs of fetch/undici, axios, got and ky (and the request library\'s `request(options)`).',
};

/** Where the API's JSON body is on what HTTP clients return: `await res.json()` (fetch, undici, got, ky), `res.data` (axios; the openai v3 SDK). */
export const HTTP_RESPONSE: Fact<{ fetchBody: string; axiosBody: string }> = {
  value: { fetchBody: 'json', axiosBody: 'data' },
  src: ['openai-v3', 'facts'],
};

/** The host of OpenAI's own API. Any other literal host is a gateway. */
export const OPENAI_API_HOST: Fact<string> = { value: 'api.openai.com', src: ['N'] };

// ---- Azure -------------------------------------------------------------------

/**
 * Azure OpenAI addresses image models by deployment name: in the URL path
 * for raw HTTP, and as the `model` of an `AzureOpenAI` client (openai-node
 * maps it to `/deployments/{model}`). A deployment name is the team's own
 * word, so only a recognised model id is ever reported.
 */
export const AZURE: Sourced & { deploymentPath: RegExp; host: RegExp; clientClass: RegExp; vercelFactory: string; vercelModule: string; advice: string } = {
  advice: 'On Azure, `model` names a deployment: deploy the replacement model and use its deployment name.',
  deploymentPath: /\/openai\/deployments\/[^/]+\//,
  host: /\.openai\.azure\.com/i,
  clientClass: /Azure/,
  vercelFactory: 'createAzure',
  vercelModule: '@ai-sdk/azure',
  src: ['N', 'facts'],
  note: 'Facts sheet §8: POST https://{resource}.openai.azure.com/openai/deployments/{deployment-id}/images/generations?api-version=...',
};

/** Options that point a client at another host: openai-node and the AI SDK (`baseURL`), LangChain (`baseUrl`), openai v3 `Configuration` (`basePath`). */
export const BASE_URL_OPTIONS: Fact<readonly string[]> = {
  value: ['baseURL', 'baseUrl', 'basePath'],
  src: ['N', 'vercel-ai', 'langchain-dalle', 'openai-v3'],
};

/**
 * Where a client's key and base URL come from when the code does not spell
 * them: the options that carry the key (openai-node and the AI SDK `apiKey`,
 * LangChain `openAIApiKey`), and the environment variables openai-node reads
 * when the options are absent.
 */
export const CLIENT_DEFAULTS: Sourced & { apiKeyOptions: readonly string[]; apiKeyEnv: string; baseUrlEnv: string } = {
  apiKeyOptions: ['apiKey', 'openAIApiKey'],
  apiKeyEnv: 'OPENAI_API_KEY',
  baseUrlEnv: 'OPENAI_BASE_URL',
  src: ['N', 'vercel-ai', 'langchain-dalle'],
  note: "openai-node: `apiKey = readEnv('OPENAI_API_KEY')`, `baseURL = readEnv('OPENAI_BASE_URL') ?? 'https://api.openai.com/v1'` (client.ts).",
};

// ---- library shapes ----------------------------------------------------------

/** What a library does with an image request on its own. */
export interface CallShape extends Sourced {
  id: ShapeId;
  /** How the call is named in messages. */
  label: string;
  /** Source spellings of API parameters: source key -> API key (`outputFormat` -> `output_format`). */
  keys?: Readonly<Record<string, string>>;
  /** The model the library sends when the code names none (instead of the API's default). */
  defaultModel?: Fact<string>;
  /** Parameters the library always sends, with the values it sends by default. */
  alwaysSends?: Fact<Readonly<Record<string, string>>>;
  /** Values the library's own schema rejects before any request is made; checked before the model's rules. */
  params?: ParamTable;
  /** The model ids the library's types accept; another id does not type-check. */
  typedModels?: Fact<readonly string[]>;
  /**
   * The fixes may edit the request's parameters. False where the library
   * sends them anyway (removing one from the code changes nothing).
   */
  editable: boolean;
  /** How to get off this shape, for messages and TODOs; `{target}` stands for the migration target. */
  wayOut?: string;
}

const camel = {
  outputFormat: 'output_format',
  outputCompression: 'output_compression',
  inputFidelity: 'input_fidelity',
  partialImages: 'partial_images',
  inputImageMask: 'input_image_mask',
} as const;

const TOOL_FIXED_SIZES: FixedSizes = {
  kind: 'fixed',
  sizes: ['1024x1024', '1024x1536', '1536x1024', 'auto'],
  src: ['vercel-ai'],
  note: 'The zod schema of openai.tools.imageGeneration is strict: flexible sizes are rejected.',
};

const vercelSchema = (values: readonly string[], param: string): ParamRule => ({
  kind: 'enum',
  values,
  src: ['vercel-ai'],
  note: `The AI SDK validates \`${param}\` with a zod enum before sending.`,
});

export const SHAPES: Readonly<Record<ShapeId, CallShape>> = {
  sdk: { id: 'sdk', label: 'openai SDK', editable: true, src: ['N'] },
  http: { id: 'http', label: 'HTTP request', editable: true, src: ['N-spec'] },
  'vercel-image': {
    id: 'vercel-image',
    label: 'AI SDK `generateImage`',
    keys: camel,
    params: {
      quality: vercelSchema(['standard', 'hd', 'low', 'medium', 'high', 'auto'], 'quality'),
      background: vercelSchema(['transparent', 'opaque', 'auto'], 'background'),
      output_format: vercelSchema(['png', 'jpeg', 'webp'], 'outputFormat'),
      style: vercelSchema(['vivid', 'natural'], 'style'),
      moderation: vercelSchema(['auto', 'low'], 'moderation'),
      input_fidelity: vercelSchema(['high', 'low'], 'inputFidelity'),
    },
    editable: true,
    src: ['vercel-ai', 'facts'],
    note:
      'Model-specific settings go in providerOptions.openai (camelCase); `size` is a top-level argument. `n` is not checked: the SDK splits it into calls of maxImagesPerCall (dall-e-3: 1).',
  },
  'vercel-tool': {
    id: 'vercel-tool',
    label: 'AI SDK `openai.tools.imageGeneration`',
    keys: camel,
    params: {
      size: { kind: 'size', rule: TOOL_FIXED_SIZES, src: ['vercel-ai'] },
      moderation: { kind: 'enum', values: ['auto'], src: ['vercel-ai'], note: "The tool's schema takes moderation 'auto' only." },
      quality: vercelSchema(['auto', 'low', 'medium', 'high'], 'quality'),
      partial_images: { kind: 'int', min: 0, max: 3, src: ['vercel-ai'] },
    },
    editable: true,
    src: ['vercel-ai', 'facts'],
  },
  'langchain-dalle': {
    id: 'langchain-dalle',
    label: '`DallEAPIWrapper`',
    keys: { modelName: 'model', dallEResponseFormat: 'response_format', responseFormat: 'response_format' },
    defaultModel: { value: 'dall-e-3', src: ['langchain-dalle', 'facts'] },
    alwaysSends: {
      value: { response_format: 'url', style: 'vivid', quality: 'standard' },
      src: ['langchain-dalle', 'facts'],
      note: '`_call` always sends `response_format`, `style` and `quality`, so no GPT image model can serve it.',
    },
    editable: false,
    wayOut:
      'LangChain\'s `DallEAPIWrapper` cannot call GPT image models (it always sends `response_format`, `style` and `quality`); call `images.generate` of the openai SDK with `model: \'{target}\'` from a custom tool.',
    src: ['langchain-dalle', 'facts'],
  },
  'langchain-tool': {
    id: 'langchain-tool',
    label: 'LangChain `tools.imageGeneration`',
    keys: camel,
    // No `defaultModel`: the tool sends `model: options?.model`, so without one the field is left out
    // and the API's own default applies (facts sheet §13 corrects the older claim of a gpt-image-1 default).
    typedModels: { value: ['gpt-image-1', 'gpt-image-1-mini', 'gpt-image-1.5'], src: ['langchain-imagegen', 'facts'] },
    editable: true,
    src: ['langchain-imagegen', 'langchain-tool', 'facts'],
  },
  'openai-v3': {
    id: 'openai-v3',
    label: 'openai v3 `OpenAIApi`',
    editable: true,
    wayOut:
      'The openai v3 SDK (`OpenAIApi`) is no longer maintained: create the client with `new OpenAI({ apiKey })` from openai v4 or later and call `images.generate` or `images.edit` with `model: \'{target}\'` (image variations are no longer served: use `images.edit` with a GPT image model).',
    src: ['openai-v3', 'N'],
  },
  'hiapi-tasks': {
    id: 'hiapi-tasks',
    label: 'HiAPI task API (`/v1/tasks`)',
    editable: true,
    src: ['hiapi-tasks'],
  },
};

// ---- the AI SDK --------------------------------------------------------------

export const VERCEL: Sourced & {
  /** Modules that export provider instances and factories. */
  modules: RegExp;
  /** Provider instances exported by those modules, and the factories that make them. */
  instances: readonly string[];
  factories: readonly string[];
  /** `createOpenAICompatible({ baseURL })`: an AI SDK provider for any OpenAI-style API; OpenAI's only when its `baseURL` is. */
  compatibleFactories: readonly string[];
  /** `provider.image(id)` and `provider.imageModel(id)` make an image model. */
  imageMethods: readonly string[];
  /** Functions that send an image request with such a model. */
  generateFunctions: readonly string[];
  /** `provider.tools.imageGeneration({...})`. */
  toolNamespace: string;
  toolMethod: string;
  /** `providerOptions.<name>` holds the OpenAI settings. */
  providerOptions: string;
  providerNames: readonly string[];
  /** Arguments of `generateImage` sent as API parameters as they are (`n` is split into several calls). */
  topLevel: readonly string[];
  /** Arguments that make `generateImage` an edit. */
  editArgs: readonly string[];
} = {
  modules: /^@ai-sdk\/(?:openai|azure)$/,
  instances: ['openai', 'azure'],
  factories: ['createOpenAI', 'createAzure'],
  compatibleFactories: ['createOpenAICompatible'],
  imageMethods: ['image', 'imageModel'],
  generateFunctions: ['generateImage', 'experimental_generateImage'],
  toolNamespace: 'tools',
  toolMethod: 'imageGeneration',
  providerOptions: 'providerOptions',
  providerNames: ['openai', 'azure'],
  topLevel: ['size'],
  editArgs: ['files'],
  src: ['vercel-ai', 'facts'],
};

// ---- LangChain ---------------------------------------------------------------

export const LANGCHAIN: Sourced & { modules: RegExp; dalleClass: string; toolNamespace: string; toolMethod: string } = {
  modules: /^(?:@langchain\/|langchain\/)/,
  dalleClass: 'DallEAPIWrapper',
  toolNamespace: 'tools',
  toolMethod: 'imageGeneration',
  src: ['langchain-dalle', 'langchain-imagegen'],
};

// ---- openai v3 -----------------------------------------------------------------

export interface V3Method {
  endpoint: Endpoint;
  /** `object`: one request object; `positional`: (image, prompt, mask, n, size, ...), which has no model. */
  args: 'object' | 'positional';
  /** The openai v4+ method that replaces it, as `<namespace>.<method>`. */
  replacement: string;
}

export const OPENAI_V3: Sourced & {
  clientClass: string;
  configClass: string;
  methods: Readonly<Record<string, V3Method>>;
  /** The v3 SDK returns axios responses: the API's body is under this key. */
  responseBody: string;
  /** The v3 package's own files, which export the same `OpenAIApi` and `Configuration` (`import { OpenAIApi } from 'openai/dist/api'`). */
  deepModules: readonly string[];
} = {
  clientClass: 'OpenAIApi',
  configClass: 'Configuration',
  methods: {
    createImage: { endpoint: 'generations', args: 'object', replacement: 'images.generate' },
    createImageEdit: { endpoint: 'edits', args: 'positional', replacement: 'images.edit' },
    createImageVariation: { endpoint: 'variations', args: 'positional', replacement: 'images.createVariation' },
  },
  responseBody: 'data',
  deepModules: ['openai/dist/api', 'openai/dist/configuration', 'openai/dist/index', 'openai/dist'],
  src: ['openai-v3'],
};

/**
 * Moving a file from openai v3 (`OpenAIApi`) to openai v4+. The calls, the
 * client and its `Configuration` are rewritten only where the v4 spelling
 * certainly does the same; anything else leaves the file to a person.
 */
export const OPENAI_V4_MIGRATION: Sourced & {
  /** The range the nearest package.json gets for `openai`. */
  range: string;
  /** The v4 client class (default export of `openai`; also what `require('openai')` returns). */
  clientClass: string;
  /** `Configuration` options that carry over: v3 name -> v4 name. */
  configKeys: Readonly<Record<string, string>>;
  /** The positional parameters of `createImageEdit`, by the first v3 version that has that order. */
  editArgs: readonly { from: string; params: readonly string[] }[];
  /** v3 errors are axios errors: the v4 spelling of what code reads on them. */
  errors: { response: string; status: string; body: string; bodyError: string; v4Status: string; v4Error: string };
} = {
  range: '^4.104.0',
  clientClass: 'OpenAI',
  configKeys: { apiKey: 'apiKey', organization: 'organization', basePath: 'baseURL' },
  editArgs: [
    { from: '3.0.0', params: ['image', 'mask', 'prompt', 'n', 'size', 'response_format', 'user'] },
    { from: '3.2.0', params: ['image', 'prompt', 'mask', 'n', 'size', 'response_format', 'user'] },
  ],
  errors: { response: 'response', status: 'status', body: 'data', bodyError: 'error', v4Status: 'status', v4Error: 'error' },
  src: ['npm-openai-v3', 'npm-openai-v4'],
  note:
    'The calls written here (one request object, `error.status`, the body as the result) are the same in openai 4.x to 7.x; 4.x is chosen because 7.x needs Node 22 and a v3 project may run an older Node.',
};

/** The AI SDK provider package whose version decides how image ids are sent. */
export const VERCEL_PROVIDER_PACKAGE = '@ai-sdk/openai';

/**
 * The first `@ai-sdk/openai` release of each major line that treats an id as
 * a GPT image model: sends no `response_format` (which GPT image models reject
 * with `unknown_parameter`) and allows 10 images per call. `exact`: ids known
 * by name; `prefix`: any id starting `gpt-image-` or `chatgpt-image-` (what
 * gpt-image-2.5 and 2.6 need), with `byPrefix` where a prefix arrived in fewer
 * lines. `narrow`: releases before the general prefix that match ids starting
 * `gpt-image-2`, so 2.5/2.6 ids send no `response_format` there but get one
 * image per call. A line not listed never does (1.x, the 2.1 and 3.0
 * prereleases).
 */
export const VERCEL_GPT_IMAGE_SUPPORT: Sourced & {
  exact: Readonly<Record<string, Readonly<Record<number, string>>>>;
  prefix: {
    prefixes: readonly string[];
    first: Readonly<Record<number, string>>;
    byPrefix?: Readonly<Record<string, Readonly<Record<number, string>>>>;
  };
  narrow: { prefix: string; first: Readonly<Record<number, string>> };
} = {
  exact: { 'gpt-image-2': { 2: '2.0.104', 3: '3.0.54', 4: '4.0.0-beta.44' } },
  prefix: {
    prefixes: ['gpt-image-', 'chatgpt-image-'],
    first: { 2: '2.0.115', 3: '3.0.88', 4: '4.0.19' },
    byPrefix: { 'chatgpt-image-': { 3: '3.0.88', 4: '4.0.19' } },
  },
  narrow: { prefix: 'gpt-image-2', first: { 3: '3.0.54', 4: '4.0.0-beta.44' } },
  src: ['npm-ai-sdk-openai', 'facts'],
  note:
    'Facts sheet §14 (checked against the published tarballs, correcting §13): gpt-image-2 from 2.0.104, 3.0.54 and 4.0.0-beta.44; from 3.0.54 to 3.0.87 and 4.0.0-beta.44 to 4.0.18 ' +
    'the match is by the prefix `gpt-image-2`, so 2.5/2.6 ids send no response_format but get one image per call; the general `gpt-image-` prefix arrives in 2.0.115, 3.0.88 and 4.0.19, ' +
    'the `chatgpt-image-` prefix only in 3.0.88 and 4.0.19. 2.0.104 to 2.0.114 send response_format for 2.5/2.6 ids; 4.0.0-beta.44 is the first 4.x published.',
};

/**
 * The `@ai-sdk/openai` releases of a major line from which `id` is sent as a
 * GPT image model (`full`), and from which it is at least sent without
 * `response_format` (`noResponseFormat`, possibly one image per call). Each
 * is a list of candidates: the earliest applies.
 */
export function vercelSupportFrom(id: string, major: number): { full: string[]; noResponseFormat: string[] } {
  const sup = VERCEL_GPT_IMAGE_SUPPORT;
  const full = [
    sup.exact[id]?.[major],
    ...sup.prefix.prefixes.filter((p) => id.startsWith(p)).map((p) => (sup.prefix.byPrefix?.[p] ?? sup.prefix.first)[major]),
  ].filter((v): v is string => !!v);
  const narrow = id.startsWith(sup.narrow.prefix) ? sup.narrow.first[major] : undefined;
  return { full, noResponseFormat: narrow && !full.includes(narrow) ? [...full, narrow] : full };
}

// ---- gateway task APIs ---------------------------------------------------------

/**
 * HiAPI's unified task API: `POST /v1/tasks` with `{ model, input: { prompt } }`.
 * The model id must be plain: the slash-suffix ids of HiAPI's model pages
 * (`gpt-image-2/text-to-image`) are answered with 400 there.
 */
export const TASK_API: Sourced & { inputKey: string; plainIdsOnly: boolean; notHosted: Fact<readonly string[]> } = {
  inputKey: 'input',
  plainIdsOnly: true,
  notHosted: { value: ['gpt-image-1', 'gpt-image-1.5'], src: ['hiapi-tasks'] },
  src: ['hiapi-tasks', 'gw-hiapi'],
  note:
    "HiAPI's GPT Image 2 page gives the task model as the fixed value `gpt-image-2`; an older HiAPI blog post sends `gpt-image-2/text-to-image` to the same endpoint. The plain id works in both, so that is what the rules suggest.",
};

// ---- config modules ----------------------------------------------------------

/**
 * Libraries that build a project's config object from the environment. The
 * object they return holds the values they were given: zod's
 * `schema.parse({ X: process.env.X ?? 'default' })` on a `z.object(...)`
 * schema, and t3-env's `createEnv({ runtimeEnv: { X: ... } })`.
 */
export const ENV_LIBRARIES: Sourced & {
  /** `safeParse` returns `{ success, data }`: the parsed object is its `safeData` key. */
  zod: { modules: readonly string[]; schemas: readonly string[]; parse: readonly string[]; safeParse: readonly string[]; safeData: string; fieldDefault: string };
  t3: { modules: readonly string[]; factory: string; runtimeKeys: readonly string[]; schemaKeys: readonly string[] };
} = {
  zod: { modules: ['zod', 'zod/v4', 'zod/v3', 'zod/mini'], schemas: ['object', 'strictObject', 'looseObject', 'passthrough', 'strict', 'extend', 'merge'], parse: ['parse'], safeParse: ['safeParse'], safeData: 'data', fieldDefault: 'default' },
  t3: { modules: ['@t3-oss/env-core', '@t3-oss/env-nextjs', '@t3-oss/env-nuxt'], factory: 'createEnv', runtimeKeys: ['runtimeEnv', 'experimental__runtimeEnv'], schemaKeys: ['server', 'client', 'shared'] },
  src: ['facts'],
  unconfirmed: true,
  note: 'The public APIs of zod (z.object, .parse, .default) and @t3-oss/env-* (createEnv, server/client/shared, runtimeEnv).',
};
