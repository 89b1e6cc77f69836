/**
 * What `migrate` cannot settle is left with a TODO beside it (issue 18): a
 * conflict only the author can resolve gets a TODO with both ways out, a
 * value the model lacks names the models that have it, an unknown id says
 * what to use. The requests fail as they did before, with the API's own
 * error, and `gpt-image lint` finds nothing without a TODO near it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { program } from './support/programs.js';
import { type MigratedProgram, cleanupPrograms, migrateProgram } from './support/project.js';

describe('conflicts only the author can settle', () => {
  let p: MigratedProgram;
  beforeAll(async () => {
    p = await migrateProgram({ 'calls.mjs': program('conflicts.mjs') });
  });
  afterAll(cleanupPrograms);

  /** The TODO lines within three lines above the first line holding `needle`. */
  const todosAbove = (needle: string) => {
    const lines = p.after['calls.mjs'].split('\n');
    const at = lines.findIndex((l) => l.includes(needle));
    expect(at, needle).toBeGreaterThan(-1);
    return lines.slice(Math.max(0, at - 3), at + 1).filter((l) => l.includes('TODO(gpt-image)')).join('\n');
  };

  it('a transparent background with jpeg: both ways out, next to the preview note', () => {
    expect(p.after['calls.mjs']).toContain("model: 'gpt-image-2',\n    prompt,\n    // TODO(gpt-image): background \"transparent\" is only in preview");
    expect(todosAbove("background: 'transparent'")).toContain(
      "a transparent background needs `output_format` `png` or `webp`, but `output_format` is \"jpeg\", so the request fails. Two ways out: change `output_format`, or drop `background: 'transparent'`",
    );
  });

  it('compression with png: both ways out', () => {
    expect(todosAbove('output_compression: 80')).toContain('Two ways out: change `output_format`, or drop `output_compression`');
  });

  it("quality 'max' on gpt-image-2: the values it takes, and the models that take max", () => {
    expect(todosAbove("quality: 'max'")).toContain(
      "`quality: \"max\"` is not accepted with `gpt-image-2` in `images.generate`; the request fails. Use one of low, medium, high, auto, or move the call to a model that takes it (`gpt-image-2.5-sunburst`, `gpt-image-2.5-flare`).",
    );
  });

  it('an id OpenAI does not serve: what to use instead', () => {
    expect(todosAbove("model: 'gpt-image-3'")).toContain('`gpt-image-3` is not an image model OpenAI serves');
  });

  it('a legacy id far down a long call on an unknown gateway: its TODO is beside it, not only above the statement', () => {
    expect(todosAbove("model: 'gpt-image-1',")).toContain('`gpt-image-1` goes to a `baseURL` this file does not spell');
  });

  it('lint finds nothing without a TODO near it, and a second run changes nothing', async () => {
    expect(await p.uncoveredLint()).toEqual([]);
    expect(await p.rerun()).toEqual({});
  });

  it('the requests fail with the API error the TODO names, as before the migration', async () => {
    const expected: Record<string, RegExp> = {
      sticker: /^400 Invalid value: a transparent background needs `output_format` `png` or `webp`/,
      poster: /^400 Invalid value for 'quality': 'max'/,
      thumb: /^400 Invalid value: `output_compression` only applies to `jpeg` and `webp` output/,
      next: /^404 The model `gpt-image-3` does not exist/,
    };
    for (const [name, error] of Object.entries(expected)) {
      const run = await p.run('calls.mjs', { args: [name] });
      expect(run.stderr, name).toMatch(error);
    }
  });
});

describe("a parameter typed 'standard' | 'hd' (a declared union of DALL-E-only values)", () => {
  it('gets a TODO on the call with the mapping; the type and the callers are the author’s to change', async () => {
    const p = await migrateProgram({ 'poster.ts': program('declared-quality.ts') });
    const after = p.after['poster.ts'];
    expect(after).toContain("export async function poster(prompt: string, quality: 'standard' | 'hd') {");
    expect(after).toMatch(
      /model: 'gpt-image-2', prompt, \/\* TODO\(gpt-image\): `quality` comes from a declared type that allows "standard" \/ "hd", which gpt-image-2 does not take; change what the callers pass and the declaration \("standard" -> "medium", "hd" -> "high"\)\. \*\/ quality \}\);/,
    );
    expect(await p.uncoveredLint()).toEqual([]);
    expect(await p.rerun()).toEqual({});
    expect(p.typecheck()).toEqual([]);
    // Until the author maps it, the caller's "hd" fails as the TODO says.
    const run = await p.run('poster.ts');
    expect(run.stderr).toMatch(/^400 Invalid value for 'quality': 'hd'/);
  });
});
