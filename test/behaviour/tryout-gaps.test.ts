/**
 * Silent changes a tryout on real repositories found after issue 17 (items 4
 * and 5): a gateway client behind a wrapper object of another module, a
 * response object returned to callers that read `.url`, and a truthiness
 * check on `.url`. Each program is migrated and run against the stub API: it
 * behaves as before, or the spot keeps its code with a TODO.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/eslint.js';
import { IMAGES } from './support/api.js';
import { cleanupPrograms, migrateProgram, withoutTodos } from './support/project.js';

afterAll(cleanupPrograms);

const wrapped = (rel: string) => readFileSync(path.join(FIXTURES, 'flow-wrapped/src', rel), 'utf8');

describe('a gateway client behind a wrapper object of another module', () => {
  it('keeps the id and response_format of the module that uses it (a TODO names the gateway), and the program still gets its image there', async () => {
    const images = `const openai = require("./lib/retrying.cjs");

async function generateImage({ prompt, size = "1024x1024" }) {
  const model = process.env.IMAGE_MODEL || "dall-e-3";
  const result = await openai.images.generate({ model, prompt, size, response_format: "b64_json" });
  return Buffer.from(result.data[0].b64_json, "base64");
}

module.exports = { generateImage };
`;
    const main = `const fs = require("node:fs");
const { generateImage } = require("./images.cjs");

generateImage({ prompt: "a fox" }).then(
  (buffer) => fs.writeFileSync("fox.png", buffer),
  (err) => {
    console.error(err.message);
    process.exit(1);
  },
);
`;
    const p = await migrateProgram({ 'lib/retrying.cjs': wrapped('lib/retrying.cjs'), 'images.cjs': images, 'main.cjs': main });
    expect(p.after['lib/retrying.cjs']).toBe(wrapped('lib/retrying.cjs'));
    expect(withoutTodos(p.after['images.cjs'])).toBe(images);
    expect(p.todos('images.cjs')).toEqual([expect.stringContaining('`dall-e-3` goes to `https://api.z.ai/api/paas/v4`, not api.openai.com')]);
    expect(await p.rerun()).toEqual({});
    const run = await p.run('main.cjs', { env: { AI_API_KEY: 'k' }, api: { legacyGateways: ['api.z.ai'] } });
    expect(run.stderr).toBe('');
    expect(run.file('fox.png').equals(IMAGES.png)).toBe(true);
    expect(run.api.calls.map((c) => [c.host, (c.body as { model: string }).model])).toEqual([['api.z.ai', 'dall-e-3']]);
  }, 60_000);
});
