/**
 * A request object filled in after its literal (`params.quality = q`,
 * `params['size'] = s`, `Object.assign(params, { ... })`): those keys are part
 * of the request, reported and edited where they are set. A write whose key
 * cannot be read leaves the legacy id as it was, with a TODO.
 */
import legacy from '../../rules/no-legacy-model.js';
import unsupported from '../../rules/no-unsupported-param.js';
import { ruleTester } from '../support/eslint.js';

const today = '2026-11-22';
const OAI = `import OpenAI from "openai";\nconst openai = new OpenAI();\n`;
/** The TODO a migration leaves at a request whose whole result is returned to readers the file does not show (its suggestion carries it too). */
const returnedTodo = (old: string, why: string) =>
  `  // TODO(gpt-image): this result is returned, and not every reader of it can be seen (${why}); on ${old} its images had a \`url\`, on gpt-image-2 they carry \`b64_json\` only, so a reader of \`.url\` gets undefined. Read \`b64_json\` there instead.\n`;
const fn = (body: string) => `${OAI}export async function f(prompt) {\n  const params = { model: "gpt-image-2", prompt };\n${body}\n  return openai.images.generate(params);\n}`;

ruleTester().run('no-unsupported-param: keys written after the literal', unsupported, {
  valid: [
    // Twins: accepted values.
    { code: fn(`  params.quality = "high";`) },
    { code: fn(`  params["size"] = "1024x1024";`) },
    { code: fn(`  Object.assign(params, { quality: "low" });`) },
    // Written after the call: it does not reach the request.
    { code: `${OAI}export async function f(prompt) {\n  const params = { model: "gpt-image-2", prompt };\n  const r = await openai.images.generate(params);\n  params.quality = "standard";\n  return r;\n}` },
  ],
  invalid: [
    {
      name: '`params.quality = "standard"`: reported and mapped at the assignment',
      code: fn(`  params.quality = "standard";`),
      errors: [{ messageId: 'badValue', line: 5, suggestions: [{ messageId: 'replaceValue', output: fn(`  params.quality = "medium";`) }] }],
    },
    {
      name: '`params["quality"] = "hd"` through a computed string key',
      code: fn(`  params["quality"] = "hd";`),
      errors: [{ messageId: 'badValue', line: 5, suggestions: [{ messageId: 'replaceValue', output: fn(`  params["quality"] = "high";`) }] }],
    },
    {
      name: '`Object.assign(params, { style })`: reported at the property',
      code: fn(`  Object.assign(params, { style: "vivid" });`),
      errors: [{ messageId: 'unsupported', line: 5, suggestions: [{ messageId: 'removeParam', output: fn(`  Object.assign(params, { });`) }] }],
    },
  ],
});

ruleTester().run('no-legacy-model: a request written with a key that cannot be read', legacy, {
  valid: [{ code: fn(`  params[key] = value;`), options: [{ today }] }],
  invalid: [
    {
      name: 'a computed key: reported, no migrate suggestion',
      code: fn(`  params[key] = value;`).replace('"gpt-image-2"', '"dall-e-3"'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', suggestions: [] }],
    },
    {
      name: 'keys it can read: the migrate suggestion stays',
      code: fn(`  params.quality = "standard";`).replace('"gpt-image-2"', '"dall-e-3"'),
      options: [{ today }],
      errors: [{ messageId: 'shutDown', suggestions: [{ messageId: 'migrate', output: fn(`  params.quality = "medium";`).replace('  return openai', `${returnedTodo('dall-e-3', 'it is returned at line 6, and the file is not on disk')}  return openai`) }] }],
    },
  ],
});
