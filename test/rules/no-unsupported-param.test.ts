import rule from '../../rules/no-unsupported-param.js';
import { ruleTester } from '../support/eslint.js';

const gen = (body: string, model = 'gpt-image-2') => `await client.images.generate({ model: "${model}", prompt: "p", ${body} });`;
const where = (model: string, endpoint = '`images.generate`') => `with \`${model}\` in ${endpoint}`;

ruleTester().run('no-unsupported-param', rule, {
  valid: [
    gen(`quality: "high", size: "2048x1152", n: 4, output_format: "jpeg", output_compression: 80, background: "opaque"`),
    gen(`quality: "hd", style: "natural", size: "1792x1024", response_format: "url"`, 'dall-e-3'),
    gen(`quality: "xhigh", size: "3840x2160"`, 'gpt-image-2.5-sunburst'),
    // 2.6: xhigh/max and the flexible-size limits are unconfirmed, so they are not reported.
    gen(`quality: "max", size: "1000x1000"`, 'gpt-image-2.6-flare'),
    // Unknown model, unknown values, unknown parameters.
    `await client.images.generate({ model: process.env.M, prompt: "p", style: "vivid" });`,
    gen(`quality: userQuality, size: \`\${w}x\${h}\``),
    gen(`some_future_param: true`),
    // A later spread may override the value.
    gen(`style: "vivid", ...overrides`),
    // Transparent backgrounds are in preview for gpt-image-2, with png.
    gen(`background: "transparent", output_format: "png"`),
    `await client.responses.create({ model: "gpt-5.5", input: "x", tools: [{ type: "image_generation", model: "gpt-image-2", output_format: "webp", output_compression: 60 }], tool_choice: { type: "image_generation" } });`,
    `await client.responses.create({ model: "gpt-5.5", input: "x", tools: toolsFromElsewhere, tool_choice: { type: "image_generation" } });`,
    // Not an image call.
    `await db.insert({ model: "gpt-image-2", style: "vivid", response_format: "url" });`,
  ],
  invalid: [
    {
      name: 'a raw HTTP request is named by its path',
      code: `await fetch("https://api.openai.com/v1/images/generations", { method: "POST", body: JSON.stringify({ model: "gpt-image-2", prompt: "p", style: "vivid" }) });`,
      errors: [
        {
          messageId: 'unsupported',
          data: {
            param: 'style',
            where: 'with `gpt-image-2` in a request to `/images/generations`',
            reason: '`style` is a DALL-E 3 parameter; GPT image models reject it. Describe the style in the prompt instead.',
          },
          suggestions: [
            {
              messageId: 'removeParam',
              output: `await fetch("https://api.openai.com/v1/images/generations", { method: "POST", body: JSON.stringify({ model: "gpt-image-2", prompt: "p" }) });`,
            },
          ],
        },
      ],
    },
    {
      name: 'response_format: "b64_json" on a GPT image model is removed by the autofix',
      code: gen(`response_format: "b64_json"`),
      output: `await client.images.generate({ model: "gpt-image-2", prompt: "p" });`,
      errors: [
        {
          messageId: 'unsupported',
          data: {
            param: 'response_format',
            where: where('gpt-image-2'),
            reason: 'GPT image models always return base64 (`b64_json`) and reject `response_format` with 400 unknown_parameter.',
          },
        },
      ],
    },
    {
      name: 'response_format: "url" and style: suggestions only',
      code: gen(`response_format: "url", style: "vivid"`),
      errors: [
        {
          messageId: 'unsupported',
          data: {
            param: 'response_format',
            where: where('gpt-image-2'),
            reason: 'GPT image models always return base64 (`b64_json`) and reject `response_format` with 400 unknown_parameter.',
          },
          suggestions: [{ messageId: 'removeParam', data: { param: 'response_format' }, output: gen(`style: "vivid"`) }],
        },
        {
          messageId: 'unsupported',
          data: {
            param: 'style',
            where: where('gpt-image-2'),
            reason: '`style` is a DALL-E 3 parameter; GPT image models reject it. Describe the style in the prompt instead.',
          },
          suggestions: [{ messageId: 'removeParam', output: `await client.images.generate({ model: "gpt-image-2", prompt: "p", response_format: "url" });` }],
        },
      ],
    },
    {
      name: 'GPT-only parameters on DALL-E',
      code: gen(`background: "transparent"`, 'dall-e-3'),
      errors: [
        {
          messageId: 'unsupported',
          data: {
            param: 'background',
            where: where('dall-e-3'),
            reason: '`background` is a GPT image model parameter; DALL-E models do not accept it.',
          },
          suggestions: [{ messageId: 'removeParam', output: `await client.images.generate({ model: "dall-e-3", prompt: "p" });` }],
        },
      ],
    },
    {
      name: 'quality values of the other line, with the mapped value suggested',
      code: gen(`quality: "hd"`),
      errors: [
        {
          messageId: 'badValue',
          data: { param: 'quality', value: 'hd', where: where('gpt-image-2'), allowed: 'low, medium, high, auto' },
          suggestions: [{ messageId: 'replaceValue', data: { param: 'quality', value: '"high"' }, output: gen(`quality: "high"`) }],
        },
      ],
    },
    {
      name: 'xhigh on a model without it',
      code: gen(`quality: "xhigh"`),
      errors: [
        {
          messageId: 'badValue',
          data: { param: 'quality', value: 'xhigh', where: where('gpt-image-2'), allowed: 'low, medium, high, auto' },
          suggestions: [],
        },
      ],
    },
    {
      name: 'input_fidelity: "high" on gpt-image-1-mini, and omitted on gpt-image-2 by the autofix',
      code: `await client.images.edit({ model: "gpt-image-1-mini", image, prompt: "p", input_fidelity: "high" });\nawait client.images.edit({ model: "gpt-image-2", image, prompt: "p", input_fidelity: "high" });`,
      output: `await client.images.edit({ model: "gpt-image-1-mini", image, prompt: "p", input_fidelity: "high" });\nawait client.images.edit({ model: "gpt-image-2", image, prompt: "p" });`,
      errors: [
        {
          messageId: 'badValue',
          line: 1,
          data: { param: 'input_fidelity', value: 'high', where: where('gpt-image-1-mini', '`images.edit`'), allowed: 'low' },
        },
        { messageId: 'omit', line: 2 },
      ],
    },
    {
      name: 'n above the model limit',
      code: gen(`n: 2`, 'dall-e-3'),
      errors: [
        {
          messageId: 'outOfRange',
          data: { param: 'n', value: 2, where: where('dall-e-3'), limit: 'above the maximum of 1' },
          suggestions: [{ messageId: 'replaceValue', data: { param: 'n', value: '1' }, output: gen(`n: 1`, 'dall-e-3') }],
        },
      ],
    },
    {
      name: 'fixed sizes',
      code: gen(`size: "1792x1024"`, 'gpt-image-1.5'),
      errors: [
        {
          messageId: 'badSize',
          data: {
            value: '1792x1024',
            where: where('gpt-image-1.5'),
            reason: '1792x1024 is not one of 1024x1024, 1536x1024, 1024x1536, auto',
          },
          suggestions: [{ messageId: 'replaceValue', output: gen(`size: "1536x1024"`, 'gpt-image-1.5') }],
        },
      ],
    },
    ...(
      [
        ['1000x1000', '1000 is not divisible by 16', '1008x1008'],
        ['3840x1024', '3840x1024 is wider than 3:1', '1536x1024'],
        ['256x256', '256x256 is below the 655,360-pixel minimum', '1024x1024'],
      ] as const
    ).map(([size, reason, better]) => ({
      name: `flexible sizes: ${reason}`,
      code: gen(`size: "${size}"`),
      errors: [
        {
          messageId: 'badSize' as const,
          data: { value: size, where: where('gpt-image-2'), reason },
          suggestions: [{ messageId: 'replaceValue' as const, data: { param: 'size', value: `"${better}"` }, output: gen(`size: "${better}"`) }],
        },
      ],
    })),
    {
      name: 'combinations',
      code: gen(`output_format: "png", output_compression: 50`) + '\n' + gen(`background: "transparent", output_format: "jpeg"`),
      errors: [
        {
          messageId: 'combination',
          line: 1,
          data: { message: '`output_compression` only applies to `jpeg` and `webp` output', other: 'output_format', value: '"png"' },
        },
        {
          messageId: 'combination',
          line: 2,
          data: { message: 'a transparent background needs `output_format` `png` or `webp`', other: 'output_format', value: '"jpeg"' },
        },
      ],
    },
    {
      name: 'a GIF-only parameter without gif output',
      code: gen(`frame_count: 4`, 'gpt-image-2.6-sunburst'),
      errors: [{ messageId: 'combinationAbsent', data: { message: '`frame_count` is only supported with `output_format: "gif"`', other: 'output_format' } }],
    },
    {
      name: 'the image_generation tool: fields it does not have, renames by autofix',
      code: `await client.responses.create({ model: "gpt-5.5", input: "x", tools: [{ type: "image_generation", model: "gpt-image-2", n: 2, format: "jpeg", compression: 50 }] });`,
      output: `await client.responses.create({ model: "gpt-5.5", input: "x", tools: [{ type: "image_generation", model: "gpt-image-2", n: 2, output_format: "jpeg", output_compression: 50 }] });`,
      errors: [
        {
          messageId: 'unsupported',
          data: {
            param: 'n',
            where: where('gpt-image-2', 'the image_generation tool'),
            reason: `The image_generation tool has no \`n\` field; the API answers 400 "Unknown parameter: 'tools[0].n'".`,
          },
          suggestions: [
            {
              messageId: 'removeParam',
              output: `await client.responses.create({ model: "gpt-5.5", input: "x", tools: [{ type: "image_generation", model: "gpt-image-2", format: "jpeg", compression: 50 }] });`,
            },
          ],
        },
        {
          messageId: 'unsupported',
          data: {
            param: 'format',
            where: where('gpt-image-2', 'the image_generation tool'),
            reason: 'The image_generation tool has no `format`; the field is `output_format`.',
          },
        },
        { messageId: 'unsupported', column: 143 },
      ],
    },
    {
      name: 'a tool without a model still has no prompt field',
      code: `await client.responses.create({ model: "gpt-5.5", input: "x", tools: [{ type: "image_generation", prompt: "a cat" }] });`,
      errors: [
        {
          messageId: 'unsupported',

          suggestions: [
            { messageId: 'removeParam', output: `await client.responses.create({ model: "gpt-5.5", input: "x", tools: [{ type: "image_generation" }] });` },
          ],
        },
      ],
    },
    {
      name: 'tool_choice without the tool',
      code: `await client.responses.create({ model: "gpt-5.5", input: "x", tools: [{ type: "web_search" }], tool_choice: { type: "image_generation" } });\nawait client.responses.create({ model: "gpt-5.5", input: "x", tool_choice: { type: "image_generation" } });`,
      errors: [
        {
          messageId: 'toolChoiceWithoutTool',
          line: 1,
          data: { tool: 'image_generation', error: `400 "Tool choice 'image_generation' not found in 'tools' parameter."` },
        },
        { messageId: 'toolChoiceWithoutTool', line: 2 },
      ],
    },
    {
      name: 'a style in a spread base object is reported at the call, without an edit',
      code: `const base = { model: "gpt-image-2", style: "vivid" };\nawait client.images.generate({ ...base, prompt: "p" });`,
      errors: [{ messageId: 'unsupported', line: 2, column: 32, suggestions: [] }],
    },
    {
      name: 'values reached through constants',
      code: `const QUALITY = "standard";\nconst MODEL = "gpt-image-1.5";\nawait client.images.generate({ model: MODEL, prompt: "p", quality: QUALITY });`,
      errors: [
        {
          messageId: 'badValue',
          line: 3,
          data: { param: 'quality', value: 'standard', where: where('gpt-image-1.5'), allowed: 'low, medium, high, auto' },
          suggestions: [
            {
              messageId: 'replaceValue',
              output: `const QUALITY = "medium";\nconst MODEL = "gpt-image-1.5";\nawait client.images.generate({ model: MODEL, prompt: "p", quality: QUALITY });`,
            },
          ],
        },
      ],
    },
  ],
});
