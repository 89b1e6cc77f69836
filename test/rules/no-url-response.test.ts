import rule from '../../rules/no-url-response.js';
import { ruleTester } from '../support/eslint.js';

const urlUndefined = (model = 'gpt-image-2') => ({ messageId: 'urlUndefined' as const, data: { model, url: 'url', field: 'b64_json' } });

const LOOPS = [
  `async function f() {`,
  `  const res = await this.client.images.generate({ model: "gpt-image-2", prompt: "p", n: 2 });`,
  `  const urls = res.data.map((d) => d.url);`,
  `  for (const image of res.data) console.log(image.url);`,
  `  use(res.data.at(-1)!.url);`,
  `}`,
  `client.images.generate({ model: "gpt-image-2", prompt: "p" }).then((r) => r.data[0].url);`,
].join('\n');

ruleTester().run('no-url-response', rule, {
  valid: [
    // not an OpenAI request: no model, and none of the parameters every image request carries
    `const res = await store.images.edit({ id: 1, title: 'Sunset' }); show(res.data[0].url);`,
    // DALL-E calls returned URLs.
    `const res = await client.images.generate({ model: "dall-e-3", prompt: "a cat" }); show(res.data[0].url);`,
    // Reading b64_json is the fix.
    `const res = await client.images.generate({ model: "gpt-image-2", prompt: "a cat" }); show(res.data[0].b64_json);`,
    // Unrelated objects with a url.
    `const res = await client.images.generate({ model: "gpt-image-2", prompt: "a cat" }); const page = await fetch(u); show(page.url);`,
    `const res = await fetch("https://example.com"); show(res.data[0].url);`,
    // A model that is not statically known.
    `const res = await client.images.generate({ model: process.env.IMAGE_MODEL, prompt: "a cat" }); show(res.data[0].url);`,
    // A model that may come through a spread.
    `const res = await client.images.generate({ model: "gpt-image-2", ...opts, prompt: "a cat" }); show(res.data[0].url);`,
    // Generations without a model default to DALL-E (require-model reports that).
    `const res = await client.images.generate({ prompt: "a cat" }); show(res.data[0].url);`,
    // A variable that is reassigned is not followed.
    `let res = await client.images.generate({ model: "gpt-image-2", prompt: "a cat" }); res = other; show(res.data[0].url);`,
    // The result passed on is not followed.
    `const res = await client.images.generate({ model: "gpt-image-2", prompt: "a cat" }); save(res); show(other.data[0].url);`,
  ],
  invalid: [
    {
      code: `const res = await client.images.generate({ model: "gpt-image-2", prompt: "a cat" });\nshow(res.data[0].url);`,
      errors: [
        {
          ...urlUndefined(),
          line: 2,
          suggestions: [
            {
              messageId: 'useB64Json',
              data: { field: 'b64_json' },
              output: `const res = await client.images.generate({ model: "gpt-image-2", prompt: "a cat" });\nshow(res.data[0].b64_json);`,
            },
            {
              messageId: 'useDataUrl',
              data: { mime: 'image/png', field: 'b64_json' },
              output: 'const res = await client.images.generate({ model: "gpt-image-2", prompt: "a cat" });\nshow(res.data[0].b64_json ? `data:image/png;base64,${res.data[0].b64_json}` : undefined);',
            },
          ],
        },
      ],
    },
    {
      name: 'destructuring, optional chaining and the MIME type of output_format',
      code: `const { data } = await openai.images.edit({ model: "gpt-image-1.5", image, prompt: "p", output_format: "webp" });\nconst link = data?.[0]?.url;`,
      errors: [
        {
          ...urlUndefined('gpt-image-1.5'),
          suggestions: [
            {
              messageId: 'useB64Json',
              output: `const { data } = await openai.images.edit({ model: "gpt-image-1.5", image, prompt: "p", output_format: "webp" });\nconst link = data?.[0]?.b64_json;`,
            },
            {
              messageId: 'useDataUrl',
              data: { mime: 'image/webp', field: 'b64_json' },
              output:
                'const { data } = await openai.images.edit({ model: "gpt-image-1.5", image, prompt: "p", output_format: "webp" });\nconst link = data?.[0]?.b64_json ? `data:image/webp;base64,${data?.[0]?.b64_json}` : undefined;',
            },
          ],
        },
      ],
    },
    {
      name: 'a destructured url: only the b64_json suggestion',
      code: `const res = await client.images.generate({ model: MODEL, prompt });\nconst [{ url }] = res.data;\nconst MODEL = "gpt-image-2";`,
      errors: [
        {
          ...urlUndefined(),
          suggestions: [
            {
              messageId: 'useB64Json',
              output: `const res = await client.images.generate({ model: MODEL, prompt });\nconst [{ b64_json: url }] = res.data;\nconst MODEL = "gpt-image-2";`,
            },
          ],
        },
      ],
    },
    {
      name: 'map callbacks, for-of loops, .at() and .then()',
      code: LOOPS,
      errors: ['d.url', 'image.url', 'res.data.at(-1)!.url', 'r.data[0].url'].map((read) => ({
        ...urlUndefined(),
        suggestions: [
          { messageId: 'useB64Json' as const, output: LOOPS.replace(read, read.replace(/url$/, 'b64_json')) },
          // A data URL reads `b64_json` twice (once to keep `undefined` when there is no image): not offered on a call.
          ...(read.includes('(')
            ? []
            : [
                {
                  messageId: 'useDataUrl' as const,
                  output: LOOPS.replace(read, `${read.replace(/url$/, 'b64_json')} ? \`data:image/png;base64,\${${read.replace(/url$/, 'b64_json')}}\` : undefined`),
                },
              ]),
        ],
      })),
    },
    {
      name: 'edits without a model go to the API default, a GPT image model (the SDK names none since 7.57)',
      code: `const res = await client.images.edit({ image, prompt: "p" });\nres.data[0].url;`,
      errors: [
        {
          messageId: 'urlUndefinedDefault',
          data: { model: "the API's default GPT image model", url: 'url', field: 'b64_json' },
          suggestions: [
            { messageId: 'useB64Json', output: `const res = await client.images.edit({ image, prompt: "p" });\nres.data[0].b64_json;` },
            {
              messageId: 'useDataUrl',
              output: 'const res = await client.images.edit({ image, prompt: "p" });\nres.data[0].b64_json ? `data:image/png;base64,${res.data[0].b64_json}` : undefined;',
            },
          ],
        },
      ],
    },
  ],
});
