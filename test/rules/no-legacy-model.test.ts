import rule from '../../rules/no-legacy-model.js';
import { ruleTester } from '../support/eslint.js';

const today = '2026-11-22';
const TODO_VIVID = '// TODO(gpt-image): style "vivid" is not supported by gpt-image-2; describe it in the prompt.';

ruleTester().run('no-legacy-model', rule, {
  valid: [
    { code: `await client.images.generate({ model: "gpt-image-2", prompt: "a cat" });`, options: [{ today }] },
    { code: `await client.images.generate({ model: "gpt-image-2.6-sunburst", prompt: "a cat" });`, options: [{ today }] },
    // only mentions
    { code: `const label = "dall-e-3"; type M = "gpt-image-1" | "dall-e-2"; // client.images.generate({ model: "dall-e-3" })`, options: [{ today }] },
    { code: `await db.insert({ model: "dall-e-3", prompt });`, options: [{ today }] },
    { code: `render(<option value="gpt-image-1.5">GPT Image 1.5</option>);`, options: [{ today }], filename: 'picker.tsx' },
    // unknown values are never guessed
    { code: `await client.images.generate({ model: process.env.IMAGE_MODEL, prompt });`, options: [{ today }] },
    { code: `import { MODEL } from "./config"; await client.images.generate({ model: MODEL, prompt });`, options: [{ today }] },
    // allow
    { code: `await client.images.edit({ model: "gpt-image-1.5", image, prompt });`, options: [{ today, allow: ['gpt-image-1.5'] }] },
    // before the deprecation was announced, gpt-image-1.5 was current
    { code: `await client.images.edit({ model: "gpt-image-1.5", image, prompt });`, options: [{ today: '2026-05-01' }] },
  ],
  invalid: [
    {
      name: 'shut-down dall-e-3 with DALL-E parameters, migrated to the default target',
      code: `const res = await openai.images.generate({
  model: "dall-e-3",
  prompt: "a cat",
  size: "1792x1024",
  quality: "hd",
  style: "vivid",
  response_format: "url",
});`,
      options: [{ today }],
      errors: [
        {
          messageId: 'shutDown',
          line: 2,
          column: 10,
          data: { id: 'dall-e-3', date: '2026-05-12', advice: ' Migrate to `gpt-image-2` (OpenAI\'s own recommendation: `gpt-image-2.5-sunburst`).' },
          suggestions: [
            {
              messageId: 'migrate',
              data: { target: 'gpt-image-2' },
              output: `const res = await openai.images.generate({
  model: "gpt-image-2",
  prompt: "a cat",
  size: "1792x1024",
  quality: "high",
  ${TODO_VIVID}
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'deprecated model: days left, two replacements, option target',
      code: `await client.images.edit({ model: 'gpt-image-1-mini', image, prompt, input_fidelity: 'low' });`,
      options: [{ today, target: 'gpt-image-2.5-sunburst' }],
      errors: [
        {
          messageId: 'deprecated',
          data: {
            id: 'gpt-image-1-mini',
            date: '2026-12-01',
            days: '9 days',
            advice: ' Migrate to `gpt-image-2` (OpenAI\'s own recommendation: `gpt-image-2.6-sunburst` or `gpt-image-2.6-flare`).',
          },
          suggestions: [
            {
              messageId: 'migrate',
              data: { target: 'gpt-image-2.5-sunburst' },
              output: `await client.images.edit({ model: 'gpt-image-2.5-sunburst', image, prompt, input_fidelity: 'low' });`,
            },
          ],
        },
      ],
    },
    {
      name: 'one day left',
      code: `client.images.generate({ model: "chatgpt-image-latest", prompt })`,
      options: [{ today: '2026-11-30' }],
      errors: [{ messageId: 'deprecated', data: { id: 'chatgpt-image-latest', date: '2026-12-01', days: '1 day', advice: ' Migrate to `gpt-image-2` (OpenAI\'s own recommendation: `gpt-image-2.6-sunburst` or `gpt-image-2.6-flare`).' }, suggestions: [{ messageId: 'migrate', output: `client.images.generate({ model: "gpt-image-2", prompt })` }] }],
    },
    {
      name: 'a const used by the call is reported at the call and fixed where it is declared',
      code: `const MODEL = "gpt-image-1";\nawait client.images.generate({ model: MODEL, prompt });`,
      options: [{ today }],
      errors: [
        {
          messageId: 'shutDown',
          line: 2,
          column: 39,
          suggestions: [{ messageId: 'migrate', output: `const MODEL = "gpt-image-2";\nawait client.images.generate({ model: MODEL, prompt });` }],
        },
      ],
    },
    {
      name: 'each legacy branch of a conditional',
      code: `client.images.generate({ model: hd ? "dall-e-3" : "dall-e-2", prompt, size: "512x512" })`,
      options: [{ today }],
      errors: [
        { messageId: 'shutDown', column: 38, suggestions: [{ messageId: 'migrate', output: `client.images.generate({ model: hd ? "gpt-image-2" : "gpt-image-2", prompt, size: "1024x1024" })` }] },
        { messageId: 'shutDown', column: 51, suggestions: [{ messageId: 'migrate', output: `client.images.generate({ model: hd ? "gpt-image-2" : "gpt-image-2", prompt, size: "1024x1024" })` }] },
      ],
    },
    {
      name: 'the Responses image_generation tool',
      code: `await openai.responses.create({ model: "gpt-5.5", input, tools: [{ type: "image_generation", model: "gpt-image-1.5", input_fidelity: "high" }] });`,
      options: [{ today }],
      errors: [
        {
          messageId: 'deprecated',
          suggestions: [
            { messageId: 'migrate', output: `await openai.responses.create({ model: "gpt-5.5", input, tools: [{ type: "image_generation", model: "gpt-image-2" }] });` },
          ],
        },
      ],
    },
    {
      name: 'the variations endpoint has no current model, so no suggestion',
      code: `client.images.createVariation({ model: "dall-e-2", image })`,
      options: [{ today }],
      errors: [{ messageId: 'shutDown', suggestions: [] }],
    },
    {
      name: 'a spread base object is reported at the spread',
      code: `const BASE = { model: "dall-e-3", style: "natural" };\nclient.images.generate({ ...BASE, prompt });`,
      options: [{ today }],
      errors: [
        {
          messageId: 'shutDown',
          line: 2,
          column: 26,
          suggestions: [
            {
              messageId: 'migrate',
              output: `const BASE = { model: "gpt-image-2" /* TODO(gpt-image): style "natural" is not supported by gpt-image-2; describe it in the prompt. */ };\nclient.images.generate({ ...BASE, prompt });`,
            },
          ],
        },
      ],
    },
    {
      name: 'JavaScript with optional chaining and a destructured images',
      code: `const { images } = client;\nawait images?.generate({ model: 'dall-e-2', prompt, n: 2 });`,
      options: [{ today }],
      errors: [{ messageId: 'shutDown', suggestions: [{ messageId: 'migrate', output: `const { images } = client;\nawait images?.generate({ model: 'gpt-image-2', prompt, n: 2 });` }] }],
    },
  ],
});
