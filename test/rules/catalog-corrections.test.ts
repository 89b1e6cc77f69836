/**
 * Issue 21: what each host really does (a gateway that still serves legacy
 * ids), what gpt-image-2.6 certainly rejects, retired variations, the SDK
 * 7.57 rules between parameters, and texts that quote the right thing.
 * Each report has a valid twin.
 */
import legacy from '../../rules/no-legacy-model.js';
import outdated from '../../rules/no-outdated-usage.js';
import unsupported from '../../rules/no-unsupported-param.js';
import unknown from '../../rules/no-unknown-model.js';
import responses from '../../rules/no-image-model-in-responses.js';
import { ruleTester } from '../support/eslint.js';

const today = '2026-12-02';
const APIYI = `const client = new OpenAI({ baseURL: "https://api.apiyi.com/v1" });\n`;
const OPENAI = `const client = new OpenAI();\n`;
const gen = (body: string, model: string) => `await client.images.generate({ model: "${model}", prompt: "p", ${body} });`;
const edit = (body: string, model: string) => `await client.images.edit({ model: "${model}", image, prompt: "p", ${body} });`;
const tool = (body: string, model = 'gpt-image-2.6-sunburst') =>
  `await client.responses.create({ model: "gpt-5.5", input: "x", tools: [{ type: "image_generation", model: "${model}", ${body} }] });`;

// ---- 1. a gateway that still serves legacy ids ------------------------------------

ruleTester().run('no-legacy-model (gateways, retired variations)', legacy, {
  valid: [
    // APIYI still serves gpt-image-1: not a failing request, so not this rule's (no-outdated-usage says it).
    { code: APIYI + `await client.images.generate({ model: "gpt-image-1", prompt: "p" });`, options: [{ today }] },
    { code: APIYI + `await client.images.edit({ model: "gpt-image-1.5", image, prompt: "p" });`, options: [{ today }] },
    // A current model on a current endpoint.
    { code: `await client.images.edit({ model: "gpt-image-2", image, prompt: "p" });`, options: [{ today }] },
    // A variations call through a gateway may be served there.
    { code: APIYI + `await client.images.createVariation({ model: "gpt-image-2", image });`, options: [{ today }] },
  ],
  invalid: [
    {
      name: 'on OpenAI, gpt-image-1 is shut down and requests fail',
      code: OPENAI + `await client.images.generate({ model: "gpt-image-1", prompt: "p" });`,
      options: [{ today }],
      errors: [
        {
          message: /^`gpt-image-1` was shut down on 2026-10-23; requests fail\. Migrate to `gpt-image-2`/ as unknown as string,
          suggestions: [{ messageId: 'migrate', output: OPENAI + `await client.images.generate({ model: "gpt-image-2", prompt: "p" });` }],
        },
      ],
    },
    {
      name: 'APIYI does not keep dall-e-3: still shut down there',
      code: APIYI + `await client.images.generate({ model: "dall-e-3", prompt: "p" });`,
      options: [{ today }],
      errors: [
        {
          message: /^`dall-e-3` was shut down on 2026-05-12; requests fail\..* This request goes to `https:\/\/api\.apiyi\.com\/v1`/ as unknown as string,
          suggestions: [{ messageId: 'migrate', output: APIYI + `await client.images.generate({ model: "gpt-image-2", prompt: "p" });` }],
        },
      ],
    },
    {
      name: 'variations are retired whatever the model',
      code: `await client.images.createVariation({ model: "gpt-image-2", image });`,
      options: [{ today }],
      errors: [
        {
          messageId: 'retiredEndpoint',
          data: {
            call: '`images.createVariation`',
            wayOut: 'Image variations are no longer served: use `images.edit` with a GPT image model instead.',
          },
          suggestions: [],
        },
      ],
    },
    {
      name: 'dall-e-3 on images.edit: shut down, and it never served edits',
      code: `await client.images.edit({ model: "dall-e-3", image, prompt: "p" });`,
      options: [{ today }],
      errors: [
        {
          messageId: 'shutDown',
          data: { id: 'dall-e-3', date: '2026-05-12', days: '-204 days', advice: ' It never served image edits either. Migrate to `gpt-image-2` (OpenAI recommends `gpt-image-2.5-sunburst`).' },
          suggestions: [{ messageId: 'migrate', output: `await client.images.edit({ model: "gpt-image-2", image, prompt: "p" });` }],
        },
      ],
    },
    {
      name: 'a raw request to the variations endpoint',
      code: `await fetch("https://api.openai.com/v1/images/variations", { method: "POST", body: JSON.stringify({ model: "gpt-image-2", image }) });`,
      options: [{ today }],
      errors: [{ messageId: 'retiredEndpoint', data: { call: 'a request to `/images/variations`', wayOut: 'Image variations are no longer served: use `images.edit` with a GPT image model instead.' } }],
    },
    {
      name: 'a legacy id on variations is reported once, with the way out instead of a migration target',
      code: `await client.images.createVariation({ model: "dall-e-2", image });`,
      options: [{ today }],
      errors: [
        {
          messageId: 'shutDown',
          data: { id: 'dall-e-2', date: '2026-05-12', days: '-204 days', advice: ' Image variations are no longer served: use `images.edit` with a GPT image model instead.' },
          suggestions: [],
        },
      ],
    },
  ],
});

