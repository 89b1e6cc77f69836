/**
 * A client behind the project's own wrapper object (issue 17, item 4, as a
 * tryout on real repositories found it): a module exports
 * `isConfigured ? { images: { generate: retry(...) }, ...client } : client`,
 * or `{ client, get lazy() {...} }`, around a client made with a gateway
 * `baseURL`. The call in the module that uses it goes to the gateway, so it
 * gets the gateway treatment (no migrate suggestion, the gateway named); the
 * same wrapper around an OpenAI client keeps the suggestion. A client made
 * by the project's own factory function is judged by what the factory returns.
 */
import path from 'node:path';
import legacy from '../../rules/no-legacy-model.js';
import requireModel from '../../rules/require-model.js';
import { FIXTURES, ruleTester } from '../support/eslint.js';

const today = '2026-11-22';
const inProject = (name: string) => path.join(FIXTURES, 'flow-wrapped/src', name);
const RETRYING = `const openai = require("./lib/retrying.cjs");\n`;
const AI = `const ai = require("./lib/ai.cjs");\n`;

ruleTester().run('no-legacy-model: a client behind a wrapper object of another module', legacy, {
  valid: [
    { code: `${RETRYING}openai.images.generate({ model: "gpt-image-2", prompt: "p" });`, filename: inProject('case.cjs'), options: [{ today }] },
    { code: `${AI}ai.lazy.images.generate({ model: "gpt-image-2", prompt: "p" });`, filename: inProject('case.cjs'), options: [{ today }] },
  ],
  invalid: [
    {
      name: 'a retry wrapper object around a Z.AI client: no migrate suggestion, the gateway named',
      code: `${RETRYING}async function f(p) {\n  const model = process.env.IMAGE_MODEL || "dall-e-3";\n  return openai.images.generate({ model, prompt: p });\n}`,
      filename: inProject('case.cjs'),
      options: [{ today }],
      errors: [
        {
          message:
            '`dall-e-3` was shut down on 2026-05-12; requests fail. Migrate to `gpt-image-2` (OpenAI recommends `gpt-image-2.5-sunburst`). This request goes to `https://api.z.ai/api/paas/v4`, not api.openai.com; if that gateway serves `dall-e-3`, add it to `allow`.',
          line: 4,
          suggestions: [],
        },
      ],
    },
    {
      name: 'the client as a property of the exported object',
      code: `${AI}ai.client.images.generate({ model: "dall-e-3", prompt: "p" });`,
      filename: inProject('case.cjs'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 2, suggestions: [] }],
    },
    {
      name: 'the client behind a getter of the exported object',
      code: `${AI}ai.lazy.images.generate({ model: "dall-e-3", prompt: "p" });`,
      filename: inProject('case.cjs'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 2, suggestions: [] }],
    },
    {
      name: 'twin: the same wrapper object around an OpenAI client keeps the migrate suggestion',
      code: `const openai = require("./lib/plain-retrying.cjs");\nopenai.images.generate({ model: "dall-e-3", prompt: "p" });`,
      filename: inProject('case.cjs'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 2, suggestions: [{ messageId: 'migrate', output: `const openai = require("./lib/plain-retrying.cjs");\nopenai.images.generate({ model: "gpt-image-2", prompt: "p" });` }] }],
    },
    {
      name: 'twin: the OpenAI client behind another getter of the same object keeps the migrate suggestion',
      code: `${AI}ai.official.images.generate({ model: "dall-e-3", prompt: "p" });`,
      filename: inProject('case.cjs'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 2, suggestions: [{ messageId: 'migrate', output: `${AI}ai.official.images.generate({ model: "gpt-image-2", prompt: "p" });` }] }],
    },
  ],
});

const FACTORY = `import { makeAzure, makeGateway, makeOpenAI } from "./lib/factory";\n`;

ruleTester().run('no-legacy-model: a client made by a factory function of the project', legacy, {
  valid: [{ code: `${FACTORY}await makeGateway().images.generate({ model: "gpt-image-2", prompt: "p" });`, filename: inProject('case.ts'), options: [{ today }] }],
  invalid: [
    {
      name: 'a factory of another module returns a gateway client: no migrate suggestion',
      code: `${FACTORY}const client = makeGateway();\nawait client.images.generate({ model: "dall-e-3", prompt: "p" });`,
      filename: inProject('case.ts'),
      options: [{ today }],
      errors: [
        {
          message:
            '`dall-e-3` was shut down on 2026-05-12; requests fail. Migrate to `gpt-image-2` (OpenAI recommends `gpt-image-2.5-sunburst`). This request goes to `https://llm.example.internal/v1`, not api.openai.com; if that gateway serves `dall-e-3`, add it to `allow`.',
          line: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a same-file factory called inline',
      code: `import OpenAI from "openai";\nfunction make() {\n  return new OpenAI({ baseURL: "https://llm.example.internal/v1" });\n}\nawait make().images.generate({ model: "dall-e-3", prompt: "p" });`,
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 5, suggestions: [] }],
    },
    {
      name: 'twin: a factory returning an OpenAI client keeps the migrate suggestion',
      code: `${FACTORY}await makeOpenAI().images.generate({ model: "dall-e-3", prompt: "p" });`,
      filename: inProject('case.ts'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 2, suggestions: [{ messageId: 'migrate', output: `${FACTORY}await makeOpenAI().images.generate({ model: "gpt-image-2", prompt: "p" });` }] }],
    },
  ],
});

ruleTester().run('require-model: a client made by a factory function of the project', requireModel, {
  // An Azure client: `model` names a deployment, and the deployment is the default.
  valid: [{ code: `${FACTORY}await makeAzure().images.generate({ prompt: "p", size: "1024x1024" });`, filename: inProject('case.ts') }],
  invalid: [
    {
      name: 'twin: the OpenAI factory, so the API default applies',
      code: `${FACTORY}await makeOpenAI().images.generate({ prompt: "p", size: "1024x1024" });`,
      filename: inProject('case.ts'),
      errors: [{ messageId: 'missingModel', line: 2, suggestions: [{ messageId: 'addModel', output: `${FACTORY}await makeOpenAI().images.generate({ model: "gpt-image-2", prompt: "p", size: "1024x1024" });` }] }],
    },
  ],
});
