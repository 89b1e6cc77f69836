/**
 * Every rule on the real-world call shapes of issue 6: raw HTTP, the AI SDK,
 * LangChain, openai v3, Azure and gateways. The analysis recognises the
 * shapes, so these are the same rules with the same messages; what differs is
 * what a library does on its own (defaults it sends, values its schema
 * rejects) and what a fix may touch.
 */
import legacy from '../../rules/no-legacy-model.js';
import unknown from '../../rules/no-unknown-model.js';
import unsupported from '../../rules/no-unsupported-param.js';
import requireModel from '../../rules/require-model.js';
import urlResponse from '../../rules/no-url-response.js';
import inResponses from '../../rules/no-image-model-in-responses.js';
import { ruleTester } from '../support/eslint.js';

const today = '2026-11-22';
const OPENAI_GEN = 'https://api.openai.com/v1/images/generations';
const AI = `import { openai, createOpenAI } from "@ai-sdk/openai";\nimport { experimental_generateImage as generateImage } from "ai";\n`;
const LC = `import { DallEAPIWrapper, tools } from "@langchain/openai";\n`;
const V3 = `const { Configuration, OpenAIApi } = require("openai");\nconst openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));\n`;

ruleTester().run('no-legacy-model on the real-world shapes', legacy, {
  valid: [
    { code: `await fetch("${OPENAI_GEN}", { method: "POST", body: JSON.stringify({ model: "gpt-image-2", prompt: "p" }) });`, options: [{ today }] },
    { code: `${AI}await generateImage({ model: openai.image("gpt-image-2"), prompt: "p" });`, options: [{ today }] },
    // An Azure deployment name is never reported.
    { code: `const az = new AzureOpenAI({ apiVersion });\nawait az.images.generate({ model: "prod-images", prompt: "p" });`, options: [{ today }] },
    // Libraries used without an image call.
    { code: `${AI}import { generateText } from "ai";\nawait generateText({ model: openai("gpt-5.5"), prompt: "describe dall-e-3" });`, options: [{ today }] },
    { code: `${LC}import { ChatOpenAI } from "@langchain/openai";\nconst llm = new ChatOpenAI({ model: "gpt-5.5" });`, options: [{ today }] },
  ],
  invalid: [
    {
      name: 'fetch with JSON.stringify: migrated in place',
      code: `await fetch("${OPENAI_GEN}", { method: "POST", body: JSON.stringify({ model: "dall-e-3", prompt: "p", quality: "hd" }) });`,
      options: [{ today }],
      errors: [
        {
          messageId: 'shutDown',
          suggestions: [{ messageId: 'migrate', output: `await fetch("${OPENAI_GEN}", { method: "POST", body: JSON.stringify({ model: "gpt-image-2", prompt: "p", quality: "high" }) });` }],
        },
      ],
    },
    {
      name: 'axios.post with a body in a same-file const and the URL in a template',
      code: 'const BASE = "https://api.openai.com/v1";\nconst body = { model: "gpt-image-1", prompt: "p", size: "1024x1024" };\nawait axios.post(`${BASE}/images/generations`, body);',
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 3, suggestions: [{ messageId: 'migrate', output: 'const BASE = "https://api.openai.com/v1";\nconst body = { model: "gpt-image-2", prompt: "p", size: "1024x1024" };\nawait axios.post(`${BASE}/images/generations`, body);' }] }],
    },
    {
      name: 'a multipart edit built with FormData.append',
      code: `const form = new FormData();\nform.append("model", "dall-e-2");\nform.append("prompt", "p");\nawait fetch("https://api.openai.com/v1/images/edits", { method: "POST", body: form });`,
      options: [{ today }],
      errors: [
        {
          messageId: 'shutDown',
          line: 2,
          suggestions: [{ messageId: 'migrate', output: `const form = new FormData();\nform.append("model", "gpt-image-2");\nform.append("prompt", "p");\nawait fetch("https://api.openai.com/v1/images/edits", { method: "POST", body: form });` }],
        },
      ],
    },
    {
      name: 'AI SDK: openai.image id, providerOptions in camelCase, top-level size',
      code: `${AI}await generateImage({ model: openai.image("dall-e-3"), prompt: "p", size: "1792x1024", n: 2, providerOptions: { openai: { style: "vivid", quality: "hd" } } });`,
      options: [{ today }],
      errors: [
        {
          messageId: 'shutDown',
          line: 3,
          suggestions: [
            {
              messageId: 'migrate',
              output: `${AI}await generateImage({ model: openai.image("gpt-image-2"), prompt: "p", size: "1792x1024", n: 2, providerOptions: { openai: { /* TODO(gpt-image): style "vivid" is not supported by gpt-image-2; describe it in the prompt. */ quality: "high" } } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'AI SDK: a createOpenAI instance, imageModel through a const',
      code: `${AI}const provider = createOpenAI({ apiKey });\nconst model = provider.imageModel("gpt-image-1.5");\nawait generateImage({ model, prompt: "p" });`,
      options: [{ today }],
      errors: [{ messageId: 'deprecated', line: 4, suggestions: [{ messageId: 'migrate', output: `${AI}const provider = createOpenAI({ apiKey });\nconst model = provider.imageModel("gpt-image-2");\nawait generateImage({ model, prompt: "p" });` }] }],
    },
    {
      name: 'LangChain DallEAPIWrapper: flagged with the way out, no migration (the wrapper would still send response_format)',
      code: `${LC}const tool = new DallEAPIWrapper({ model: "dall-e-3" });`,
      options: [{ today }],
      errors: [{ messageId: 'shutDown', suggestions: [] }],
    },
    {
      name: 'LangChain tools.imageGeneration types its model: no fix that would not type-check',
      code: `${LC}const t = tools.imageGeneration({ model: "gpt-image-1" });`,
      options: [{ today }],
      errors: [{ messageId: 'shutDown', suggestions: [] }],
    },
    {
      name: 'openai v3 createImage with a model (plain JS): reported, no one-call suggestion',
      code: `${V3}async function f() {\n  const response = await openai.createImage({ model: "dall-e-3", prompt: "p", response_format: "url" });\n  return response.data.data[0].url;\n}`,
      options: [{ today }],
      errors: [
        {
          messageId: 'shutDown',
          data: {
            id: 'dall-e-3',
            date: '2026-05-12',
            advice:
              " Migrate to `gpt-image-2` (OpenAI recommends `gpt-image-2.5-sunburst`). The openai v3 SDK (`OpenAIApi`) is no longer maintained: create the client with `new OpenAI({ apiKey })` from openai v4 or later and call `images.generate` or `images.edit` with `model: 'gpt-image-2'` (image variations are no longer served: use `images.edit` with a GPT image model).",
          },
          suggestions: [],
        },
      ],
    },
    {
      name: 'Azure: a recognised id is reported, with the deployment advice and no rename',
      code: `const az = new AzureOpenAI({ apiVersion });\nawait az.images.generate({ model: "dall-e-3", prompt: "p" });`,
      options: [{ today }],
      errors: [{ messageId: 'shutDown', data: { id: 'dall-e-3', date: '2026-05-12', advice: ' Migrate to `gpt-image-2` (OpenAI recommends `gpt-image-2.5-sunburst`). On Azure, `model` names a deployment: deploy the replacement model and use its deployment name.' }, suggestions: [] }],
    },
    {
      name: 'a gateway client: the message says where the request goes, and allow is honoured',
      code: `const gw = new OpenAI({ baseURL: "https://api.apiyi.com/v1" });\nawait gw.images.generate({ model: "dall-e-3", prompt: "p" });\nawait gw.images.generate({ model: "gpt-image-1", prompt: "p" });`,
      options: [{ today, allow: ['gpt-image-1'] }],
      errors: [
        {
          messageId: 'shutDown',
          line: 2,
          data: {
            id: 'dall-e-3',
            date: '2026-05-12',
            advice: ' Migrate to `gpt-image-2` (OpenAI recommends `gpt-image-2.5-sunburst`). This request goes to `https://api.apiyi.com/v1`, not api.openai.com; if that gateway serves `dall-e-3`, add it to `allow`.',
          },
          suggestions: [{ messageId: 'migrate', output: `const gw = new OpenAI({ baseURL: "https://api.apiyi.com/v1" });\nawait gw.images.generate({ model: "gpt-image-2", prompt: "p" });\nawait gw.images.generate({ model: "gpt-image-1", prompt: "p" });` }],
        },
      ],
    },
  ],
});

