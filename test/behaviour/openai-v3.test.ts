/**
 * openai v3 programs (issue 10, item 6): a file moves to openai v4 as a
 * whole, with its package.json, and then runs against the v4 SDK stub; a file
 * that cannot move stays byte-identical apart from one TODO (a half-moved v3
 * client crashed with "Cannot read properties of undefined (reading 'generate')").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IMAGES } from './support/api.js';
import { cleanupPrograms, migrateProgram, withoutTodos } from './support/project.js';

afterAll(cleanupPrograms);

const PACKAGE = JSON.stringify({ name: 'v3-app', private: true, dependencies: { openai: '^3.2.1' } }, null, 2) + '\n';

const GENERATOR = `const fs = require("fs");
const { Configuration, OpenAIApi } = require("openai");

const configuration = new Configuration({ apiKey: process.env.OPENAI_API_KEY });
const openai = new OpenAIApi(configuration);

async function draw(prompt, quality) {
  try {
    const response = await openai.createImage({ prompt, n: 1, size: "512x512", quality, response_format: "b64_json" });
    return Buffer.from(response.data.data[0].b64_json, "base64");
  } catch (error) {
    if (error.response) {
      console.log("API error", error.response.status, error.response.data.error.code);
    } else {
      console.log("other error", error.message);
    }
    return null;
  }
}

async function retouch(file, prompt) {
  const { data } = await openai.createImageEdit(fs.createReadStream(file), prompt, undefined, 1, "1024x1024", "b64_json");
  return Buffer.from(data.data[0].b64_json, "base64");
}

async function main() {
  const image = await draw("a lighthouse at dusk", undefined);
  fs.writeFileSync("out.png", image);
  fs.writeFileSync("in.png", image);
  fs.writeFileSync("edited.png", await retouch("in.png", "add a boat"));
  // A value the code cannot know: the API rejects it, and the catch must still see the status.
  await draw("a lighthouse", process.argv[2]);
}

main().catch((e) => {
  console.log("crashed", e.message);
  process.exitCode = 1;
});
`;

describe('openai v3 -> v4', () => {
  it('moves the whole file and its package.json; the program writes real images and still reads API errors', async () => {
    const p = await migrateProgram({ 'package.json': PACKAGE, 'gen.cjs': GENERATOR });
    expect(p.todos('gen.cjs')).toEqual([]);
    expect(p.after['gen.cjs']).not.toMatch(/OpenAIApi|Configuration|createImage|\.response\b/);
    expect(p.report.packages).toEqual([{ file: 'package.json', dependency: 'openai', from: '^3.2.1', to: '^4.104.0', status: 'changed' }]);
    expect(readFileSync(path.join(p.dir, 'package.json'), 'utf8')).toBe(PACKAGE.replace('^3.2.1', '^4.104.0'));
    const run = await p.run('gen.cjs', { args: ['ultra'] });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('API error 400 invalid_value');
    expect(run.code).toBe(0);
    expect(run.file('out.png').equals(IMAGES.png)).toBe(true);
    expect(run.file('edited.png').equals(IMAGES.png)).toBe(true);
    const sent = run.api.calls.map((c) => c.body as Record<string, unknown>);
    expect(sent.map((b) => b.model)).toEqual(['gpt-image-2', 'gpt-image-2', 'gpt-image-2']);
    expect(sent.every((b) => !('response_format' in b))).toBe(true);
    expect(await p.rerun()).toEqual({});
  });

  it('leaves a file that also calls createChatCompletion as it was, with one TODO, and package.json alone', async () => {
    const source = `const { Configuration, OpenAIApi } = require("openai");
const openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));

async function logo(prompt) {
  const response = await openai.createImage({ prompt, model: "dall-e-2", response_format: "b64_json" });
  return response.data.data[0].b64_json;
}

async function caption(messages) {
  const res = await openai.createChatCompletion({ model: "gpt-3.5-turbo", messages });
  return res.data.choices[0].message.content;
}

module.exports = { logo, caption };
`;
    const p = await migrateProgram({ 'package.json': PACKAGE, 'mixed.cjs': source });
    expect(withoutTodos(p.after['mixed.cjs'])).toBe(source);
    expect(p.todos('mixed.cjs').some((t) => t.includes('`createChatCompletion`'))).toBe(true);
    expect(p.report.packages).toEqual([]);
    expect(readFileSync(path.join(p.dir, 'package.json'), 'utf8')).toBe(PACKAGE);
    expect((await p.uncoveredLint()).filter((m) => m.file !== 'package.json')).toEqual([]);
  });
});