ruleTester().run('no-outdated-usage', outdated, {
  valid: [
    // On OpenAI a shut-down id is no-legacy-model's (an error), not advice.
    { code: OPENAI + `await client.images.generate({ model: "gpt-image-1", prompt: "p" });`, options: [{ today }] },
    { code: APIYI + `await client.images.generate({ model: "gpt-image-2", prompt: "p" });`, options: [{ today }] },
    // safety_identifier is the current parameter.
    { code: gen(`safety_identifier: hash(email)`, 'gpt-image-2'), options: [{ today }] },
    // `user` is not deprecated on the retired variations contract, nor known on an unknown model.
    { code: `await client.images.createVariation({ model: "dall-e-2", image, user: "u1" });`, options: [{ today }] },
    { code: `await client.images.generate({ model: process.env.M, prompt: "p", user: "u1" });`, options: [{ today }] },
    // The AI SDK's own schema takes `user` and has no `safety_identifier`: a rename would not be sent.
    {
      code: `import { openai } from "@ai-sdk/openai";\nimport { generateImage } from "ai";\nawait generateImage({ model: openai.image("gpt-image-2"), prompt: "p", providerOptions: { openai: { user: "u1" } } });`,
      options: [{ today }],
    },
  ],
  invalid: [
    {
      name: 'APIYI still serves gpt-image-1: upgrade recommended, and the migration is offered',
      code: APIYI + `await client.images.generate({ model: "gpt-image-1", prompt: "p" });`,
      options: [{ today }],
      errors: [
        {
          messageId: 'upgradeRecommended',
          data: {
            id: 'gpt-image-1',
            gateway: 'APIYI',
            openai: 'OpenAI shut it down on 2026-10-23',
            advice: ' Migrate to `gpt-image-2` (OpenAI recommends `gpt-image-2.5-sunburst` or `gpt-image-2.5-flare`).',
          },
          suggestions: [
            {
              messageId: 'migrate',
              data: { target: 'gpt-image-2' },
              output: APIYI + `await client.images.generate({ model: "gpt-image-2", prompt: "p" });`,
            },
          ],
        },
      ],
    },
    {
      name: 'user is deprecated in favour of safety_identifier',
      code: gen(`user: userId`, 'gpt-image-2'),
      options: [{ today }],
      errors: [
        {
          messageId: 'deprecatedParam',
          data: { param: 'user', instead: 'safety_identifier' },
          suggestions: [{ messageId: 'renameParam', output: gen(`safety_identifier: userId`, 'gpt-image-2') }],
        },
      ],
    },
    {
      name: 'with safety_identifier set, user is only a fallback: remove it',
      code: edit(`safety_identifier: id, user: id`, 'gpt-image-2.5-flare'),
      options: [{ today }],
      errors: [{ messageId: 'deprecatedParam', suggestions: [{ messageId: 'removeParam', output: edit(`safety_identifier: id`, 'gpt-image-2.5-flare') }] }],
    },
  ],
});

// ---- 2 and 4: what 2.6 certainly rejects; rules between parameters ----------------

const w26 = 'with `gpt-image-2.6-sunburst` in `images.generate`';
const SVG = 'SVG output requires `n: 1` and does not support streaming or partial images';
const GIF = 'GIF output does not support streaming, partial images or masks';