ruleTester().run('no-unknown-model on the real-world shapes', unknown, {
  valid: [
    `await fetch("https://api.hiapi.ai/v1/tasks", { method: "POST", body: JSON.stringify({ model: "gpt-image-2.5-flare", input: { prompt: "p" } }) });`,
    `const az = new AzureOpenAI({ apiVersion });\nawait az.images.generate({ model: "gpt-image2-deployment", prompt: "p" });`,
    'await fetch(`https://${RESOURCE}.openai.azure.com/openai/deployments/dalle3/images/generations?api-version=2025-04-01-preview`, { method: "POST", body: JSON.stringify({ model: "dalle3", prompt: "p" }) });',
    { code: `${AI}const gw = createOpenAI({ baseURL: "https://gw.example.com/v1" });\nawait generateImage({ model: gw.image("gpt-image-2-vip"), prompt: "p" });`, options: [{ allow: ['gpt-image-2-vip'] }] },
  ],
  invalid: [
    {
      name: 'HiAPI task API: a suffixed id gets a 400',
      code: `await fetch("https://api.hiapi.ai/v1/tasks", { method: "POST", body: JSON.stringify({ model: "gpt-image-2/text-to-image", input: { prompt: "p" } }) });`,
      errors: [
        {
          messageId: 'taskIdNotPlain',
          data: { id: 'gpt-image-2/text-to-image', api: 'HiAPI task API (`/v1/tasks`)', base: '`gpt-image-2`' },
          suggestions: [{ messageId: 'didYouMean', output: `await fetch("https://api.hiapi.ai/v1/tasks", { method: "POST", body: JSON.stringify({ model: "gpt-image-2", input: { prompt: "p" } }) });` }],
        },
      ],
    },
    {
      name: 'HiAPI task API: gpt-image-1.5 is not hosted',
      code: `await axios.post("https://api.hiapi.ai/v1/tasks", { model: "gpt-image-1.5", input: { prompt: "p" } });`,
      errors: [{ messageId: 'taskNotHosted', data: { id: 'gpt-image-1.5', api: 'HiAPI task API (`/v1/tasks`)' } }],
    },
    {
      name: 'AI SDK through a gateway provider',
      code: `${AI}const gw = createOpenAI({ baseURL: "https://gw.example.com/v1" });\nawait generateImage({ model: gw.image("gpt-image-2-vip"), prompt: "p" });`,
      errors: [{ messageId: 'gatewayClient', data: { id: 'gpt-image-2-vip', why: 'a gateway-style id, as APIYI, LaoZhang, APIMart and Evolink spell them', where: '`https://gw.example.com/v1`' }, suggestions: [{ messageId: 'didYouMean', output: `${AI}const gw = createOpenAI({ baseURL: "https://gw.example.com/v1" });\nawait generateImage({ model: gw.image("gpt-image-2"), prompt: "p" });` }] }],
    },
    {
      name: 'raw HTTP to api.openai.com with a typo',
      code: `await fetch("${OPENAI_GEN}", { method: "POST", body: JSON.stringify({ model: "gpt-image2", prompt: "p" }) });`,
      errors: [{ messageId: 'nearMiss', suggestions: [{ messageId: 'didYouMean', output: `await fetch("${OPENAI_GEN}", { method: "POST", body: JSON.stringify({ model: "gpt-image-2", prompt: "p" }) });` }] }],
    },
  ],
});

