/**
 * The real-world call shapes of issue 6 (raw HTTP, the AI SDK, LangChain,
 * openai v3, Azure, gateways), on both ASTs: each is found as an image
 * request with its endpoint, model and parameters, and code that merely uses
 * these libraries is not.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFile, clientKind, mayContainImageCall, objectEntries, stringCandidates } from '../../src/analysis/index.js';
import { type Flavor, parseAs } from './parse.js';

function analyze(flavor: Flavor, code: string) {
  return analyzeFile(parseAs(flavor, code), code);
}

/** shape endpoint:model [param=value ...] for every image request. */
function requests(flavor: Flavor, code: string): string[] {
  const fa = analyze(flavor, code);
  return fa.requests.map((r) => {
    const hit = r.model.hit;
    const ids = hit ? stringCandidates(hit.value).map((c) => c.value) : [];
    const model = hit ? (ids.length ? ids.join('|') : '?') : r.model.uncertain ? '?' : '-';
    const { entries } = objectEntries(fa.index, r.params);
    const params = [...entries]
      .filter(([k]) => k !== 'model')
      .map(([k, h]) => `${k}=${stringCandidates(h.value).map((c) => c.value).join('|') || (h.value.kind === 'number' ? h.value.value : '?')}`);
    return [`${r.site.shape.id} ${r.endpoint}:${model}`, ...params].join(' ');
  });
}