ruleTester().run('no-unsupported-param (2.6, combinations)', unsupported, {
  valid: [
    // Unconfirmed for 2.6: xhigh/max and the flexible-size limits.
    gen(`quality: "xhigh", size: "4096x4096"`, 'gpt-image-2.6-sunburst'),
    gen(`quality: "max", size: "1792x1024"`, 'gpt-image-2.6-flare'),
    gen(`quality: "medium", size: "auto"`, 'gpt-image-2.6-sunburst'),
    // 2.6 parameters on 2.6.
    gen(`complexity: "low", output_format: "gif", frame_count: 8, frame_duration_ms: 100`, 'gpt-image-2.6-sunburst'),
    // Capped by the API, not rejected.
    gen(`output_format: "gif", frame_duration_ms: 700000`, 'gpt-image-2.6-sunburst'),
    // SVG with one image and no streaming.
    gen(`output_format: "svg", n: 1, stream: false, partial_images: 0`, 'gpt-image-2.6-sunburst'),
    edit(`output_format: "gif", frame_count: 4`, 'gpt-image-2.6-flare'),
    edit(`markup`, 'gpt-image-2.5-sunburst'),
    tool(`output_format: "gif", partial_images: 0`),
    // Compression with a format that takes it.
    gen(`output_format: "webp", output_compression: 70`, 'gpt-image-2'),
    // Unknown values are never guessed.
    gen(`output_format: "svg", n: count`, 'gpt-image-2.6-sunburst'),
    // A library may send its own output_format: the API default is not assumed there.
    `import { openai } from "@ai-sdk/openai";\nawait client.responses.create({ model: "gpt-5.5", input: "x", tools: [openai.tools.imageGeneration({ model: "gpt-image-2", outputCompression: 50 })] });`,
  ],
  invalid: [
    {
      name: 'DALL-E qualities on 2.6 are certainly rejected',
      code: gen(`quality: "hd"`, 'gpt-image-2.6-sunburst'),
      errors: [
        {
          messageId: 'badValue',
          data: { param: 'quality', value: 'hd', where: w26, allowed: 'low, medium, high, auto' },
          suggestions: [{ messageId: 'replaceValue', output: gen(`quality: "high"`, 'gpt-image-2.6-sunburst') }],
        },
      ],
    },
    {
      name: 'standard on 2.6',
      code: gen(`quality: "standard"`, 'gpt-image-2.6-sunburst'),
      errors: [
        {
          messageId: 'badValue',
          data: { param: 'quality', value: 'standard', where: w26, allowed: 'low, medium, high, auto' },
          suggestions: [{ messageId: 'replaceValue', output: gen(`quality: "medium"`, 'gpt-image-2.6-sunburst') }],
        },
      ],
    },
    {
      name: 'an aspect ratio is not WIDTHxHEIGHT, on 2.6 too',
      code: gen(`size: "9:16"`, 'gpt-image-2.6-sunburst'),
      errors: [{ messageId: 'badSize', data: { value: '9:16', where: w26, reason: "'9:16' is not WIDTHxHEIGHT (for example 1536x1024) or auto" }, suggestions: [] }],
    },
    {
      name: 'a DALL-E 2 size on 2.6',
      code: gen(`size: "256x256"`, 'gpt-image-2.6-sunburst'),
      errors: [
        {
          messageId: 'badSize',
          data: { value: '256x256', where: w26, reason: '256x256 is a DALL-E 2 size; the smallest standard size of the GPT image models is 1024x1024' },
          suggestions: [{ messageId: 'replaceValue', output: gen(`size: "1024x1024"`, 'gpt-image-2.6-sunburst') }],
        },
      ],
    },
    {
      name: 'complexity, frame_count and svg are 2.6 parameters',
      code: gen(`complexity: "high", frame_count: 4, svg: { model: "x" }`, 'gpt-image-2'),
      errors: ['complexity', 'frame_count', 'svg'].map((param) => ({
        messageId: 'unsupported' as const,
        data: {
          param,
          where: 'with `gpt-image-2` in `images.generate`',
          reason: `\`${param}\` is a gpt-image-2.6 parameter (GIF and SVG output, planning complexity); earlier GPT image models do not take it.`,
        },
        suggestions: [{ messageId: 'removeParam' as const, output: gen(['complexity: "high"', 'frame_count: 4', 'svg: { model: "x" }'].filter((p) => !p.startsWith(param)).join(', '), 'gpt-image-2') }],
      })),
    },
    {
      name: 'SVG output needs n: 1 and no streaming or partial images',
      code: gen(`output_format: "svg", n: 2, stream: true, partial_images: 2`, 'gpt-image-2.6-sunburst'),
      errors: [
        { messageId: 'exclusion', data: { param: 'n', trigger: '`output_format: "svg"`', message: SVG } },
        { messageId: 'exclusion', data: { param: 'stream', trigger: '`output_format: "svg"`', message: SVG } },
        { messageId: 'exclusion', data: { param: 'partial_images', trigger: '`output_format: "svg"`', message: SVG } },
      ],
    },
    {
      name: 'GIF output takes no mask and no streaming',
      code: edit(`output_format: "gif", mask, stream: true`, 'gpt-image-2.6-flare'),
      errors: [
        { messageId: 'exclusion', data: { param: 'mask', trigger: '`output_format: "gif"`', message: GIF } },
        { messageId: 'exclusion', data: { param: 'stream', trigger: '`output_format: "gif"`', message: GIF } },
      ],
    },
    {
      name: 'the tool: GIF output takes no input_image_mask and no partial images',
      code: tool(`output_format: "gif", input_image_mask: { file_id: f }, partial_images: 1`),
      errors: [
        { messageId: 'exclusion', data: { param: 'input_image_mask', trigger: '`output_format: "gif"`', message: GIF } },
        { messageId: 'exclusion', data: { param: 'partial_images', trigger: '`output_format: "gif"`', message: GIF } },
      ],
    },
    {
      name: 'markup cannot be combined with mask',
      code: edit(`markup, mask`, 'gpt-image-2.5-sunburst'),
      errors: [{ messageId: 'exclusion', data: { param: 'mask', trigger: '`markup`', message: '`markup` cannot be combined with `mask`' } }],
    },
    {
      name: 'output_compression without output_format compresses the default png: it does nothing',
      code: gen(`output_compression: 80`, 'gpt-image-2'),
      errors: [
        {
          messageId: 'combinationDefault',
          data: { message: '`output_compression` only applies to `jpeg` and `webp` output', other: 'output_format', value: 'png' },
        },
      ],
    },
  ],
});

