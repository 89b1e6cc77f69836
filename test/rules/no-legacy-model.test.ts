import rule from '../../rules/no-legacy-model.js';
import { ruleTester } from '../support/eslint.js';

const today = '2026-11-22';

ruleTester().run('no-legacy-model', rule, {
  valid: [
    { code: `await client.images.generate({ model: "gpt-image-2", prompt: "a cat" });`, options: [{ today }] },
  ],
  invalid: [
    {
      code: `await client.images.generate({ model: "dall-e-3", prompt: "a cat", style: "vivid" });`,
      options: [{ today }],
      errors: [
        {
          messageId: 'shutDown',
          data: { id: 'dall-e-3', date: '2026-05-12', advice: ' OpenAI recommends `gpt-image-2.5-sunburst`.' },
          suggestions: [
            {
              messageId: 'migrate',
              data: { target: 'gpt-image-2' },
              output: `await client.images.generate({ model: "gpt-image-2", prompt: "a cat" /* TODO(gpt-image): style "vivid" is not supported by gpt-image-2; describe it in the prompt. */ });`,
            },
          ],
        },
      ],
    },
  ],
});
