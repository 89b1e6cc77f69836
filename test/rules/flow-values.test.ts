/**
 * Values through branches, declared types and modules (issue 17, items 3, 4
 * and 7): a `let` assigned in if/else, switch, try/catch, a ternary or a loop
 * carries each assignment that reaches the read; a parameter's declared union
 * (TypeScript or JSDoc) gives its candidates; CommonJS and env config modules
 * and clients made in another module are followed. Each shape has a valid
 * twin that stays silent.
 */
import path from 'node:path';
import legacy from '../../rules/no-legacy-model.js';
import inResponses from '../../rules/no-image-model-in-responses.js';
import unsupported from '../../rules/no-unsupported-param.js';
import urlResponse from '../../rules/no-url-response.js';
import { FIXTURES, ruleTester } from '../support/eslint.js';

const today = '2026-11-22';
const OAI = `import OpenAI from "openai";\nconst openai = new OpenAI();\n`;
/** A file of the fixture project: imports resolve to its modules. */
const inProject = (name: string) => path.join(FIXTURES, 'flow-values/src', name);
/** The TODO a migration leaves at a request whose whole result is returned to readers the file does not show (its suggestion carries it too). */
const returnedTodo = (old: string, why: string) =>
  `  // TODO(gpt-image): this result is returned, and not every reader of it can be seen (${why}); on ${old} its images had a \`url\`, on gpt-image-2 they carry \`b64_json\` only, so a reader of \`.url\` gets undefined. Read \`b64_json\` there instead.\n`;

ruleTester().run('no-legacy-model: a let assigned in several places', legacy, {
  valid: [
    // Overwritten before the call: the first value never reaches it.
    { code: `${OAI}export async function f(p) {\n  let model = "dall-e-3";\n  model = "gpt-image-2";\n  return openai.images.generate({ model, prompt: p });\n}`, options: [{ today }] },
    // Both branches current.
    { code: `${OAI}export async function f(p, hd) {\n  let model;\n  if (hd) model = "gpt-image-2";\n  else model = "gpt-image-2";\n  return openai.images.generate({ model, prompt: p });\n}`, options: [{ today }] },
    // A legacy value assigned after the call does not reach it.
    { code: `${OAI}export async function f(p) {\n  let model = "gpt-image-2";\n  const r = await openai.images.generate({ model, prompt: p });\n  model = "dall-e-3";\n  return [r, model];\n}`, options: [{ today }] },
    // The legacy value is set on a branch that returns (to another provider) before the call.
    { code: `${OAI}export async function f(p, provider) {\n  let model = "gpt-image-2";\n  if (provider === "fal") {\n    model = "dall-e-3";\n    return fal.run("fal-ai/flux", { input: { prompt: p, model } });\n  }\n  return openai.images.generate({ model, prompt: p });\n}`, options: [{ today }] },
    // Posted to analytics, not to OpenAI.
    { code: `export async function f(hd) {\n  let model = "dall-e-3";\n  if (hd) model = "dall-e-2";\n  await fetch("https://analytics.example.com/e", { method: "POST", body: JSON.stringify({ model }) });\n}`, options: [{ today }] },
  ],
  invalid: [
    {
      name: 'if/else: the legacy branch is reported at the call, and the suggestion edits the assignment',
      code: `${OAI}export async function f(p, hd) {\n  let model;\n  if (hd) model = "dall-e-3";\n  else model = "gpt-image-2";\n  return openai.images.generate({ model, prompt: p });\n}`,
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 7, suggestions: [{ messageId: 'migrate', output: `${OAI}export async function f(p, hd) {\n  let model;\n  if (hd) model = "gpt-image-2";\n  else model = "gpt-image-2";\n${returnedTodo('dall-e-3', 'it is returned at line 7, and the file is not on disk')}  return openai.images.generate({ model, prompt: p });\n}` }] }],
    },
    {
      name: 'switch with a default',
      code: `${OAI}export async function f(p, tier) {\n  let model: string;\n  switch (tier) {\n    case "cheap":\n      model = "dall-e-2";\n      break;\n    default:\n      model = "gpt-image-2";\n  }\n  return openai.images.generate({ model, prompt: p });\n}`,
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 12, suggestions: [{ messageId: 'migrate', output: `${OAI}export async function f(p, tier) {\n  let model: string;\n  switch (tier) {\n    case "cheap":\n      model = "gpt-image-2";\n      break;\n    default:\n      model = "gpt-image-2";\n  }\n${returnedTodo('dall-e-2', 'it is returned at line 12, and the file is not on disk')}  return openai.images.generate({ model, prompt: p });\n}` }] }],
    },
    {
      name: 'try/catch: the fallback model of the catch',
      code: `${OAI}export async function f(p) {\n  let model = "gpt-image-2";\n  try {\n    model = await pick();\n  } catch {\n    model = "dall-e-3";\n  }\n  return openai.images.generate({ model, prompt: p });\n}`,
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 10, suggestions: [{ messageId: 'migrate', output: `${OAI}export async function f(p) {\n  let model = "gpt-image-2";\n  try {\n    model = await pick();\n  } catch {\n    model = "gpt-image-2";\n  }\n${returnedTodo('dall-e-3', 'it is returned at line 10, and the file is not on disk')}  return openai.images.generate({ model, prompt: p });\n}` }] }],
    },
    {
      name: 'a ternary assigned to a let',
      code: `${OAI}export async function f(p, hd) {\n  let model = "gpt-image-2";\n  model = hd ? "dall-e-3" : model;\n  return openai.images.generate({ model, prompt: p });\n}`,
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 6, suggestions: [{ messageId: 'migrate', output: `${OAI}export async function f(p, hd) {\n  let model = "gpt-image-2";\n  model = hd ? "gpt-image-2" : model;\n${returnedTodo('dall-e-3', 'it is returned at line 6, and the file is not on disk')}  return openai.images.generate({ model, prompt: p });\n}` }] }],
    },
    {
      name: 'a loop: a value set in an earlier iteration reaches the call',
      code: `${OAI}export async function f(prompts) {\n  let model = "gpt-image-2";\n  for (const p of prompts) {\n    await openai.images.generate({ model, prompt: p });\n    model = "dall-e-2";\n  }\n}`,
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 6, suggestions: [{ messageId: 'migrate', output: `${OAI}export async function f(prompts) {\n  let model = "gpt-image-2";\n  for (const p of prompts) {\n    await openai.images.generate({ model, prompt: p });\n    model = "gpt-image-2";\n  }\n}` }] }],
    },
  ],
});

