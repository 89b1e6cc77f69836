/**
 * Every source the catalog cites. Keys match the facts sheet
 * (`shared/openai-image-facts.md`, §0 and §12), which quotes each one.
 */
export const sources = {
  'SDK-7.57': {
    title: 'openai npm package 7.57.0, resources/images.d.ts and resources/responses/responses.d.ts',
    ref: 'npm:openai@7.57.0',
    primary: true,
  },
  N: {
    title: 'openai/openai-node 7.5.0, src/resources/images.ts, responses.ts, models.ts, azure.ts',
    ref: 'https://github.com/openai/openai-node/tree/7b7d6ca71130d37ec09792c50056b47861f2eccf',
    primary: true,
  },
  'N-spec': {
    title: 'openai-node api_reference/openapi.transformed.yml',
    ref: 'https://github.com/openai/openai-node/blob/7b7d6ca71130d37ec09792c50056b47861f2eccf/api_reference/openapi.transformed.yml',
    primary: true,
  },
  'N-changelog': {
    title: 'openai-node CHANGELOG.md (release commits 84b43280, a0010fdb, 1e40c3dd, f704c114, c9db1d60)',
    ref: 'https://github.com/openai/openai-node/blob/master/CHANGELOG.md',
    primary: true,
  },
  'G-0727': {
    title: 'OpenAI image generation guide (copy fetched 2026-07-27)',
    ref: 'https://developers.openai.com/api/docs/guides/image-generation',
    primary: true,
  },
  'G-late': {
    title: 'OpenAI image generation guide, late-2026 versions with the 2.6 section',
    ref: 'https://developers.openai.com/api/docs/guides/image-generation?model=gpt-image-2.6',
    primary: true,
  },
  'M-gi1': {
    title: 'OpenAI model page: gpt-image-1',
    ref: 'https://developers.openai.com/ja-JP/api/docs/models/gpt-image-1',
    primary: true,
  },
  'M-gi1mini': {
    title: 'OpenAI model page: gpt-image-1-mini',
    ref: 'https://developers.openai.com/de-DE/api/docs/models/gpt-image-1-mini',
    primary: true,
  },
  'M-gi2': {
    title: 'OpenAI model page: gpt-image-2',
    ref: 'https://developers.openai.com/api/docs/models/gpt-image-2.md',
    primary: true,
  },
  'M-gi26': {
    title: 'OpenAI model page: gpt-image-2.6-sunburst',
    ref: 'https://developers.openai.com/de-DE/api/docs/models/gpt-image-2.6-sunburst',
    primary: true,
  },
  'M-dalle2': {
    title: 'OpenAI model page: dall-e-2',
    ref: 'https://developers.openai.com/api/docs/models/dall-e-2.md',
    primary: true,
  },
  'M-dalle3': {
    title: 'OpenAI model page: dall-e-3',
    ref: 'https://developers.openai.com/api/docs/models/dall-e-3?site_locale=en',
    primary: true,
  },
  'DEP-zh': {
    title: 'OpenAI deprecations page (zh-Hans fallback)',
    ref: 'https://developers.openai.com/api/docs/deprecations?translationFallback=zh-Hans',
    primary: true,
  },
  'DEP-pt': {
    title: 'OpenAI deprecations page (pt-BR fallback)',
    ref: 'https://developers.openai.com/api/docs/deprecations?translationFallback=pt-BR',
    primary: true,
  },
  'REF-cn': {
    title: 'Chinese translation of the OpenAI API reference, images.generate (updated 2026-11-11)',
    ref: 'https://www.w3cschool.cn/openai_api/openai_api-reference-resources-images-methods-generate.html',
    primary: false,
  },
  nerova: {
    title: 'nerova.ai: OpenAI DALL-E 3 shutdown May 12 2026',
    ref: 'https://nerova.ai/news/openai-dall-e-3-shutdown-may-12-2026',
    primary: false,
  },
  aiweekly: {
    title: 'aiweekly.co: OpenAI deprecates three image APIs by December 2026',
    ref: 'https://aiweekly.co/alerts/openai-deprecates-three-image-apis-by-december-2026',
    primary: false,
  },
  'apiyi-2.5': {
    title: 'APIYI: gpt-image-2.5 launch notes',
    ref: 'https://docs.apiyi.com/en/news/gpt-image-2-5-launch.md',
    primary: false,
  },
  'apiyi-2.6': {
    title: 'APIYI: gpt-image-2.6 capabilities page (released 2026-11-04)',
    ref: 'https://docs.apiyi.com/en/api-capabilities/gpt-image-2/gpt-image-2-6.md',
    primary: false,
  },
  'apiyi-legacy': {
    title: 'APIYI legacy-models page: gpt-image-1.5, gpt-image-1 and gpt-image-1-mini still "available; upgrade to gpt-image-2 recommended" (facts sheet §13 and §14)',
    ref: 'shared/openai-image-facts.md#13-additions-and-corrections-2026-11-23',
    primary: false,
  },
  max_bob: {
    title: 'dev.to/max_bob: OpenAI API deprecations 2026-2027 (gpt-5/o3 on 2026-12-11, gpt-4o/4.1 on 2027-01-14)',
    ref: 'https://dev.to/max_bob',
    primary: false,
  },
  'apidog-2.6': {
    title: 'apidog blog: GPT Image 2.6 API',
    ref: 'https://apidog.com/blog/gpt-image-2-6-api/',
    primary: false,
  },
  'comfy-v3': {
    title: 'Comfy docs: OpenAIGPTImageNodeV3',
    ref: 'https://docs.comfy.org/built-in-nodes',
    primary: false,
  },
  'vercel-gateway': {
    title: 'Vercel AI Gateway model pages (gpt-image-2, gpt-image-2.6-sunburst)',
    ref: 'https://vercel.com/ai-gateway/models/gpt-image-2.md',
    primary: false,
  },
  'pricing-dalle': {
    title: 'Secondary copies of openai.com/pricing for DALL-E (kevinhermawan/Canvas model-info.json; vectorshift docs)',
    ref: 'https://github.com/kevinhermawan/Canvas',
    primary: false,
  },
  'codex2api-89': {
    title: "james-6-23/codex2api#89: 400 Tool choice 'image_generation' not found in 'tools' parameter",
    ref: 'https://github.com/james-6-23/codex2api/issues/89',
    primary: false,
  },
  'playground-29': {
    title: "alasano/gpt-image-playground#29: 400 Unknown parameter: 'tools[0].n'",
    ref: 'https://github.com/alasano/gpt-image-playground/issues/29',
    primary: false,
  },
  'vercel-6102': {
    title: "vercel/ai#6102 and fixture gpt-image-response-format-error.json: 400 Unknown parameter: 'response_format'",
    ref: 'https://github.com/vercel/ai/issues/6102',
    primary: false,
  },
  'sub2api-2277': {
    title: 'Wei-Shaw/sub2api#2277: gpt-5.x models calling the image_generation tool',
    ref: 'https://github.com/Wei-Shaw/sub2api/issues/2277',
    primary: false,
  },
  'langchain-tool': {
    title: 'langchainjs tools/imageGeneration.ts docstring: supported chat models',
    ref: 'https://github.com/langchain-ai/langchainjs/blob/62fc484b2a0d1ec5b8bebff4a8a0efe6300ada72/libs/providers/langchain-openai/src/tools/imageGeneration.ts',
    primary: false,
  },
  'wild-ids': {
    title: 'Non-existent ids seen in the wild (wuyoscar models.md; acedatacloud skill)',
    ref: 'https://raw.githubusercontent.com/wuyoscar/GPT-Image2-Skill/main/models.md',
    primary: false,
  },
  'php-565': {
    title: 'openai-php/client#565 (403 body: "Your organization must be verified to use the model ..."); Code-with-Beto/snapai#9',
    ref: 'https://github.com/openai-php/client/issues/565',
    primary: false,
  },
  'gw-hiapi': {
    title: 'HiAPI model pages: slash-suffix and @variant ids (gpt-image-2/text-to-image@beta)',
    ref: 'https://hiapi.ai',
    primary: false,
  },
  'gw-fal': {
    title: 'fal.ai endpoints: fal-ai/gpt-image-1, openai/gpt-image-2.5/{flare|sunburst}/{text-to-image|edit}',
    ref: 'https://fal.ai/models',
    primary: false,
  },
  'gw-acedata': {
    title: 'AceDataCloud skill: gpt-image-2.5-flare:official, gpt-image-2.5-sunburst:official',
    ref: 'https://skills.sh',
    primary: false,
  },
  'gw-apiyi': {
    title: 'APIYI docs: gpt-image-2-all, gpt-image-2-vip, gpt-image-2.5-all, gpt-image-2.6-all',
    ref: 'https://docs.apiyi.com/en/api-capabilities/gpt-image-2/gpt-image-2-6.md',
    primary: false,
  },
  'gw-laozhang': {
    title: 'LaoZhang API docs: gpt-image-2-vip, gpt-image-2-web, gpt-image-2.6-flare-vip',
    ref: 'https://docs.laozhang.ai',
    primary: false,
  },
  'gw-evolink': {
    title: 'Evolink / PoYo / APIMart docs: gpt-image-2-beta, gpt-image-2-edit, gpt-image-2.5-ext',
    ref: 'https://docs.evolink.ai',
    primary: false,
  },
  'gw-vercel': {
    title: 'Vercel AI Gateway / OpenRouter provider-prefixed ids (openai/gpt-image-2, openai/gpt-image-2.6-sunburst)',
    ref: 'https://vercel.com/ai-gateway/models/gpt-image-2.md',
    primary: false,
  },
  'librechat-9427': {
    title: 'danny-avila/LibreChat#9427: chatCompletion operation does not work with gpt-image-1 (Azure OperationNotSupported)',
    ref: 'https://github.com/danny-avila/LibreChat/issues/9427',
    primary: false,
  },
  'responses-fixtures': {
    title: "Public test fixtures recording live Responses API errors: \"The requested model 'X' is not supported with the Responses API\" / \"was not found\" (facts sheet §3c)",
    ref: 'shared/openai-image-facts.md#3c',
    primary: false,
  },
  'vercel-ai': {
    title: 'vercel/ai @ ed857f50: packages/openai/src/openai-provider.ts, image/openai-image-model.ts, image/openai-image-model-options.ts, tool/image-generation.ts',
    ref: 'https://github.com/vercel/ai/tree/ed857f50f112e23930b0c2dd8d532cc8bebbc911/packages/openai/src',
    primary: false,
  },
  'langchain-dalle': {
    title: 'langchainjs @langchain/openai 1.5.6, libs/providers/langchain-openai/src/tools/dalle.ts (DallEAPIWrapper)',
    ref: 'https://github.com/langchain-ai/langchainjs/blob/62fc484b2a0d1ec5b8bebff4a8a0efe6300ada72/libs/providers/langchain-openai/src/tools/dalle.ts',
    primary: false,
  },
  'langchain-imagegen': {
    title: 'langchainjs tools/imageGeneration.ts: `model: options?.model` (left out when not given; facts sheet §13), camelCase options, model typed to gpt-image-1 | gpt-image-1-mini | gpt-image-1.5',
    ref: 'https://github.com/langchain-ai/langchainjs/blob/0dff50451f1da9126169fae63c10045e840dd786/libs/providers/langchain-openai/src/tools/imageGeneration.ts',
    primary: false,
  },
  'openai-v3': {
    title: 'openai-node v3.3.0 api.ts: OpenAIApi.createImage(request), createImageEdit(image, prompt, mask, n, size, responseFormat, user), createImageVariation(image, n, size, responseFormat, user); results are axios responses (`response.data` is the ImagesResponse)',
    ref: 'https://github.com/openai/openai-node/blob/v3.3.0/api.ts',
    primary: true,
  },
  'npm-openai-v3': {
    title:
      'openai npm packages 3.0.0-3.3.0, dist/api.d.ts and dist/configuration.d.ts: createImageEdit(image, mask, prompt, ...) up to 3.1.x, createImageEdit(image, prompt, mask?, ...) from 3.2.0; Configuration options apiKey, organization, username, password, accessToken, basePath, baseOptions, formDataCtor',
    ref: 'npm:openai@3.2.0',
    primary: true,
  },
  'npm-openai-v4': {
    title:
      'openai npm package 4.104.0 (the last 4.x; 5.x and 6.x declare no engines, 7.57.0 requires Node >= 22): new OpenAI({ apiKey, organization, baseURL }), images.generate/edit(body), APIError.status and .error (the body\'s `error` object), `require("openai")` is the client class',
    ref: 'npm:openai@4.104.0',
    primary: true,
  },
  'npm-ai-sdk-openai': {
    title:
      'Published @ai-sdk/openai packages, each installed from the npm registry and run: createOpenAI({ fetch }).image(id).doGenerate() against a stub fetch, recording whether the body carries response_format and the model\'s maxImagesPerCall (checked 2026-11-23, every 2.0.x, 3.0.x and 4.0.x release by bisection, plus 1.3.24, 2.1.0-beta.16, 3.0.0-beta.112 and the 4.0.0 prereleases)',
    ref: 'npm:@ai-sdk/openai',
    primary: true,
  },
  'hiapi-tasks': {
    title:
      "HiAPI docs: unified async API (POST /v1/tasks with { model, input }, GET /v1/tasks/:id) and the GPT Image 2 model page (\"model: Fixed value gpt-image-2\"); issue 6 records the 400 for a /text-to-image suffix and that gpt-image-1 / 1.5 are not hosted",
    ref: 'https://docs.hiapi.ai/async-api/create/?lang=en',
    primary: false,
  },
  'hiapi-blog': {
    title: 'HiAPI blog: gpt-image-2/text-to-image through the task API (uses the suffixed id; disagrees with the model page)',
    ref: 'https://www.hiapi.ai/en/blog/how-to-use-gpt-image-2-text-to-image-hiapi-api',
    primary: false,
  },
  facts: {
    title: 'Project facts sheet, shared/openai-image-facts.md (compiled 2026-11-22)',
    ref: 'shared/openai-image-facts.md',
    primary: false,
  },
} as const;

export type SourceKey = keyof typeof sources;
