/**
 * A function that returns a request's whole result (`return response`,
 * `return await openai.images.generate(...)`) to callers that read
 * `.data[0].url` (issue 17, item 5): moving the request to a GPT image model
 * leaves those reads undefined, so the migrate suggestion carries a TODO at
 * the request naming the read. A caller that reads no `url` (the twin) gets
 * the plain suggestion.
 */
import legacy from '../../rules/no-legacy-model.js';
import { ruleTester } from '../support/eslint.js';

const today = '2026-11-22';
const OAI = `import OpenAI from "openai";\nconst openai = new OpenAI();\n`;
const draw = (model: string, todo = '') => `${OAI}async function draw(prompt) {\n${todo}  const response = await openai.images.generate({ model: "${model}", prompt });\n  return response;\n}\n`;
const TODO =
  '  // TODO(gpt-image): this result is returned to code that reads `.url` from it (`r.data[0].url` at line 9); on dall-e-3 its images had a `url`, on gpt-image-2 they carry `b64_json` only, so that read gets undefined. Read `b64_json` there instead.\n';

ruleTester().run('no-legacy-model: a whole result returned to callers', legacy, {
  valid: [{ code: `${draw('gpt-image-2')}async function show(p) {\n  const r = await draw(p);\n  console.log(r.data[0].b64_json.length);\n}\nshow("a fox");`, options: [{ today }] }],
  invalid: [
    {
      name: 'a caller reads .url: the suggestion moves the id and leaves a TODO naming the read',
      code: `${draw('dall-e-3')}async function show(p) {\n  const r = await draw(p);\n  document.querySelector("img").src = r.data[0].url;\n}\nshow("a fox");`,
      options: [{ today }],
      errors: [
        {
          messageId: 'shutDown',
          line: 4,
          suggestions: [{ messageId: 'migrate', output: `${draw('gpt-image-2', TODO)}async function show(p) {\n  const r = await draw(p);\n  document.querySelector("img").src = r.data[0].url;\n}\nshow("a fox");` }],
        },
      ],
    },
    {
      name: 'twin: the caller reads no url, so the suggestion is the plain move',
      code: `${draw('dall-e-3')}async function show(p) {\n  const r = await draw(p);\n  console.log(r.created, r.data.length);\n}\nshow("a fox");`,
      options: [{ today }],
      errors: [{ messageId: 'shutDown', line: 4, suggestions: [{ messageId: 'migrate', output: `${draw('gpt-image-2')}async function show(p) {\n  const r = await draw(p);\n  console.log(r.created, r.data.length);\n}\nshow("a fox");` }] }],
    },
  ],
});
