/**
 * `.url` reads follow the value to its uses (issue 10, items 1-3): a download
 * becomes a decode of `b64_json`, a returned or JSON value a data URL of the
 * right MIME type that stays `undefined` when no image comes back, and every
 * other sink a TODO with the code left as it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { IMAGES } from './support/api.js';
import { program } from './support/programs.js';
import { cleanupPrograms, migrateProgram, withoutTodos } from './support/project.js';

afterAll(cleanupPrograms);

describe('a downloaded URL becomes the decoded b64_json', () => {
  it('node-fetch 2: the file written holds the image, the guard still throws without one', async () => {
    const p = await migrateProgram({ 'save.mjs': program('save-with-node-fetch.mjs') });
    const after = p.after['save.mjs'];
    expect(after).not.toContain('fetch(');
    expect(after).toContain("const buffer = Buffer.from(imageUrl, 'base64');");
    expect(p.todos('save.mjs')).toEqual([]);
    const ok = await p.run('save.mjs');
    expect(ok.stderr).toBe('');
    expect(ok.file('out.png').equals(IMAGES.png)).toBe(true);
    expect(ok.api.calls[0].body).toMatchObject({ model: 'gpt-image-2', quality: 'high' });
    const none = await p.run('save.mjs', { api: { noImage: true } });
    expect(none.code).toBe(1);
    expect(none.stderr.trim()).toBe('no image returned');
  });

  it('axios arraybuffer (TypeScript, double quotes): the thumbnail written is the image', async () => {
    const p = await migrateProgram({ 'thumb.ts': program('thumbnail-axios.ts') });
    const after = p.after['thumb.ts'];
    expect(after).toContain(`const data = Buffer.from(result.data![0].b64_json!, 'base64');`);
    expect(after).toContain('size: "1024x1024"');
    expect(p.typecheck()).toEqual([]);
    const run = await p.run('thumb.ts');
    expect(run.stderr).toBe('');
    expect(run.file('fox.png').equals(IMAGES.png)).toBe(true);
  });
});

describe('a returned or JSON value becomes a nullable data URL', () => {
  it('follows output_format for the MIME type and keeps `?? null` meaningful (no TS2869)', async () => {
    const p = await migrateProgram({ 'handler.ts': program('api-handler.ts') });
    expect(p.typecheck()).toEqual([]);
    const run = await p.run('handler.ts');
    expect(run.stderr).toBe('');
    const body = JSON.parse(run.stdout);
    expect(body.image).toBe(`data:image/webp;base64,${IMAGES.webp.toString('base64')}`);
    const none = await p.run('handler.ts', { api: { noImage: true } });
    expect(JSON.parse(none.stdout)).toEqual({ image: null, format: 'webp' });
  });

  it('a `!u` guard still throws when no image comes back', async () => {
    const p = await migrateProgram({ 'handler.ts': program('api-handler.ts') });
    const ok = await p.run('handler.ts', { args: ['avatar'] });
    expect(ok.stderr).toBe('');
    expect(JSON.parse(ok.stdout).image).toBe(`data:image/png;base64,${IMAGES.png.toString('base64')}`);
    const none = await p.run('handler.ts', { args: ['avatar'], api: { noImage: true } });
    expect(none.code).toBe(1);
    expect(none.stderr.trim()).toBe('no image');
  });
});

describe('any other sink keeps its code, with a TODO naming it', () => {
  it('a chat message, a log and an LLM tool result', async () => {
    const before = program('chat-bot.mjs');
    const p = await migrateProgram({ 'bot.mjs': before });
    const after = p.after['bot.mjs'];
    const todos = p.todos('bot.mjs');
    expect(todos).toHaveLength(2);
    expect(todos[0]).toMatch(/this value goes to a log \(`console\.log\(\.\.\.\)`\)/);
    expect(todos[1]).toMatch(/this value goes to an LLM tool result/);
    // The spots are the input apart from the comments (and the migrated model ids).
    expect(withoutTodos(after)).toBe(before.replaceAll("'dall-e-3'", "'gpt-image-2'"));
    const run = await p.run('bot.mjs');
    expect(run.stderr).toBe('');
    // The message stays within the chat's limit.
    expect(JSON.parse(run.stdout.trim().split('\n').pop()!)[0]).toBeLessThanOrEqual(2000);
  });
});
