/**
 * The "done when", on real-world-shaped programs covering every call
 * shape the README lists (`programs/shapes/`): after `gpt-image migrate`
 * every output parses, a second run changes nothing, `gpt-image lint`
 * reports nothing without a `TODO(gpt-image)` within three lines above it,
 * and the programs the stubs can run run correctly.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGES } from './support/api.js';
import { PROGRAMS, program } from './support/programs.js';
import { type MigratedProgram, cleanupPrograms, migrateProgram } from './support/project.js';

const SHAPES = readdirSync(path.join(PROGRAMS, 'shapes')).sort();

describe('gpt-image migrate on the real-world-shaped fixtures', () => {
  let p: MigratedProgram;

  beforeAll(async () => {
    const files: Record<string, string> = { 'in.png': 'not read by the stub' };
    for (const name of SHAPES) files[name] = program(`shapes/${name}`);
    p = await migrateProgram(files);
  }, 120_000);
  afterAll(cleanupPrograms);

  it('has at least ten programs, and the run changed them and parsed every output', () => {
    expect(SHAPES.filter((f) => f !== 'package.json').length).toBeGreaterThanOrEqual(10);
    expect(p.report.summary.failed).toBe(0);
    for (const name of SHAPES.filter((f) => /\.(c|m)?[jt]s$/.test(f))) expect(p.after[name], name).not.toBe(p.before[name]);
  });

  it('a second run changes nothing', async () => {
    expect(await p.rerun()).toEqual({});
  });

  it('gpt-image lint reports nothing that lacks a TODO(gpt-image) within three lines above it', async () => {
    expect(await p.uncoveredLint()).toEqual([]);
  }, 60_000);

  it('the openai-node programs run against the stub API', async () => {
    const svc = await p.run('sdk-service.ts');
    expect(svc.stderr).toBe('');
    expect(JSON.parse(svc.stdout)).toEqual({ icon: 'data:image/png;base64,', retouch: IMAGES.png.toString('base64').length });
    const agent = await p.run('responses-agent.ts');
    expect(agent.stderr).toBe('');
    expect(JSON.parse(agent.stdout)).toEqual({ bytes: IMAGES.png.toString('base64').length });
  }, 60_000);

  it('the raw HTTP programs run against the stub API', async () => {
    const viaFetch = await p.run('raw-fetch.mjs');
    expect(viaFetch.stderr).toBe('');
    expect(JSON.parse(viaFetch.stdout)).toEqual({ image: 'data:image/png;base64,' });
    expect(viaFetch.api.calls[0].body).toMatchObject({ model: 'gpt-image-2', size: '1792x1024', quality: 'medium' });
    const viaAxios = await p.run('raw-axios.cjs');
    expect(viaAxios.stderr).toBe('');
    expect(JSON.parse(viaAxios.stdout)).toEqual({ jpeg: 'ffd8' });
  }, 60_000);
});
