/**
 * Requests sent through the project's own functions (issue 17, items 1-2):
 * a wrapper whose parameter is the body of an image request makes each call
 * with a literal request an image request, reported and fixed at the literal.
 * Each shape has a valid twin: a function that only looks like a wrapper (a
 * name, an analytics post, a `fal.run` call) stays silent.
 */
import legacy from '../../rules/no-legacy-model.js';
import inResponses from '../../rules/no-image-model-in-responses.js';
import { ruleTester } from '../support/eslint.js';

const today = '2026-11-22';
const OAI = `import OpenAI from "openai";\nconst openai = new OpenAI();\n`;
const shutDown = (output: string) => [{ messageId: 'shutDown' as const, suggestions: [{ messageId: 'migrate' as const, output }] }];

ruleTester().run('no-legacy-model: wrappers and declared requests', legacy, {
  valid: [
    // Names do not count: a function called generateImage that posts to analytics.
    { code: `async function generateImage(body) { return fetch("/api/analytics", { method: "POST", body: JSON.stringify(body) }); }\ngenerateImage({ model: "dall-e-3", prompt: "p" });`, options: [{ today }] },
    // A model picker's option list.
    { code: `function options(list) { return list.map((m) => m.label); }\noptions([{ model: "dall-e-3", label: "DALL-E 3" }]);`, options: [{ today }] },
    // fal.run through a wrapper.
    { code: `import { fal } from "@fal-ai/client";\nasync function run(input) { return fal.run("fal-ai/flux", { input }); }\nrun({ model: "dall-e-3", prompt: "p" });`, options: [{ today }] },
    // A wrapper that builds its own request: the argument is not the body.
    { code: `${OAI}async function gen(prompt) { return openai.images.generate({ model: "gpt-image-2", prompt }); }\ngen({ model: "dall-e-3", prompt: "p" });`, options: [{ today }] },
    // The wrapper with a current model.
    { code: `${OAI}async function gen(body) { return openai.images.generate(body); }\ngen({ model: "gpt-image-2", prompt: "p" });`, options: [{ today }] },
    { code: `${OAI}const api = { create(body) { return openai.images.generate(body); } };\napi.create({ model: "gpt-image-2", prompt: "p" });`, options: [{ today }] },
    { code: `${OAI}class S { static send(url, data) { return openai.images.generate(data); } static run() { return this.send("u", { model: "gpt-image-2", prompt: "p" }); } }`, options: [{ today }] },
    { code: `async function requestOpenAI(body) { return fetch("https://api.openai.com/v1/images/generations", { method: "POST", body: JSON.stringify(body) }); }\nrequestOpenAI({ model: "gpt-image-2", prompt: "p" });`, options: [{ today }] },
    // The same helper posting to an analytics URL.
    { code: `import axios from "axios";\nclass Api { static makeRequest(url, data) { return axios.post(url, data); } static track(p) { return this.makeRequest("https://stats.example.com/v1/events", { model: "dall-e-3", prompt: p }); } }`, options: [{ today }] },
    // An adapter typed by a class that sends nothing to OpenAI.
    { code: `class Logger { generateImage(req) { return console.log(req); } }\nclass Gen { constructor(private adapter: Logger) {} run(p) { return this.adapter.generateImage({ model: "dall-e-3", prompt: p }); } }`, options: [{ today }] },
    { code: `${OAI}const builders = { image(p) { return { model: "gpt-image-2", prompt: p }; } };\nopenai.images.generate(builders.image("x"));`, options: [{ today }] },
    // The same helper sending the object to another path.
    { code: `const BASES = { openAi: "https://api.openai.com", stats: "https://stats.example.com" };\nasync function req({ base, uri, data, method = "POST" }) { const res = await fetch(\`\${BASES[base]}/\${uri}\`, { method, body: JSON.stringify(data) }); return res.json(); }\nreq({ base: "stats", uri: "v1/events", data: { model: "dall-e-3", prompt: "p" } });`, options: [{ today }] },
    { code: `const BASES = { openAi: "https://api.openai.com", stats: "https://stats.example.com" };\nasync function req({ base, uri, data, method = "POST" }) { const res = await fetch(\`\${BASES[base]}/\${uri}\`, { method, body: JSON.stringify(data) }); return res.json(); }\nreq({ base: "openAi", uri: "v1/images/generations", data: { model: "gpt-image-2", prompt: "p" } });`, options: [{ today }] },
    // A type of the same name from another package is not the SDK's.
    { code: `import type { ImageGenerateParams } from "./my-types";\nconst p: ImageGenerateParams = { model: "dall-e-3", prompt: "p" };`, options: [{ today }] },
    { code: `import OpenAI from "openai";\nconst p: OpenAI.ImageGenerateParams = { model: "gpt-image-2", prompt: "p" };`, options: [{ today }] },
  ],
  invalid: [
    {
      name: 'a free function whose parameter is the body',
      code: `${OAI}async function gen(body) { return openai.images.generate(body); }\ngen({ model: "dall-e-3", prompt: "p" });`,
      options: [{ today }],
      errors: shutDown(`${OAI}async function gen(body) { return openai.images.generate(body); }\ngen({ model: "gpt-image-2", prompt: "p" });`),
    },
    {
      name: 'an arrow wrapper called with a const request',
      code: `${OAI}const gen = async (params) => openai.images.generate(params);\nconst req = { model: "dall-e-3", prompt: "p" };\nawait gen(req);`,
      options: [{ today }],
      errors: shutDown(`${OAI}const gen = async (params) => openai.images.generate(params);\nconst req = { model: "gpt-image-2", prompt: "p" };\nawait gen(req);`),
    },
    {
      name: 'an object-literal method',
      code: `${OAI}const api = { create(body) { return openai.images.generate(body); } };\napi.create({ model: "dall-e-3", prompt: "p" });`,
      options: [{ today }],
      errors: shutDown(`${OAI}const api = { create(body) { return openai.images.generate(body); } };\napi.create({ model: "gpt-image-2", prompt: "p" });`),
    },
    {
      name: 'a static method called through this',
      code: `${OAI}class S { static send(url, data) { return openai.images.generate(data); } static run() { return this.send("u", { model: "dall-e-3", prompt: "p" }); } }`,
      options: [{ today }],
      errors: shutDown(`${OAI}class S { static send(url, data) { return openai.images.generate(data); } static run() { return this.send("u", { model: "gpt-image-2", prompt: "p" }); } }`),
    },
    {
      name: 'an instance method called on a new instance',
      code: `${OAI}class Images { gen(body) { return openai.images.generate(body); } }\nconst images = new Images();\nimages.gen({ model: "dall-e-2", prompt: "p" });`,
      options: [{ today }],
      errors: shutDown(`${OAI}class Images { gen(body) { return openai.images.generate(body); } }\nconst images = new Images();\nimages.gen({ model: "gpt-image-2", prompt: "p" });`),
    },
    {
      name: "the project's own HTTP helper doing the fetch",
      code: `async function requestOpenAI(body) { const r = await fetch("https://api.openai.com/v1/images/generations", { method: "POST", body: JSON.stringify(body) }); return r.json(); }\nrequestOpenAI({ model: "dall-e-3", prompt: "p" });`,
      options: [{ today }],
      errors: shutDown(`async function requestOpenAI(body) { const r = await fetch("https://api.openai.com/v1/images/generations", { method: "POST", body: JSON.stringify(body) }); return r.json(); }\nrequestOpenAI({ model: "gpt-image-2", prompt: "p" });`),
    },
    {
      name: 'a static HTTP helper called through this with the image URL',
      code: `import axios from "axios";\nclass Api { static makeRequest(url, data) { return axios.post(url, data); } static draw(p) { return this.makeRequest("https://api.openai.com/v1/images/generations", { model: "dall-e-3", prompt: p }); } }`,
      options: [{ today }],
      errors: shutDown(`import axios from "axios";\nclass Api { static makeRequest(url, data) { return axios.post(url, data); } static draw(p) { return this.makeRequest("https://api.openai.com/v1/images/generations", { model: "gpt-image-2", prompt: p }); } }`),
    },
    {
      name: 'an adapter held in a constructor parameter property typed by a class',
      code: `${OAI}class OpenAIAdapter { generateImage(req) { return openai.images.generate(req); } }\nclass Gen { constructor(private adapter: OpenAIAdapter) {} run(p) { return this.adapter.generateImage({ model: "dall-e-3", prompt: p }); } }`,
      options: [{ today }],
      errors: shutDown(`${OAI}class OpenAIAdapter { generateImage(req) { return openai.images.generate(req); } }\nclass Gen { constructor(private adapter: OpenAIAdapter) {} run(p) { return this.adapter.generateImage({ model: "gpt-image-2", prompt: p }); } }`),
    },
    {
      name: 'an object-literal builder method whose return value is the request',
      code: `${OAI}const builders = { image(p) { return { model: "dall-e-3", prompt: p }; } };\nopenai.images.generate(builders.image("x"));`,
      options: [{ today }],
      errors: shutDown(`${OAI}const builders = { image(p) { return { model: "gpt-image-2", prompt: p }; } };\nopenai.images.generate(builders.image("x"));`),
    },
    {
      name: 'an HTTP helper that builds the URL from its options',
      code: `const BASES = { openAi: "https://api.openai.com", stats: "https://stats.example.com" };\nasync function req({ base, uri, data, method = "POST" }) { const res = await fetch(\`\${BASES[base]}/\${uri}\`, { method, body: JSON.stringify(data) }); return res.json(); }\nreq({ base: "openAi", uri: "v1/images/generations", data: { model: "dall-e-3", prompt: "p" } });`,
      options: [{ today }],
      errors: shutDown(`const BASES = { openAi: "https://api.openai.com", stats: "https://stats.example.com" };\nasync function req({ base, uri, data, method = "POST" }) { const res = await fetch(\`\${BASES[base]}/\${uri}\`, { method, body: JSON.stringify(data) }); return res.json(); }\nreq({ base: "openAi", uri: "v1/images/generations", data: { model: "gpt-image-2", prompt: "p" } });`),
    },
    {
      name: 'a wrapper of a wrapper',
      code: `${OAI}function send(b) { return openai.images.generate(b); }\nfunction gen(body) { return send(body); }\ngen({ model: "dall-e-3", prompt: "p" });`,
      options: [{ today }],
      errors: shutDown(`${OAI}function send(b) { return openai.images.generate(b); }\nfunction gen(body) { return send(body); }\ngen({ model: "gpt-image-2", prompt: "p" });`),
    },
    {
      name: 'an object declared as OpenAI.ImageGenerateParams (no call in sight)',
      code: `import OpenAI from "openai";\nexport const params: OpenAI.ImageGenerateParams = { model: "dall-e-3", prompt: "p" };`,
      options: [{ today }],
      errors: shutDown(`import OpenAI from "openai";\nexport const params: OpenAI.ImageGenerateParams = { model: "gpt-image-2", prompt: "p" };`),
    },
    {
      name: 'an object declared as Images.ImageEditParams',
      code: `import type { Images } from "openai/resources/images";\nconst edit: Images.ImageEditParams = { model: "dall-e-2", prompt: "p", image: file };`,
      options: [{ today }],
      errors: shutDown(`import type { Images } from "openai/resources/images";\nconst edit: Images.ImageEditParams = { model: "gpt-image-2", prompt: "p", image: file };`),
    },
    {
      name: 'an object that satisfies ImageGenerateParams',
      code: `import type { ImageGenerateParams } from "openai/resources";\nconst p = { model: "dall-e-3", prompt: "p" } satisfies ImageGenerateParams;`,
      options: [{ today }],
      errors: shutDown(`import type { ImageGenerateParams } from "openai/resources";\nconst p = { model: "gpt-image-2", prompt: "p" } satisfies ImageGenerateParams;`),
    },
    {
      name: 'an image_generation tool declared with the tool type',
      code: `import type { Tool } from "openai/resources/responses/responses";\nconst tool: Tool.ImageGeneration = { type: "image_generation", model: "gpt-image-1" };`,
      options: [{ today }],
      errors: shutDown(`import type { Tool } from "openai/resources/responses/responses";\nconst tool: Tool.ImageGeneration = { type: "image_generation", model: "gpt-image-2" };`),
    },
  ],
});

ruleTester().run('no-image-model-in-responses: a declared ResponseCreateParams', inResponses, {
  valid: [
    { code: `import OpenAI from "openai";\nconst r: OpenAI.Responses.ResponseCreateParams = { model: "gpt-5", input: "p", tools: [{ type: "image_generation" }] };`, options: [{ today }] },
  ],
  invalid: [
    {
      code: `import OpenAI from "openai";\nconst r: OpenAI.Responses.ResponseCreateParams = { model: "gpt-image-1", input: "p" };`,
      options: [{ today }],
      errors: [
        {
          messageId: 'imageModelInResponses',
          suggestions: [
            {
              messageId: 'moveMigratedToTool',
              output: `import OpenAI from "openai";\nconst r: OpenAI.Responses.ResponseCreateParams = { model: "gpt-5.5", tools: [{ type: "image_generation", model: "gpt-image-2" }], input: "p" };`,
            },
          ],
        },
      ],
    },
  ],
});
