import rule from '../../rules/no-preview-feature.js';
import { ruleTester } from '../support/eslint.js';

const today = '2026-11-22';

ruleTester().run('no-preview-feature', rule, {
  valid: [
    { code: `client.images.generate({ model: "gpt-image-2", prompt, size: "2560x1440", background: "opaque" })`, options: [{ today }] },
    // fully supported on the 2.5 models
    { code: `client.images.generate({ model: "gpt-image-2.5-sunburst", prompt, background: "transparent", output_format: "png" })`, options: [{ today }] },
    // 2.6 sizes follow an unconfirmed rule: never reported
    { code: `client.images.generate({ model: "gpt-image-2.6-flare", prompt, size: "3840x2160" })`, options: [{ today }] },
    // fixed-size models have no experimental zone; invalid sizes are another rule's business
    { code: `client.images.generate({ model: "gpt-image-1.5", prompt, size: "3840x2160" })`, options: [{ today }] },
    // unknown values and unknown models
    { code: `client.images.generate({ model: "gpt-image-2", prompt, size: pickSize(), background: bg })`, options: [{ today }] },
    { code: `client.images.generate({ model: m, prompt, size: "3840x2160" })`, options: [{ today }] },
    // only mentions
    { code: `const SIZES = ["3840x2160"]; db.insert({ model: "gpt-image-2", size: "3840x2160" });`, options: [{ today }] },
  ],
  invalid: [
    {
      code: `client.images.generate({ model: "gpt-image-2", prompt, size: "3840x2160" })`,
      options: [{ today }],
      errors: [{ messageId: 'experimentalSize', data: { value: '3840x2160', pixels: '8,294,400', limit: '3,686,400', model: "gpt-image-2" }, column: 62 }],
    },
    {
      code: `const SIZE = '2048x2048';\nawait openai.images.edit({ model: 'gpt-image-2-2026-04-21', image, prompt, size: SIZE });`,
      options: [{ today }],
      errors: [{ messageId: 'experimentalSize', line: 2 }],
    },
    {
      code: `client.responses.create({ model: "gpt-5.5", tools: [{ type: "image_generation", model: "gpt-image-2", background: "transparent", output_format: "webp" }] })`,
      options: [{ today }],
      errors: [{ messageId: 'previewValue', data: { param: 'background', value: 'transparent', model: 'gpt-image-2' } }],
    },
    {
      name: 'each model of a conditional is checked',
      code: `client.images.generate({ model: flag ? "gpt-image-2" : "gpt-image-2.5-flare", prompt, background: "transparent" })`,
      options: [{ today }],
      errors: [{ messageId: 'previewValue', data: { param: 'background', value: 'transparent', model: 'gpt-image-2' } }],
    },
  ],
});