const shapes: [string, string, string[]][] = [
  // ---- raw HTTP
  [
    'fetch with JSON.stringify',
    `await fetch("https://api.openai.com/v1/images/generations", { method: "POST", body: JSON.stringify({ model: "dall-e-3", prompt: "p", style: "vivid" }) });`,
    ['http generations:dall-e-3 prompt=p style=vivid'],
  ],
  [
    'URL template with a same-file const base, body in a variable',
    'const BASE = "https://api.openai.com/v1"; const body = JSON.stringify({ model: "gpt-image-1", prompt: "p" }); await fetch(`${BASE}/images/generations`, { method: "POST", body });',
    ['http generations:gpt-image-1 prompt=p'],
  ],
  [
    'URL from the environment still names the path',
    'await fetch(`${process.env.OPENAI_BASE}/v1/images/edits`, { method: "POST", body: JSON.stringify({ model: "gpt-image-1.5", prompt: "p" }) });',
    ['http edits:gpt-image-1.5 prompt=p'],
  ],
  [
    'axios.post with an object body',
    `const URL_GEN = "https://api.openai.com/v1/images/generations"; const { data } = await axios.post(URL_GEN, { model: "dall-e-2", prompt: "p", n: 2 }, { headers });`,
    ['http generations:dall-e-2 prompt=p n=2'],
  ],
  ['axios config object', `await axios({ method: "post", url: "https://api.openai.com/v1/images/generations", data: { model: "dall-e-3", prompt: "p" } });`, ['http generations:dall-e-3 prompt=p']],
  // The config's value comes from elsewhere: resolved for config clients, their methods and their instances.
  [
    'axios with a config built in a let',
    `let config;\nconfig = { method: "post", url: "https://api.openai.com/v1/images/generations", data: { model: "dall-e-3", prompt: "p" } };\nawait axios(config);`,
    ['http generations:dall-e-3 prompt=p'],
  ],
  [
    'an axios.create() instance with a config from a builder',
    `const api = axios.create({ headers });\nconst build = (prompt) => ({ url: "https://api.openai.com/v1/images/generations", method: "post", data: { model: "dall-e-2", prompt } });\nawait api(build("p"));`,
    ['http generations:dall-e-2 prompt=?'],
  ],
  [
    'instance.request with a config const',
    `const cfg = { url: "https://api.openai.com/v1/images/generations", method: "post", data: { model: "gpt-image-1", prompt: "p" } };\nawait http.request(cfg);`,
    ['http generations:gpt-image-1 prompt=p'],
  ],
  [
    'a URL in a let, with the body beside it',
    `let endpoint;\nendpoint = "https://api.openai.com/v1/images/generations";\nawait post(endpoint, { body: JSON.stringify({ model: "dall-e-3", prompt: "p" }) });`,
    ['http generations:dall-e-3 prompt=p'],
  ],
  ['undici request', `import { request } from "undici"; await request("https://api.openai.com/v1/images/generations", { method: "POST", body: JSON.stringify({ prompt: "p" }) });`, ['http generations:- prompt=p']],
  ['got.post with json', `await got.post("https://api.openai.com/v1/images/generations", { json: { model: "gpt-image-1", prompt: "p" } }).json();`, ['http generations:gpt-image-1 prompt=p']],
  ['ky.post with json', `await ky.post("https://api.openai.com/v1/images/generations", { json: { model: "gpt-image-2", prompt: "p", size: "1000x1000" } }).json();`, ['http generations:gpt-image-2 prompt=p size=1000x1000']],
  [
    'multipart edit with FormData',
    `const form = new FormData();\nform.append("model", "dall-e-2");\nform.append("prompt", "p");\nform.append("image", file);\nawait fetch("https://api.openai.com/v1/images/edits", { method: "POST", body: form });`,
    ['http edits:dall-e-2 prompt=p image=?'],
  ],
  ['variations', `await fetch("https://api.openai.com/v1/images/variations", { method: "POST", body: form });`, ['http variations:?']],
  [
    'Responses over HTTP',
    `await fetch("https://api.openai.com/v1/responses", { method: "POST", body: JSON.stringify({ model: "gpt-5.5", input: "x", tools: [{ type: "image_generation", model: "gpt-image-1" }] }) });`,
    ['http responses-tool:gpt-image-1 type=image_generation'],
  ],
  [
    'HiAPI task API',
    `await fetch("https://api.hiapi.ai/v1/tasks", { method: "POST", body: JSON.stringify({ model: "gpt-image-2/text-to-image", input: { prompt: "p" } }) });`,
    ['hiapi-tasks generations:gpt-image-2/text-to-image'],
  ],
  [
    'Azure deployment URL: the model is the deployment',
    'await fetch(`https://${RESOURCE}.openai.azure.com/openai/deployments/${DEPLOYMENT}/images/generations?api-version=2025-04-01-preview`, { method: "POST", body: JSON.stringify({ prompt: "p" }) });',
    ['http generations:? prompt=p'],
  ],
  // ---- the AI SDK
  [
    'generateImage with openai.image and providerOptions',
    `import { openai } from "@ai-sdk/openai"; import { experimental_generateImage as generateImage } from "ai";\nawait generateImage({ model: openai.image("dall-e-3"), prompt: "p", size: "1024x1024", n: 4, providerOptions: { openai: { style: "vivid", quality: "hd", outputFormat: "png" } } });`,
    ['vercel-image generations:dall-e-3 size=1024x1024 style=vivid quality=hd output_format=png'],
  ],
  [
    'imageModel through a const and a createOpenAI instance',
    `import { createOpenAI } from "@ai-sdk/openai"; import { generateImage } from "ai";\nconst provider = createOpenAI({ apiKey });\nconst model = provider.imageModel("gpt-image-1");\nawait generateImage({ model, prompt: "p" });`,
    ['vercel-image generations:gpt-image-1'],
  ],
  ['openai.image without generateImage in the file', `import { openai } from "@ai-sdk/openai"; export const imageModel = openai.image("gpt-image-1.5");`, ['vercel-image generations:gpt-image-1.5']],
  [
    'openai.tools.imageGeneration',
    `import { openai } from "@ai-sdk/openai"; await generateText({ model: openai.responses("gpt-5.5"), tools: { image_generation: openai.tools.imageGeneration({ outputFormat: "webp", size: "1792x1024" }) } });`,
    ['vercel-tool responses-tool:- output_format=webp size=1792x1024'],
  ],
  // ---- LangChain
  ['DallEAPIWrapper with options', `import { DallEAPIWrapper } from "@langchain/openai"; const tool = new DallEAPIWrapper({ n: 1, modelName: "dall-e-3", dallEResponseFormat: "b64_json" });`, ['langchain-dalle generations:dall-e-3 n=1 response_format=b64_json']],
  ['DallEAPIWrapper without options', `const { DallEAPIWrapper } = require("@langchain/openai"); const tool = new DallEAPIWrapper();`, ['langchain-dalle generations:-']],
  ['LangChain tools.imageGeneration', `import { ChatOpenAI, tools } from "@langchain/openai"; await llm.invoke("x", { tools: [tools.imageGeneration({ size: "1536x1024" })] });`, ['langchain-tool responses-tool:- size=1536x1024']],
  // ---- openai v3
  [
    'openai v3 createImage',
    `const { Configuration, OpenAIApi } = require("openai"); const openai = new OpenAIApi(new Configuration({ apiKey }));\nconst response = await openai.createImage({ prompt: "p", n: 1, size: "512x512" });`,
    ['openai-v3 generations:- prompt=p n=1 size=512x512'],
  ],
  ['openai v3 createImageEdit and createImageVariation', `const openai = new OpenAIApi(configuration); await openai.createImageEdit(fs.createReadStream("a.png"), "p"); await openai.createImageVariation(img, 1, "256x256");`, ['openai-v3 edits:-', 'openai-v3 variations:-']],
];

