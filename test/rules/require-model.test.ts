import rule from '../../rules/require-model.js';
import { ruleTester } from '../support/eslint.js';

const today = '2026-11-22';

ruleTester().run('require-model', rule, {
  valid: [
    // Not OpenAI requests: the receiver can be anything, and these lack the parameters every image request carries.
    { code: `await store.images.edit({ id, title: 'Sunset' }); await api.images.generate({ width: 100 }); await client.images.generate({});`, options: [{ today }] },
    { code: `await client.images.generate({ model: "gpt-image-2", prompt: "a cat" });`, options: [{ today }] },
    // A spread or a whole-object argument may carry the model.
    { code: `await client.images.generate({ ...defaults, prompt: "a cat" });`, options: [{ today }] },
    { code: `await client.images.generate(params);`, options: [{ today }] },
    { code: `await client.images.generate(buildParams());`, options: [{ today }] },
    { code: `await client.responses.create({ model: "gpt-5.5", input: "hi", tools: [{ type: "image_generation", model: "gpt-image-2" }] });`, options: [{ today }] },
    { code: `await client.responses.create({ model: "gpt-5.5", input: "hi", tools: [{ type: "image_generation", ...toolDefaults }] });`, options: [{ today }] },
    // A tool without a model runs on the API's newest image model (OpenAI's own example): reported only with `tools: true`.
    { code: `await client.responses.create({ model: "gpt-5.5", input: "draw", tools: [{ type: "image_generation" }] });`, options: [{ today }] },
    { code: `import { openai } from "@ai-sdk/openai";\nexport const t = openai.tools.imageGeneration({ quality: "low" });`, options: [{ today }] },
    { code: `import { tools } from "@langchain/openai";\nexport const t = tools.imageGeneration({ size: "1024x1024" });`, options: [{ today }] },
    // Azure: a header picks the deployment, even with `tools: true`.
    { code: `import { azure } from "@ai-sdk/azure";\nexport const t = azure.tools.imageGeneration({ outputFormat: "png" });`, options: [{ today, tools: true }] },
    // Not an image call.
    { code: `await db.insert({ prompt: "a cat" }); await client.chat.completions.create({ messages });`, options: [{ today }] },
  ],
  invalid: [
    {
      name: 'images.createVariation without a model: the endpoint no longer serves requests, so the way out is images.edit',
      code: `await client.images.createVariation({ image });`,
      options: [{ today }],
      errors: [
        {
          messageId: 'missingModelWayOut',
          data: {
            call: '`images.createVariation` call',
            consequence: 'the API falls back to `dall-e-2`, which was shut down on 2026-05-12; requests fail',
            wayOut: 'Image variations are no longer served: use `images.edit` with a GPT image model instead.',
          },
          suggestions: [],
        },
      ],
    },
    {
      name: 'the suggestion also fixes what the target rejects, as the codemod does',
      code: `await client.images.generate({ prompt: "a cat", size: "512x512", response_format: "url" });`,
      options: [{ today }],
      errors: [
        {
          messageId: 'missingModel',
          suggestions: [
            { messageId: 'addModel', data: { target: 'gpt-image-2' }, output: `await client.images.generate({ model: "gpt-image-2", prompt: "a cat", size: "1024x1024" });` },
          ],
        },
      ],
    },
    {
      code: `await client.images.generate({ prompt: "a cat", size: "1024x1024" });`,
      options: [{ today }],
      errors: [
        {
          messageId: 'missingModel',
          data: {
            call: '`images.generate` call',
            consequence: 'the API falls back to `dall-e-2`, which was shut down on 2026-05-12; requests fail',
          },
          suggestions: [
            {
              messageId: 'addModel',
              data: { target: 'gpt-image-2' },
              output: `await client.images.generate({ model: "gpt-image-2", prompt: "a cat", size: "1024x1024" });`,
            },
          ],
        },
      ],
    },
    {
      name: 'edits fall back to the API default, which the SDK no longer names; the target option and quote style are used',
      code: `await openai.images.edit({\n  image: file,\n  prompt: 'add a hat',\n});`,
      options: [{ today, target: 'gpt-image-2.5-sunburst' }],
      errors: [
        {
          messageId: 'missingModel',
          data: {
            call: '`images.edit` call',
            consequence: 'the API uses its own default model, which the SDK no longer names and which has changed over time',
          },
          suggestions: [
            {
              messageId: 'addModel',
              data: { target: 'gpt-image-2.5-sunburst' },
              output: `await openai.images.edit({\n  model: 'gpt-image-2.5-sunburst',\n  image: file,\n  prompt: 'add a hat',\n});`,
            },
          ],
        },
      ],
    },
    {
      name: 'a GPT-only parameter changes the default',
      code: `const params = { prompt: "p", output_format: "webp" };\nawait client.images.generate(params);`,
      options: [{ today }],
      errors: [
        {
          messageId: 'missingModel',
          data: { call: '`images.generate` call', consequence: 'the API picks a default model, and that default has changed over time' },
          suggestions: [
            {
              messageId: 'addModel',
              output: `const params = { model: "gpt-image-2", prompt: "p", output_format: "webp" };\nawait client.images.generate(params);`,
            },
          ],
        },
      ],
    },
    {
      name: 'an image_generation tool without a model, with `tools: true`',
      code: `await client.responses.create({ model: "gpt-5.5", input: "draw", tools: [{ type: "image_generation", quality: "high" }] });`,
      options: [{ today, tools: true }],
      errors: [
        {
          messageId: 'missingToolModel',
          data: {
            call: 'image_generation tool',
            consequence: 'the API falls back to `gpt-image-2.6-sunburst` today, and that default has changed between releases',
          },
          suggestions: [
            {
              messageId: 'addModel',
              output: `await client.responses.create({ model: "gpt-5.5", input: "draw", tools: [{ type: "image_generation", model: "gpt-image-2", quality: "high" }] });`,
            },
          ],
        },
      ],
    },
    {
      name: 'a prompt-only call object and a spread without a model',
      code: `const base = { size: "1024x1024", prompt: "p" };\nawait client.images.generate({ ...base });\nawait client.images.generate({ prompt });`,
      options: [{ today }],
      errors: [
        {
          messageId: 'missingModel',
          line: 2,
          suggestions: [
            {
              messageId: 'addModel',
              output: `const base = { size: "1024x1024", prompt: "p" };\nawait client.images.generate({ model: "gpt-image-2", ...base });\nawait client.images.generate({ prompt });`,
            },
          ],
        },
        {
          messageId: 'missingModel',
          line: 3,
          suggestions: [
            {
              messageId: 'addModel',
              output: `const base = { size: "1024x1024", prompt: "p" };\nawait client.images.generate({ ...base });\nawait client.images.generate({ model: "gpt-image-2", prompt });`,
            },
          ],
        },
      ],
    },
  ],
});
