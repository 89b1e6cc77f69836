/**
 * A model chosen at run time (issue 10, item 5): the fallback is migrated,
 * but the parameters and reads other models need stay, with a TODO naming
 * the case. The gateway the program is pointed at still gets what it needs.
 */
import { afterAll, expect, it } from 'vitest';
import { program } from './support/programs.js';
import { cleanupPrograms, migrateProgram } from './support/project.js';

afterAll(cleanupPrograms);

it('migrates the fallback, keeps response_format and the url read for the gateway, with a TODO', async () => {
  const before = program('runtime-model.mjs');
  const p = await migrateProgram({ 'gen.mjs': before });
  const after = p.after['gen.mjs'];
  expect(after).toContain("model: process.env.IMAGE_MODEL || 'gpt-image-2',");
  expect(after).toContain("    response_format: 'url',");
  expect(after).toContain('return result.data[0].url;');
  expect(p.todos('gen.mjs')).toEqual([
    "TODO(gpt-image): the model is chosen at run time (process.env.IMAGE_MODEL || 'dall-e-3'); its fallback now is gpt-image-2, which does not take `response_format` as written. They were kept for the other models that can reach this call; change them where gpt-image-2 is used.",
  ]);
  expect(await p.uncoveredLint()).toEqual([]);
  expect(await p.rerun()).toEqual({});
  // The gateway the program is configured for still serves dall-e-3 with URLs: unchanged behaviour there.
  const run = await p.run('gen.mjs', {
    env: { IMAGE_MODEL: 'dall-e-3', OPENAI_BASE_URL: 'https://legacy-gateway.example/v1' },
    api: { legacyGateways: ['legacy-gateway.example'] },
  });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout).url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\//);
});