ruleTester().run('no-unsupported-param on the real-world shapes', unsupported, {
  valid: [
    `${AI}await generateImage({ model: openai.image("dall-e-3"), prompt: "p", n: 4 });`,
    `${AI}const t = openai.tools.imageGeneration({ model: "gpt-image-2", size: "1536x1024", moderation: "auto" });`,
    `${LC}const w = new DallEAPIWrapper({ model: "dall-e-3" });`,
  ],
  invalid: [
    {
      name: 'AI SDK: the provider schema rejects xhigh before the API sees it; style on a GPT model',
      code: `${AI}await generateImage({ model: openai.image("gpt-image-2.5-sunburst"), prompt: "p", providerOptions: { openai: { quality: "xhigh", style: "natural" } } });`,
      errors: [
        { messageId: 'badValue', data: { param: 'quality', value: 'xhigh', where: 'by AI SDK `generateImage` (its schema rejects it before sending)', allowed: 'standard, hd, low, medium, high, auto' } },
        { messageId: 'unsupported', suggestions: [{ messageId: 'removeParam', output: `${AI}await generateImage({ model: openai.image("gpt-image-2.5-sunburst"), prompt: "p", providerOptions: { openai: { quality: "xhigh" } } });` }] },
      ],
    },
    {
      name: 'AI SDK image tool: fixed sizes, moderation auto only, and a rename spelled in camelCase',
      code: `${AI}const t = openai.tools.imageGeneration({ model: "gpt-image-2", size: "1792x1024", moderation: "low", format: "webp" });`,
      output: `${AI}const t = openai.tools.imageGeneration({ model: "gpt-image-2", size: "1792x1024", moderation: "low", outputFormat: "webp" });`,
      errors: [{ messageId: 'badSize' }, { messageId: 'badValue', data: { param: 'moderation', value: 'low', where: 'by AI SDK `openai.tools.imageGeneration` (its schema rejects it before sending)', allowed: 'auto' } }, { messageId: 'unsupported' }],
    },
    {
      name: 'DallEAPIWrapper with a GPT model: what the wrapper always sends fails',
      code: `${LC}const w = new DallEAPIWrapper({ model: "gpt-image-2" });`,
      errors: [
        { messageId: 'librarySends', line: 2, column: 15 },
        { messageId: 'librarySends', line: 2, column: 15 },
        { messageId: 'librarySends', line: 2, column: 15 },
      ],
    },
    {
      name: 'a multipart edit: response_format appended for a GPT model',
      code: `const form = new FormData();\nform.append("model", "gpt-image-2");\nform.append("response_format", "url");\nawait fetch("https://api.openai.com/v1/images/edits", { method: "POST", body: form });`,
      errors: [{ messageId: 'unsupported', line: 3, suggestions: [{ messageId: 'removeParam', output: `const form = new FormData();\nform.append("model", "gpt-image-2");\nawait fetch("https://api.openai.com/v1/images/edits", { method: "POST", body: form });` }] }],
    },
  ],
});

