/**
 * A zod env module read through `safeParse` (issue 17, item 4): the `data`
 * of `schema.safeParse({ X: process.env.X ?? 'dall-e-3' })` holds the object
 * it was given, so a request using `env.X` is checked against its fallback,
 * and the fix edits the fallback. The twin with a current fallback is quiet.
 */
import legacy from '../../rules/no-legacy-model.js';
import { ruleTester } from '../support/eslint.js';

const today = '2026-11-22';
const program = (id: string) =>
  `import { z } from "zod";\nimport OpenAI from "openai";\nconst parsed = z.object({ IMAGE_MODEL: z.string() }).safeParse({ IMAGE_MODEL: process.env.IMAGE_MODEL ?? "${id}" });\nif (!parsed.success) throw new Error("bad env");\nconst env = parsed.data;\nconst openai = new OpenAI();\nawait openai.images.generate({ model: env.IMAGE_MODEL, prompt: "p", size: "1024x1024" });`;

ruleTester().run('no-legacy-model: a zod env object read through safeParse', legacy, {
  valid: [
    { code: program('gpt-image-2'), options: [{ today }] },
    // Not zod's: a `safeParse` of anything else gives nothing.
    { code: program('dall-e-3').replace('import { z } from "zod";', 'import { z } from "./my-schemas";'), options: [{ today }] },
  ],
  invalid: [
    {
      name: 'the fallback given to safeParse reaches the request',
      code: program('dall-e-3'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 7, suggestions: [{ messageId: 'migrate', output: program('gpt-image-2') }] }],
    },
  ],
});