ruleTester().run('no-url-response: a let assigned by several calls', urlResponse, {
  valid: [
    // Both branches may return a URL (DALL·E): the read is fine.
    { code: `${OAI}export async function f(p, img) {\n  let res;\n  if (img) res = await openai.images.edit({ model: "dall-e-2", image: img, prompt: p });\n  else res = await openai.images.generate({ model: "dall-e-3", prompt: p });\n  return res.data[0].url;\n}` },
    // The read happens before the GPT image call is stored.
    { code: `${OAI}export async function f(p) {\n  let res = await openai.images.generate({ model: "dall-e-3", prompt: p });\n  const first = res.data[0].url;\n  res = await openai.images.generate({ model: "gpt-image-2", prompt: p });\n  return [first, res.data[0].b64_json];\n}` },
  ],
  invalid: [
    {
      name: 'edit in one branch, generate in the other: the read after the branches',
      code: `${OAI}export async function f(p, img) {\n  let res;\n  if (img) res = await openai.images.edit({ model: "gpt-image-2", image: img, prompt: p });\n  else res = await openai.images.generate({ model: "gpt-image-1.5", prompt: p });\n  return res.data[0].url;\n}`,
      errors: [
        {
          messageId: 'urlUndefined',
          line: 7,
          suggestions: [
            { messageId: 'useB64Json', output: `${OAI}export async function f(p, img) {\n  let res;\n  if (img) res = await openai.images.edit({ model: "gpt-image-2", image: img, prompt: p });\n  else res = await openai.images.generate({ model: "gpt-image-1.5", prompt: p });\n  return res.data[0].b64_json;\n}` },
            { messageId: 'useDataUrl', output: `${OAI}export async function f(p, img) {\n  let res;\n  if (img) res = await openai.images.edit({ model: "gpt-image-2", image: img, prompt: p });\n  else res = await openai.images.generate({ model: "gpt-image-1.5", prompt: p });\n  return res.data[0].b64_json ? \`data:image/png;base64,\${res.data[0].b64_json}\` : undefined;\n}` },
          ],
        },
      ],
    },
    {
      name: 'one branch may return a URL, the other never does: reported without a rewrite',
      code: `${OAI}export async function f(p, hd) {\n  let res;\n  if (hd) res = await openai.images.generate({ model: "dall-e-3", prompt: p });\n  else res = await openai.images.generate({ model: "gpt-image-2", prompt: p });\n  return res.data[0].url;\n}`,
      errors: [{ messageId: 'urlUndefinedOnSome', line: 7, suggestions: [] }],
    },
    {
      name: 'a ternary of two calls, and a try/catch whose catch retries on a model that may return a URL',
      code: `${OAI}export async function f(p, img) {\n  const res = img ? await openai.images.edit({ model: "gpt-image-2", image: img, prompt: p }) : await openai.images.generate({ model: "gpt-image-2", prompt: p });\n  let again;\n  try {\n    again = await openai.images.generate({ model: "gpt-image-2", prompt: p });\n  } catch {\n    again = await openai.images.generate({ model: "dall-e-2", prompt: p });\n  }\n  return [res.data[0].url, again.data[0].url];\n}`,
      errors: [
        { messageId: 'urlUndefined', line: 11, column: 11, suggestions: [
          { messageId: 'useB64Json', output: `${OAI}export async function f(p, img) {\n  const res = img ? await openai.images.edit({ model: "gpt-image-2", image: img, prompt: p }) : await openai.images.generate({ model: "gpt-image-2", prompt: p });\n  let again;\n  try {\n    again = await openai.images.generate({ model: "gpt-image-2", prompt: p });\n  } catch {\n    again = await openai.images.generate({ model: "dall-e-2", prompt: p });\n  }\n  return [res.data[0].b64_json, again.data[0].url];\n}` },
          { messageId: 'useDataUrl', output: `${OAI}export async function f(p, img) {\n  const res = img ? await openai.images.edit({ model: "gpt-image-2", image: img, prompt: p }) : await openai.images.generate({ model: "gpt-image-2", prompt: p });\n  let again;\n  try {\n    again = await openai.images.generate({ model: "gpt-image-2", prompt: p });\n  } catch {\n    again = await openai.images.generate({ model: "dall-e-2", prompt: p });\n  }\n  return [res.data[0].b64_json ? \`data:image/png;base64,\${res.data[0].b64_json}\` : undefined, again.data[0].url];\n}` },
        ] },
        { messageId: 'urlUndefinedOnSome', line: 11, column: 28, suggestions: [] },
      ],
    },
    {
      name: 'result.data[i] in a loop, the result a let assigned in the loop',
      code: `${OAI}export async function f(prompts) {\n  const urls = [];\n  let result;\n  for (const p of prompts) {\n    result = await openai.images.generate({ model: "gpt-image-2", prompt: p });\n    for (let i = 0; i < result.data.length; i++) urls.push(result.data[i].url);\n  }\n  return urls;\n}`,
      errors: [{ messageId: 'urlUndefined', line: 8, suggestions: [{ messageId: 'useB64Json', output: `${OAI}export async function f(prompts) {\n  const urls = [];\n  let result;\n  for (const p of prompts) {\n    result = await openai.images.generate({ model: "gpt-image-2", prompt: p });\n    for (let i = 0; i < result.data.length; i++) urls.push(result.data[i].b64_json);\n  }\n  return urls;\n}` }, { messageId: 'useDataUrl', output: `${OAI}export async function f(prompts) {\n  const urls = [];\n  let result;\n  for (const p of prompts) {\n    result = await openai.images.generate({ model: "gpt-image-2", prompt: p });\n    for (let i = 0; i < result.data.length; i++) urls.push(result.data[i].b64_json ? \`data:image/png;base64,\${result.data[i].b64_json}\` : undefined);\n  }\n  return urls;\n}` }] }],
    },
  ],
});