ruleTester().run('require-model on the real-world shapes', requireModel, {
  valid: [
    { code: `const az = new AzureOpenAI({ deployment: "images" });\nawait az.images.generate({ prompt: "p" });`, options: [{ today }] },
    { code: 'await fetch(`https://${R}.openai.azure.com/openai/deployments/img/images/generations?api-version=v`, { method: "POST", body: JSON.stringify({ prompt: "p" }) });', options: [{ today }] },
    { code: `const form = new FormData();\naddFields(form);\nawait fetch("https://api.openai.com/v1/images/edits", { method: "POST", body: form });`, options: [{ today }] },
  ],
  invalid: [
    {
      name: 'fetch without a model',
      code: `await fetch("${OPENAI_GEN}", { method: "POST", body: JSON.stringify({ prompt: "p", response_format: "url" }) });`,
      options: [{ today }],
      errors: [{ messageId: 'missingModel', suggestions: [{ messageId: 'addModel', output: `await fetch("${OPENAI_GEN}", { method: "POST", body: JSON.stringify({ model: "gpt-image-2", prompt: "p" }) });` }] }],
    },
    {
      name: 'a FormData edit without a model: the suggestion appends one',
      code: `const form = new FormData();\nform.append("prompt", "p");\nawait fetch("https://api.openai.com/v1/images/edits", { method: "POST", body: form });`,
      options: [{ today }],
      errors: [{ messageId: 'missingModel', suggestions: [{ messageId: 'addModel', output: `const form = new FormData();\nform.append("prompt", "p");\nform.append("model", "gpt-image-2");\nawait fetch("https://api.openai.com/v1/images/edits", { method: "POST", body: form });` }] }],
    },
    {
      name: 'DallEAPIWrapper without a model: the wrapper sends dall-e-3',
      code: `${LC}const w = new DallEAPIWrapper();`,
      options: [{ today }],
      errors: [{ messageId: 'missingModelWayOut', suggestions: [] }],
    },
    {
      name: 'LangChain tools.imageGeneration without a model, with tools: true: the API default applies',
      code: `${LC}const t = tools.imageGeneration({ size: "1024x1024" });`,
      options: [{ today, tools: true }],
      errors: [{ messageId: 'missingToolModel', suggestions: [] }],
    },
    {
      name: 'openai v3 createImage without a model: reported, no one-call suggestion',
      code: `${V3}async function f() {\n  const res = await openai.createImage({ prompt: "p", size: "512x512" });\n  return res.data.data[0].b64_json;\n}`,
      options: [{ today }],
      errors: [
        {
          messageId: 'missingModelWayOut',
          // The v3 client moves to v4 as a whole file (gpt-image migrate), never one call: no suggestion.
          suggestions: []
        },
      ],
    },
    {
      name: 'openai v3: a result used otherwise, and the positional methods, are not rewritten',
      code: `${V3}async function f() {\n  const res = await openai.createImage({ prompt: "p" });\n  return res.data;\n}\nawait openai.createImageEdit(img, "p");`,
      options: [{ today }],
      errors: [{ messageId: 'missingModelWayOut', suggestions: [] }, { messageId: 'missingModelWayOut', suggestions: [] }],
    },
  ],
});

