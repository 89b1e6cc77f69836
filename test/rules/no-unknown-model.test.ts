import rule from '../../rules/no-unknown-model.js';
import { ruleTester } from '../support/eslint.js';

const gen = (model: string) => `await client.images.generate({ model: "${model}", prompt: "p" });`;

ruleTester().run('no-unknown-model', rule, {
  valid: [
    gen('gpt-image-2'),
    gen('gpt-image-2.5-sunburst-2026-09-08'),
    gen('dall-e-3'),
    // A model the catalog does not know yet is not a typo, where the destination is unknown...
    gen('gpt-image-3'),
    gen('gpt-image-2.7-flare'),
    // ...or on a gateway, or once allowed.
    `const gw = new OpenAI({ baseURL: "https://llm.internal.example/v1" });\nawait gw.images.generate({ model: "gpt-image-3", prompt: "p" });`,
    { code: `const openai = new OpenAI();\nawait openai.images.generate({ model: "gpt-image-3", prompt: "p" });`, options: [{ allow: ['gpt-image-3'] }] },
    // A known gateway's documented ids on its own host need no allow.
    `const gw = new OpenAI({ baseURL: "https://api.apiyi.com/v1" });\nawait gw.images.generate({ model: "gpt-image-2-all", prompt: "p" });`,
    gen('my-company-model'),
    // allow, exact and with a wildcard.
    { code: gen('gpt-image-2/text-to-image'), options: [{ allow: ['gpt-image-2/text-to-image'] }] },
    { code: gen('gpt-image-2-vip'), options: [{ allow: ['gpt-image-*-vip'] }] },
    // A gateway client whose ids are allowed, or an Azure client (model = deployment name).
    `const az = new AzureOpenAI({ apiVersion });\nawait az.images.generate({ model: "dalle3", prompt: "p" });`,
    // Ids that are never sent to an image API.
    `const labels = { "gpt-image2": "GPT Image 2" }; type M = "dalle-3" | "gpt-image-2.5"; db.insert({ model: "dalle-3" });`,
  ],
  invalid: [
    ...['gpt-image-3', 'gpt-image-99'].map((id) => ({
      name: `${id} sent to OpenAI is not served there`,
      code: `const openai = new OpenAI();\nawait openai.images.generate({ model: "${id}", prompt: "p" });`,
      errors: [{ messageId: 'notServed' as const, data: { id, asOf: '2026-11-23' }, line: 2 }],
    })),
    {
      name: 'a gateway client: the message says the gateway may accept the id',
      code: `const gw = new OpenAI({ baseURL: "https://gw.example.com/v1" });\nawait gw.images.generate({ model: "gpt-image-2-all", prompt: "p" });`,
      errors: [
        {
          messageId: 'gatewayClient',
          data: { id: 'gpt-image-2-all', why: 'a gateway-style id, as APIYI, LaoZhang, APIMart and Evolink spell them', where: '`https://gw.example.com/v1`' },
          suggestions: [{ messageId: 'didYouMean', output: `const gw = new OpenAI({ baseURL: "https://gw.example.com/v1" });\nawait gw.images.generate({ model: "gpt-image-2", prompt: "p" });` }],
        },
      ],
    },
    {
      code: gen('gpt-image-2/text-to-image'),
      errors: [
        {
          messageId: 'gatewayId',
          data: { id: 'gpt-image-2/text-to-image', usedBy: 'HiAPI and fal.ai', base: '`gpt-image-2`' },
          suggestions: [{ messageId: 'didYouMean', data: { id: 'gpt-image-2' }, output: gen('gpt-image-2') }],
        },
      ],
    },
    {
      code: gen('gpt-image-2@beta'),
      errors: [{ messageId: 'gatewayId', data: { id: 'gpt-image-2@beta', usedBy: 'HiAPI', base: '`gpt-image-2`' }, suggestions: [{ messageId: 'didYouMean', output: gen('gpt-image-2') }] }],
    },
    {
      code: gen('gpt-image-2.5-flare:official'),
      errors: [{ messageId: 'gatewayId', suggestions: [{ messageId: 'didYouMean', output: gen('gpt-image-2.5-flare') }] }],
    },
    {
      name: 'path-style ids and bare gateway ids of a flavoured family',
      code: `${gen('openai/gpt-image-2.5/flare/text-to-image')}\n${gen('gpt-image-2.6-all')}`,
      options: [{ allow: ['something-else'] }],
      errors: [
        {
          messageId: 'gatewayId',
          line: 1,
          suggestions: [{ messageId: 'didYouMean', output: `${gen('gpt-image-2.5-flare')}\n${gen('gpt-image-2.6-all')}` }],
        },
        {
          messageId: 'gatewayId',
          line: 2,
          data: { id: 'gpt-image-2.6-all', usedBy: 'APIYI, LaoZhang, APIMart and Evolink', base: '`gpt-image-2.6-sunburst` or `gpt-image-2.6-flare`' },
          suggestions: [
            { messageId: 'didYouMean', output: `${gen('openai/gpt-image-2.5/flare/text-to-image')}\n${gen('gpt-image-2.6-sunburst')}` },
            { messageId: 'didYouMean', output: `${gen('openai/gpt-image-2.5/flare/text-to-image')}\n${gen('gpt-image-2.6-flare')}` },
          ],
        },
      ],
    },
    {
      code: gen('gpt-image2'),
      errors: [{ messageId: 'nearMiss', data: { id: 'gpt-image2', advice: '`gpt-image-2`' }, suggestions: [{ messageId: 'didYouMean', output: gen('gpt-image-2') }] }],
    },
    {
      code: `const MODEL = 'dalle-3';\nawait openai.images.generate({ model: MODEL, prompt: 'p' });`,
      errors: [
        {
          messageId: 'nearMiss',
          line: 2,
          data: { id: 'dalle-3', advice: '`dall-e-3`' },
          suggestions: [{ messageId: 'didYouMean', output: `const MODEL = 'dall-e-3';\nawait openai.images.generate({ model: MODEL, prompt: 'p' });` }],
        },
      ],
    },
    {
      name: 'a typo that keeps the version digits',
      code: gen('gpt-image-2.5-sunbrust'),
      errors: [{ messageId: 'nearMiss', suggestions: [{ messageId: 'didYouMean', output: gen('gpt-image-2.5-sunburst') }] }],
    },
    {
      code: gen('gpt-image-2.5'),
      errors: [
        {
          messageId: 'nonexistent',
          data: { id: 'gpt-image-2.5', advice: ' Did you mean `gpt-image-2.5-sunburst` or `gpt-image-2.5-flare`?' },
          suggestions: [
            { messageId: 'didYouMean', output: gen('gpt-image-2.5-sunburst') },
            { messageId: 'didYouMean', output: gen('gpt-image-2.5-flare') },
          ],
        },
      ],
    },
    {
      name: 'a nonexistent id without a close relative; the image_generation tool too',
      code: `await client.responses.create({ model: "gpt-5.5", input: "x", tools: [{ type: "image_generation", model: "gpt-image-2-mini" }] });`,
      errors: [{ messageId: 'nonexistent', data: { id: 'gpt-image-2-mini', advice: '' }, suggestions: [] }],
    },
  ],
});
