import rule from '../../rules/no-image-model-in-responses.js';
import { ruleTester } from '../support/eslint.js';

const responsesError = (id: string) => `400 "The requested model '${id}' is not supported with the Responses API"`;

ruleTester().run('no-image-model-in-responses', rule, {
  valid: [
    `await client.responses.create({ model: "gpt-5.5", input: "draw", tools: [{ type: "image_generation", model: "gpt-image-2" }] });`,
    `await client.chat.completions.create({ model: "gpt-4.1", messages });`,
    // An image model in an Images call is where it belongs.
    `await client.images.generate({ model: "gpt-image-2", prompt: "p" });`,
    // Unknown top-level model.
    `await client.responses.create({ model: process.env.MODEL, input: "draw" });`,
    // A client pointed at a gateway may serve image models on these endpoints.
    `const gw = new OpenAI({ baseURL: "https://openrouter.ai/api/v1" });\nawait gw.chat.completions.create({ model: "gpt-image-2", messages });`,
    `const az = new AzureOpenAI({ deployment: "img" });\nawait az.responses.create({ model: "gpt-image-1", input: "draw" });`,
    // A model that cannot call the tool is only reported when the tool is present.
    `await client.responses.create({ model: "whisper-1", input: "hi" });`,
    // Objects that are not sent to these APIs.
    `await db.insert({ model: "dall-e-3", prompt: "p" }); const options = [{ model: "gpt-image-1" }];`,
  ],
  invalid: [
    {
      name: 'no tools: the suggestion adds the tool, with the shut-down id migrated to the target',
      code: `await client.responses.create({ model: "gpt-image-1", input: "Draw a cat" });`,
      errors: [
        {
          messageId: 'imageModelInResponses',
          data: { id: 'gpt-image-1', textModel: 'gpt-5.5', error: responsesError('gpt-image-1') },
          suggestions: [
            {
              messageId: 'moveMigratedToTool',
              data: { id: 'gpt-image-1', target: 'gpt-image-2', textModel: 'gpt-5.5' },
              output: `await client.responses.create({ model: "gpt-5.5", tools: [{ type: "image_generation", model: "gpt-image-2" }], input: "Draw a cat" });`,
            },
          ],
        },
      ],
    },
    {
      name: 'an image_generation tool without a model receives it; textModel option; multi-line layout',
      code: `const IMAGE_MODEL = 'gpt-image-2';\nawait openai.responses.stream({\n  model: IMAGE_MODEL,\n  input: 'Draw a cat',\n  tools: [{ type: 'image_generation', size: '1536x1024' }],\n});`,
      options: [{ textModel: 'gpt-5.2' }],
      errors: [
        {
          messageId: 'imageModelInResponses',
          line: 1,
          suggestions: [
            {
              messageId: 'moveToTool',
              output: `const IMAGE_MODEL = 'gpt-image-2';\nawait openai.responses.stream({\n  model: 'gpt-5.2',\n  input: 'Draw a cat',\n  tools: [{ type: 'image_generation', model: IMAGE_MODEL, size: '1536x1024' }],\n});`,
            },
          ],
        },
      ].map((e) => ({ ...e, line: 3 })),
    },
    {
      name: 'other tools only: the image tool is appended',
      code: `await client.responses.parse({ model: "dall-e-3", input: "x", tools: [{ type: "web_search" }] });`,
      errors: [
        {
          messageId: 'imageModelInResponses',
          suggestions: [
            {
              messageId: 'moveMigratedToTool',
              output: `await client.responses.parse({ model: "gpt-5.5", input: "x", tools: [{ type: "web_search" }, { type: "image_generation", model: "gpt-image-2" }] });`,
            },
          ],
        },
      ],
    },
    {
      name: 'beta.responses with a legacy id in a const: the const is migrated where it is defined as the model moves',
      code: `const IMAGE_MODEL = "gpt-image-1";\nawait openai.beta.responses.stream({ model: IMAGE_MODEL, input: "x" });`,
      options: [{ target: 'gpt-image-2', today: '2026-11-22' }],
      errors: [
        {
          messageId: 'imageModelInResponses',
          suggestions: [
            {
              messageId: 'moveMigratedToTool',
              output: `const IMAGE_MODEL = "gpt-image-2";\nawait openai.beta.responses.stream({ model: "gpt-5.5", tools: [{ type: "image_generation", model: IMAGE_MODEL }], input: "x" });`,
            },
          ],
        },
      ],
    },
    {
      name: 'the tool already names a model: only the top level changes',
      code: `await client.responses.create({ model: "gpt-image-2", input: "x", tools: [{ type: "image_generation", model: "gpt-image-2" }] });`,
      errors: [
        {
          messageId: 'imageModelInResponses',
          suggestions: [
            {
              messageId: 'moveToTool',
              output: `await client.responses.create({ model: "gpt-5.5", input: "x", tools: [{ type: "image_generation", model: "gpt-image-2" }] });`,
            },
          ],
        },
      ],
    },
    {
      name: 'no suggestion when tools is not a literal, or the model comes through a spread',
      code: `await client.responses.create({ model: "gpt-image-2", input: "x", tools });\nconst base = { model: "gpt-image-1" };\nawait client.responses.create({ ...base, input: "x" });`,
      errors: [
        { messageId: 'imageModelInResponses', line: 1, suggestions: [] },
        { messageId: 'imageModelInResponses', line: 3, suggestions: [] },
      ],
    },
    {
      code: `await client.chat.completions.create({ model: "gpt-image-1", messages: [{ role: "user", content: "draw" }] });`,
      errors: [{ messageId: 'imageModelInChat', data: { id: 'gpt-image-1' } }],
    },
    {
      name: 'a model that the Responses API rejects, with the tool present',
      code: `await client.responses.create({ model: "whisper-1", input: "x", tools: [{ type: "image_generation", model: "gpt-image-2" }] });`,
      errors: [
        {
          messageId: 'noImageTool',
          data: { id: 'whisper-1', textModel: 'gpt-5.5', error: `${responsesError('whisper-1').slice(0, -1)}."` },
          suggestions: [
            {
              messageId: 'useTextModel',
              data: { textModel: 'gpt-5.5' },
              output: `await client.responses.create({ model: "gpt-5.5", input: "x", tools: [{ type: "image_generation", model: "gpt-image-2" }] });`,
            },
          ],
        },
      ],
    },
  ],
});