ruleTester().run('no-url-response on the real-world shapes', urlResponse, {
  valid: [
    // DALL-E (the v3 default) returns URLs.
    `${V3}const r = await openai.createImage({ prompt: "p" });\nconsole.log(r.data.data[0].url);`,
    `const res = await fetch("${OPENAI_GEN}", { method: "POST", body: JSON.stringify({ model: "dall-e-3", prompt: "p" }) });\nconst json = await res.json();\njson.data[0].url;`,
  ],
  invalid: [
    {
      name: 'fetch then res.json()',
      code: `const res = await fetch("${OPENAI_GEN}", { method: "POST", body: JSON.stringify({ model: "gpt-image-2", prompt: "p" }) });\nconst json = await res.json();\nshow(json.data[0].url);`,
      errors: [{ messageId: 'urlUndefined', line: 3, suggestions: [{ messageId: 'useB64Json', output: `const res = await fetch("${OPENAI_GEN}", { method: "POST", body: JSON.stringify({ model: "gpt-image-2", prompt: "p" }) });\nconst json = await res.json();\nshow(json.data[0].b64_json);` }, { messageId: 'useDataUrl', output: `const res = await fetch("${OPENAI_GEN}", { method: "POST", body: JSON.stringify({ model: "gpt-image-2", prompt: "p" }) });\nconst json = await res.json();\nshow(json.data[0].b64_json ? \`data:image/png;base64,\${json.data[0].b64_json}\` : undefined);` }] }],
    },
    {
      name: 'axios: the body under data, destructured',
      code: `const { data } = await axios.post("${OPENAI_GEN}", { model: "gpt-image-1.5", prompt: "p" });\nshow(data.data[0].url);`,
      errors: [{ messageId: 'urlUndefined', line: 2, suggestions: [{ messageId: 'useB64Json', output: `const { data } = await axios.post("${OPENAI_GEN}", { model: "gpt-image-1.5", prompt: "p" });\nshow(data.data[0].b64_json);` }, { messageId: 'useDataUrl', output: `const { data } = await axios.post("${OPENAI_GEN}", { model: "gpt-image-1.5", prompt: "p" });\nshow(data.data[0].b64_json ? \`data:image/png;base64,\${data.data[0].b64_json}\` : undefined);` }] }],
    },
    {
      name: 'got(...).json()',
      code: `const body = await got.post("${OPENAI_GEN}", { json: { model: "gpt-image-2", prompt: "p" } }).json();\nshow(body.data[0].url);`,
      errors: [{ messageId: 'urlUndefined', line: 2, suggestions: [{ messageId: 'useB64Json', output: `const body = await got.post("${OPENAI_GEN}", { json: { model: "gpt-image-2", prompt: "p" } }).json();\nshow(body.data[0].b64_json);` }, { messageId: 'useDataUrl', output: `const body = await got.post("${OPENAI_GEN}", { json: { model: "gpt-image-2", prompt: "p" } }).json();\nshow(body.data[0].b64_json ? \`data:image/png;base64,\${body.data[0].b64_json}\` : undefined);` }] }],
    },
  ],
});

ruleTester().run('no-image-model-in-responses over raw HTTP', inResponses, {
  valid: [`await fetch("https://gw.example.com/v1/responses", { method: "POST", body: JSON.stringify({ model: "gpt-image-2", input: "x" }) });`],
  invalid: [
    {
      code: `await fetch("https://api.openai.com/v1/responses", { method: "POST", body: JSON.stringify({ model: "gpt-image-2", input: "x" }) });`,
      errors: [
        {
          messageId: 'imageModelInResponses',
          suggestions: [{ messageId: 'moveToTool', output: `await fetch("https://api.openai.com/v1/responses", { method: "POST", body: JSON.stringify({ model: "gpt-5.5", tools: [{ type: "image_generation", model: "gpt-image-2" }], input: "x" }) });` }],
        },
      ],
    },
  ],
});
