/**
 * `migrate` applies every fix the analysis is sure of, whatever the model
 * (issue 10, item 12): a call already on gpt-image-2 with DALL-E leftovers,
 * a suffixed HiAPI task id, a `tool_choice` that forces a tool `tools` lacks.
 */
import { afterAll, expect, it } from 'vitest';
import { IMAGES } from './support/api.js';
import { program } from './support/programs.js';
import { cleanupPrograms, migrateProgram } from './support/project.js';

afterAll(cleanupPrograms);

it('gpt-image-2 with style, response_format, quality hd and size 256x256 works after migrate; tool_choice gets its tool', async () => {
  const p = await migrateProgram({ 'main.mjs': program('current-model-leftovers.mjs') });
  const after = p.after['main.mjs'];
  expect(after).toContain("quality: 'high',");
  expect(after).toContain("size: '1024x1024',");
  expect(after).not.toContain('response_format');
  expect(after).toContain('// TODO(gpt-image): style "vivid" is not supported by gpt-image-2; describe it in the prompt.');
  expect(after).toContain("tools: [{ type: 'image_generation', model: 'gpt-image-2' }]");
  expect(await p.uncoveredLint()).toEqual([]);
  expect(await p.rerun()).toEqual({});
  const run = await p.run('main.mjs');
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout).url).toBe(`data:image/png;base64,${IMAGES.png.toString('base64')}`);
  expect(run.file('poster.png').equals(IMAGES.png)).toBe(true);
});

it('a suffixed HiAPI task id becomes the plain one, and the task runs', async () => {
  const p = await migrateProgram({ 'task.mjs': program('hiapi-task.mjs') });
  expect(p.after['task.mjs']).toContain("model: 'gpt-image-2', input");
  expect(await p.rerun()).toEqual({});
  const run = await p.run('task.mjs');
  expect(run.stderr).toBe('');
  expect(run.file('task.png').equals(IMAGES.png)).toBe(true);
  expect(run.api.calls[0]).toMatchObject({ host: 'api.hiapi.ai', path: '/v1/tasks', status: 200 });
});