ruleTester().run('no-unsupported-param: declared unions', unsupported, {
  valid: [
    { code: `${OAI}export async function f(p: string, quality: "low" | "high") { return openai.images.generate({ model: "gpt-image-2", prompt: p, quality }); }` },
    { code: `${OAI}/**\n * @param {'low'|'high'} quality\n */\nexport async function f(p, quality) { return openai.images.generate({ model: "gpt-image-2", prompt: p, quality }); }` },
    // A union that reaches no image request (a model picker, another provider).
    { code: `export function pick(quality: "standard" | "hd") { return fal.run("fal-ai/flux", { input: { quality } }); }` },
    // Narrowed by a comparison, as TypeScript narrows it.
    { code: `${OAI}export async function f(p: string, quality: "standard" | "hd" | "high") { return openai.images.generate({ model: "gpt-image-2", prompt: p, quality: quality === "standard" ? "medium" : quality === "hd" ? "high" : quality }); }` },
    // A plain string type says nothing.
    { code: `${OAI}export async function f(p: string, quality: string) { return openai.images.generate({ model: "gpt-image-2", prompt: p, quality }); }` },
  ],
  invalid: [
    {
      name: 'a TypeScript union: each value the model rejects, no suggestion that would edit the type',
      code: `${OAI}export async function f(p: string, quality: "standard" | "hd") { return openai.images.generate({ model: "gpt-image-2", prompt: p, quality }); }`,
      errors: [
        { messageId: 'badValue', data: { param: 'quality', value: 'standard' }, suggestions: [] },
        { messageId: 'badValue', data: { param: 'quality', value: 'hd' }, suggestions: [] },
      ].map(({ messageId, suggestions }) => ({ messageId, suggestions })),
    },
    {
      name: 'narrowed by a comparison: the value the test rules out is not reported, the other one is',
      code: `${OAI}export async function f(p: string, quality: "standard" | "hd") { return openai.images.generate({ model: "gpt-image-2", prompt: p, quality: quality === "standard" ? "medium" : quality }); }`,
      errors: [{ messageId: 'badValue', data: { param: 'quality', value: 'hd' }, suggestions: [] }].map(({ messageId, suggestions }) => ({ messageId, suggestions })),
    },
    {
      name: 'a same-file type alias',
      code: `${OAI}type Quality = "standard" | "high";\nexport async function f(p: string, quality?: Quality) { return openai.images.generate({ model: "gpt-image-2", prompt: p, quality }); }`,
      errors: [{ messageId: 'badValue', suggestions: [] }],
    },
    {
      name: 'a JSDoc @param union',
      code: `${OAI}/**\n * @param {string} p\n * @param {'standard'|'hd'} quality\n */\nexport async function f(p, quality) { return openai.images.generate({ model: "gpt-image-2", prompt: p, quality }); }`,
      errors: [{ messageId: 'badValue', line: 7 }, { messageId: 'badValue', line: 7 }],
    },
  ],
});