const silent: [string, string][] = [
  ['fetch to another API', `await fetch("https://example.com/api/images", { method: "POST", body: JSON.stringify({ model: "dall-e-3" }) });`],
  ['a task API without a model/input body', `await fetch("https://jira.example.com/v1/tasks", { method: "POST", body: JSON.stringify({ title: "dall-e-3" }) });`],
  ['AI SDK text generation only', `import { openai } from "@ai-sdk/openai"; import { generateText } from "ai"; await generateText({ model: openai("gpt-5.5"), prompt: "dall-e-3" });`],
  ['an unrelated .image() call', `const $ = cheerio.load(html); const img = page.image("dall-e-3");`],
  ['LangChain chat model only', `import { ChatOpenAI } from "@langchain/openai"; const llm = new ChatOpenAI({ model: "gpt-5.5" }); await llm.invoke("draw with dall-e-3");`],
  ['openai v3 chat only', `const openai = new OpenAIApi(new Configuration({ apiKey })); await openai.createChatCompletion({ model: "gpt-3.5-turbo", messages });`],
  ['a createImage of something else', `const img = canvas.createImage({ model: "dall-e-3" });`],
  ['FormData sent elsewhere', `const form = new FormData(); form.append("model", "dall-e-3"); await fetch("/upload", { method: "POST", body: form });`],
];

describe.each(['estree', 'oxc'] as const)('real-world call shapes on %s', (flavor) => {
  it.each(shapes)('%s', (_name, code, expected) => {
    expect(requests(flavor, code)).toEqual(expected);
  });

  it.each(silent)('stays silent on %s', (_name, code) => {
    expect(requests(flavor, code)).toEqual([]);
  });

  it('tells OpenAI, gateway and Azure clients apart', () => {
    const code = [
      `const gw = new OpenAI({ baseURL: "https://api.apiyi.com/v1" }); gw.images.generate({ model: "gpt-image-2-all", prompt: "p" });`,
      `const az = new AzureOpenAI({ deployment: "img" }); az.images.generate({ prompt: "p" });`,
      `const oa = new OpenAI(); oa.images.generate({ model: "gpt-image-2", prompt: "p" });`,
      `const vp = createOpenAI({ baseURL: "https://gw.example.com/v1" }); vp.image("gpt-image-2-vip");`,
      `const lc = new DallEAPIWrapper({ baseUrl: "https://gw.example.com/v1", model: "dall-e-3" });`,
      `fetch("https://api.laozhang.ai/v1/images/generations", { method: "POST", body: JSON.stringify({ model: "gpt-image-2-vip", prompt: "p" }) });`,
      `fetch("https://api.openai.com/v1/images/generations", { method: "POST", body: JSON.stringify({ model: "gpt-image-2", prompt: "p" }) });`,
    ].join('\n');
    const fa = analyze(flavor, code);
    expect(fa.requests.map((r) => clientKind(fa.index, r.site))).toEqual([
      { kind: 'gateway', baseUrl: 'https://api.apiyi.com/v1' },
      { kind: 'azure' },
      { kind: 'openai' },
      { kind: 'gateway', baseUrl: 'https://gw.example.com/v1' },
      { kind: 'gateway', baseUrl: 'https://gw.example.com/v1' },
      { kind: 'gateway', baseUrl: 'api.laozhang.ai' },
      { kind: 'openai' },
    ]);
  });
});

describe('the cheap pre-check', () => {
  it('lets every supported shape through', () => {
    for (const [, code] of shapes) expect(mayContainImageCall(code)).toBe(true);
  });

  it('skips files that cannot hold an image call', () => {
    expect(mayContainImageCall(`import { openai } from "@ai-sdk/openai"; await generateText({ model: openai("gpt-5.5") });`)).toBe(false);
    expect(mayContainImageCall(`const img = new Image(); img.src = url; // an image`)).toBe(false);
  });
});
