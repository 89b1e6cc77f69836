/**
 * An openai v3 client (`new OpenAIApi(...)`) made in one module and imported
 * (or required) in another: its image calls are reported there as in the
 * module that makes it. A `createImage` of anything else stays silent.
 */
import path from 'node:path';
import rule from '../../rules/require-model.js';
import { FIXTURES, ruleTester } from '../support/eslint.js';

const today = '2026-11-22';
const inProject = (name: string) => path.join(FIXTURES, 'v3-modules/src', name);
const CALL = `  const response = await openai.createImage({ prompt, n: 1, size: "1024x1024" });\n  return response.data.data[0].url;\n}\n`;
const error = { messageId: 'missingModelWayOut', line: 3, suggestions: [] };

ruleTester().run('require-model: an openai v3 client of another module', rule, {
  valid: [
    // The same call on something that is not a v3 client.
    { code: `import { store } from "./store";\nexport async function execute(prompt: string) {\n  return store.createImage({ prompt });\n}\n`, filename: inProject('case.ts'), options: [{ today }] },
    { code: `const { store } = require("./store");\nasync function draw(prompt) {\n  return store.createImage({ prompt });\n}\n`, filename: inProject('case.cjs'), options: [{ today }] },
  ],
  invalid: [
    {
      name: 'imported from an ES module that exports `new OpenAIApi(...)`',
      code: `import { openai } from "./client";\nexport async function execute(prompt: string) {\n${CALL}`,
      filename: inProject('case.ts'),
      options: [{ today }],
      errors: [error],
    },
    {
      name: 'required from a CommonJS module that sets `exports.openai = new OpenAIApi(...)`',
      code: `const { openai } = require("./auth.cjs");\nasync function draw(prompt) {\n${CALL}`,
      filename: inProject('case.cjs'),
      options: [{ today }],
      errors: [error],
    },
  ],
});