ruleTester().run('no-legacy-model: config modules and clients of other modules', legacy, {
  valid: [
    { code: `const { TEXT_MODEL } = require("./config/models");\nconst OpenAI = require("openai");\nconst openai = new OpenAI();\nopenai.images.generate({ model: TEXT_MODEL, prompt: "p" });`, filename: inProject('case.cjs'), options: [{ today }] },
    { code: `import { openai } from "./lib/client";\nimport { IMAGE_MODEL } from "./config/models";\nawait openai.images.generate({ model: "gpt-image-2", prompt: IMAGE_MODEL });`, filename: inProject('case.ts'), options: [{ today }] },
    // A schema default that is current (t3-env given process.env itself).
    { code: `import { openai } from "./lib/client";\nimport { env } from "./config/env-current";\nawait openai.images.generate({ model: env.IMAGE_MODEL, prompt: "p" });`, filename: inProject('case.ts'), options: [{ today }] },
  ],
  invalid: [
    {
      name: 'const { X } = require("./config") of a module.exports object',
      code: `const { IMAGE_MODEL } = require("./config/legacy.cjs");\nconst OpenAI = require("openai");\nconst openai = new OpenAI();\nopenai.images.generate({ model: IMAGE_MODEL, prompt: "p" });`,
      filename: inProject('case.cjs'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 4, suggestions: [] }],
    },
    {
      name: 'config.X of exports.X = ...',
      code: `const config = require("./config/edits.cjs");\nconst OpenAI = require("openai");\nconst openai = new OpenAI();\nopenai.images.edit({ model: config.EDIT_MODEL, image: img, prompt: "p" });`,
      filename: inProject('case.cjs'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 4, suggestions: [] }],
    },
    {
      name: 'an env module (zod parse)',
      code: `import { openai } from "./lib/client";\nimport { env } from "./config/env";\nawait openai.images.generate({ model: env.IMAGE_MODEL, prompt: "p" });`,
      filename: inProject('case.ts'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 3, suggestions: [] }],
    },
    {
      name: 'an env module (zod) parsing process.env: the schema default',
      code: `import { openai } from "./lib/client";\nimport { env } from "./config/env-defaults";\nawait openai.images.generate({ model: env.IMAGE_MODEL, prompt: "p" });`,
      filename: inProject('case.ts'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 3, suggestions: [] }],
    },
    {
      name: 'an env module (t3-env) given process.env: the server schema default',
      code: `import { openai } from "./lib/client";\nimport { env } from "./config/env-current";\nawait openai.images.generate({ model: env.LEGACY_IMAGE_MODEL, prompt: "p" });`,
      filename: inProject('case.ts'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 3, suggestions: [] }],
    },
    {
      name: 'an env module (t3-env createEnv)',
      code: `import { openai } from "./lib/client";\nimport { env } from "./config/t3";\nawait openai.images.generate({ model: env.OPENAI_IMAGE_MODEL, prompt: "p" });`,
      filename: inProject('case.ts'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 3, suggestions: [] }],
    },
    {
      name: 'a client of another module whose baseURL comes from the environment: no migrate suggestion',
      code: `import { proxied } from "./lib/client";\nawait proxied.images.generate({ model: "dall-e-3", prompt: "p" });`,
      filename: inProject('case.ts'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 2, suggestions: [] }],
    },
    {
      name: 'an Azure client exported by a CommonJS module: the deployment name is not renamed',
      code: `const client = require("./lib/azure.cjs");\nclient.images.generate({ model: "dall-e-3", prompt: "p" });`,
      filename: inProject('case.cjs'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 2, suggestions: [] }],
    },
    {
      name: 'the OpenAI client of the same module: the migrate suggestion stays',
      code: `import { openai } from "./lib/client";\nawait openai.images.generate({ model: "dall-e-3", prompt: "p" });`,
      filename: inProject('case.ts'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 2, suggestions: [{ messageId: 'migrate', output: `import { openai } from "./lib/client";\nawait openai.images.generate({ model: "gpt-image-2", prompt: "p" });` }] }],
    },
    {
      name: 'a gateway client of another module: no migrate suggestion, the gateway named',
      code: `import { gateway } from "./lib/client";\nawait gateway.images.generate({ model: "dall-e-3", prompt: "p" });`,
      filename: inProject('case.ts'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 2, suggestions: [] }],
    },
  ],
});