// ---- 5: texts that quote the right thing --------------------------------------------

ruleTester().run('no-unknown-model (dated snapshots)', unknown, {
  valid: [
    { code: OPENAI + `await client.images.generate({ model: "gpt-image-2.6-sunburst-2026-11-04", prompt: "p" });`, options: [{ allow: ['gpt-image-2.6-sunburst-*'] }] },
    OPENAI + `await client.images.generate({ model: "gpt-image-2.5-sunburst-2026-09-08", prompt: "p" });`,
  ],
  invalid: [
    {
      name: 'a dated 2.6 id is unknown to the catalog, not known to fail',
      code: OPENAI + `await client.images.generate({ model: "gpt-image-2.6-sunburst-2026-11-04", prompt: "p" });`,
      errors: [
        {
          messageId: 'unlistedSnapshot',
          data: { id: 'gpt-image-2.6-sunburst-2026-11-04', alias: 'gpt-image-2.6-sunburst', asOf: '2026-11-11' },
          suggestions: [{ messageId: 'didYouMean', output: OPENAI + `await client.images.generate({ model: "gpt-image-2.6-sunburst", prompt: "p" });` }],
        },
      ],
    },
    {
      name: 'an id outside any known family is still not served',
      code: OPENAI + `await client.images.generate({ model: "gpt-image-3", prompt: "p" });`,
      errors: [{ messageId: 'notServed' }],
    },
  ],
});

const top = (id: string) => `await client.responses.create({ model: "${id}", input: "draw" });`;

ruleTester().run('no-image-model-in-responses (error text per id)', responses, {
  valid: [
    { code: top('gpt-5.4'), options: [{ today }] },
    { code: `await client.responses.create({ model: "gpt-5.4-mini", input: "x", tools: [{ type: "image_generation", model: "gpt-image-2" }] });`, options: [{ today }] },
  ],
  invalid: [
    {
      name: 'DALL-E ids are "not found" at the top level',
      code: top('dall-e-3'),
      options: [{ today, target: 'gpt-image-2' }],
      errors: [{ message: /fails with 400 "The requested model, 'dall-e-3' was not found\."\./ as unknown as string, suggestions: [{ messageId: 'moveMigratedToTool', output: `await client.responses.create({ model: "gpt-5.5", tools: [{ type: "image_generation", model: "gpt-image-2" }], input: "draw" });` }] }],
    },
    {
      name: 'gpt-image-1.5 is "not found" too',
      code: top('gpt-image-1.5'),
      options: [{ today: '2026-11-22' }],
      errors: [{ message: /fails with 400 "The requested model, 'gpt-image-1\.5' was not found\."\./ as unknown as string, suggestions: [{ messageId: 'moveMigratedToTool', output: `await client.responses.create({ model: "gpt-5.5", tools: [{ type: "image_generation", model: "gpt-image-2" }], input: "draw" });` }] }],
    },
    {
      name: 'gpt-image-2 is "not supported with the Responses API"',
      code: top('gpt-image-2'),
      options: [{ today }],
      errors: [{ message: /fails with 400 "The requested model 'gpt-image-2' is not supported with the Responses API"\./ as unknown as string, suggestions: [{ messageId: 'moveToTool', output: `await client.responses.create({ model: "gpt-5.5", tools: [{ type: "image_generation", model: "gpt-image-2" }], input: "draw" });` }] }],
    },
    // A text model that is shutting down (`textModel: 'gpt-4o'`) is refused by the rule's schema
    // (test/rules/options.test.ts), so it never reaches the top level through a suggestion.
  ],
});