ruleTester().run('no-image-model-in-responses: an imported id', inResponses, {
  valid: [{ code: `import { openai } from "./lib/client";\nimport { TEXT_MODEL } from "./config/models";\nawait openai.responses.create({ model: TEXT_MODEL, input: "p" });`, filename: inProject('case.ts') }],
  invalid: [
    {
      name: 'a Responses call whose model is an imported image id',
      code: `import { openai } from "./lib/client";\nimport { IMAGE_MODEL } from "./config/models";\nawait openai.responses.create({ model: IMAGE_MODEL, input: "p" });`,
      filename: inProject('case.ts'),
      errors: [{ messageId: 'imageModelInResponses', line: 3, suggestions: [] }],
    },
  ],
});

ruleTester().run('no-legacy-model: let edge cases stay sound', legacy, {
  valid: [
    // A let read into a const keeps its value: the const holds the current model.
    { code: `${OAI}export async function f(p) {\n  let model = "gpt-image-2";\n  const chosen = model;\n  return openai.images.generate({ model: chosen, prompt: p });\n}`, options: [{ today }] },
  ],
  invalid: [
    {
      name: 'a var assigned in a callback: the callback may run before the call',
      code: `${OAI}export function f(queue) {\n  var model = "gpt-image-2";\n  queue.on("legacy", function () { model = "dall-e-3"; });\n  queue.process((job) => openai.images.generate({ model, prompt: job.prompt }));\n}`,
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 6, suggestions: [{ messageId: 'migrate', output: `${OAI}export function f(queue) {\n  var model = "gpt-image-2";\n  queue.on("legacy", function () { model = "gpt-image-2"; });\n${returnedTodo('dall-e-3', 'it is returned at line 6, and the function has no name its callers use')}  queue.process((job) => openai.images.generate({ model, prompt: job.prompt }));\n}` }] }],
    },
    {
      name: 'a let read into a const: the const carries the let\'s values',
      code: `${OAI}export async function f(p, old) {\n  let model = "gpt-image-2";\n  if (old) model = "dall-e-2";\n  const chosen = model;\n  return openai.images.generate({ model: chosen, prompt: p });\n}`,
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 7, suggestions: [{ messageId: 'migrate', output: `${OAI}export async function f(p, old) {\n  let model = "gpt-image-2";\n  if (old) model = "gpt-image-2";\n  const chosen = model;\n${returnedTodo('dall-e-2', 'it is returned at line 7, and the file is not on disk')}  return openai.images.generate({ model: chosen, prompt: p });\n}` }] }],
    },
  ],
});

ruleTester().run('no-unsupported-param: declared object types', unsupported, {
  valid: [
    { code: `${OAI}interface Options { quality?: "low" | "high" }\nexport async function f(p: string, options: Options) { return openai.images.generate({ model: "gpt-image-2", prompt: p, quality: options.quality }); }` },
    { code: `${OAI}export async function f(p: string, { quality }: { quality: "low" | "high" }) { return openai.images.generate({ model: "gpt-image-2", prompt: p, quality }); }` },
    // An interface that extends another is not read (its members may come from elsewhere).
    { code: `${OAI}interface Base { quality: string }\ninterface Options extends Base { size?: string }\nexport async function f(p: string, options: Options) { return openai.images.generate({ model: "gpt-image-2", prompt: p, quality: options.quality }); }` },
  ],
  invalid: [
    {
      name: 'options.quality of an interface-typed parameter',
      code: `${OAI}interface Options { quality?: "standard" | "hd" }\nexport async function f(p: string, options: Options) { return openai.images.generate({ model: "gpt-image-2", prompt: p, quality: options.quality }); }`,
      errors: [{ messageId: 'badValue', suggestions: [] }, { messageId: 'badValue', suggestions: [] }],
    },
    {
      name: 'a name destructured from an annotated parameter, with a default',
      code: `${OAI}type Options = { quality?: "standard" | "hd" };\nexport async function f(p: string, { quality = "hd" }: Options = {}) { return openai.images.generate({ model: "gpt-image-2", prompt: p, quality }); }`,
      // The default's "hd" is the one written in code: its suggestion edits it; the declared "standard" gets none.
      errors: [
        { messageId: 'badValue', data: { param: 'quality', value: 'hd' }, suggestions: [{ messageId: 'replaceValue', output: `${OAI}type Options = { quality?: "standard" | "hd" };\nexport async function f(p: string, { quality = "high" }: Options = {}) { return openai.images.generate({ model: "gpt-image-2", prompt: p, quality }); }` }] },
        { messageId: 'badValue', data: { param: 'quality', value: 'standard' }, suggestions: [] },
      ].map(({ messageId, suggestions }) => ({ messageId, suggestions })),
    },
  ],
});
