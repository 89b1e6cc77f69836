import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectModels } from '../../src/verify/from-code.js';
import { type FakeOpenAI, KEY, startServer } from './support/server.js';
import { verifyCli } from './support/run.js';

const FIXTURE = path.resolve(__dirname, '../fixtures/verify/app');

let server: FakeOpenAI;
let dir: string;
beforeEach(async () => {
  server = await startServer();
  // A copy of the fixture app, with vendored and built code that must be skipped.
  dir = mkdtempSync(path.join(tmpdir(), 'verify-from-code-'));
  cpSync(FIXTURE, dir, { recursive: true });
  for (const sub of ['node_modules/some-lib', 'dist', 'build']) {
    mkdirSync(path.join(dir, sub), { recursive: true });
    writeFileSync(path.join(dir, sub, 'index.js'), "export const f = (openai) => openai.images.generate({ model: 'dall-e-2', prompt: 'skip me' });\n");
  }
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('gpt-image verify --from-code', () => {
  it('collects the distinct models the code calls through the shared analysis', () => {
    const found = collectModels(['.'], dir);
    expect(found.models).toEqual([
      { id: 'dall-e-3', where: ['src/generate.ts:4'] },
      { id: 'gpt-image-1-mini', where: ['src/tool.mjs:9'] },
      { id: 'gpt-image-2', where: ['src/banner.tsx:6', 'src/tool.mjs:9'] },
    ]);
    expect(found.skipped).toEqual([{ file: 'src/broken.ts', reason: expect.stringMatching(/^does not parse: /) }]);
  });

  it('runs the free checks for each model and exits with the first failure (exit 6)', async () => {
    const r = await verifyCli(['--base-url', server.baseUrl, '--from-code', '--today', '2026-11-22'], { OPENAI_API_KEY: KEY }, {}, dir);
    expect(r.code).toBe(6);
    expect(server.requests.map((q) => q.path)).toEqual([
      '/v1/models/dall-e-3',
      '/v1/models',
      '/v1/models/gpt-image-1-mini',
      '/v1/models',
      '/v1/models/gpt-image-2',
    ]);
    expect(r.out).toContain('warn  from-code: skipped src/broken.ts: does not parse');
    expect(r.out).toContain('from-code: `dall-e-3` at src/generate.ts:4');
    expect(r.out).toContain('catalog: `dall-e-3` is a legacy model, shut down on 2026-05-12');
    expect(r.out).toMatch(/ok\s+GET \/models\/gpt-image-2: visible to this key/);
    expect(r.out).not.toContain('dall-e-2');
  });

  it('passes when every model the code calls is visible (exit 0)', async () => {
    server.models.set('dall-e-3', {});
    server.models.set('gpt-image-1-mini', { shutdown_date: '2026-12-01' });
    const r = await verifyCli(['--base-url', server.baseUrl, '--from-code', 'src', '--today', '2026-11-22', '--json'], { OPENAI_API_KEY: KEY }, {}, dir);
    expect(r.code).toBe(0);
    const doc = r.json();
    expect(doc.models).toEqual(['dall-e-3', 'gpt-image-1-mini', 'gpt-image-2']);
    expect(doc.steps.filter((s: { check: string }) => s.check === 'shutdown_date')).toEqual([
      expect.objectContaining({ model: 'gpt-image-1-mini', data: { shutdown_date: '2026-12-01', daysLeft: 9 } }),
    ]);
  });

  it('says so when the paths call no image model (exit 0)', async () => {
    mkdirSync(path.join(dir, 'empty'));
    const r = await verifyCli(['--base-url', server.baseUrl, '--from-code', 'empty'], { OPENAI_API_KEY: KEY }, {}, dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('from-code: no image model ids found in 0 file(s); nothing to verify.');
    expect(server.requests).toHaveLength(0);
  });

  it('a path that does not exist is a usage error (exit 2), as in migrate, in text and --json', async () => {
    const r = await verifyCli(['--base-url', server.baseUrl, '--from-code', 'src', 'nowhere'], { OPENAI_API_KEY: KEY }, {}, dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('gpt-image verify: no such file or directory: nowhere');
    const j = await verifyCli(['--base-url', server.baseUrl, '--from-code', 'nowhere', '--json'], { OPENAI_API_KEY: KEY }, {}, dir);
    expect(j.code).toBe(2);
    expect(j.json()).toMatchObject({ ok: false, exitCode: 2, failure: { kind: 'usage', exitCode: 2, message: 'gpt-image verify: no such file or directory: nowhere' } });
    expect(server.requests).toHaveLength(0);
  });

  it('prints the header before the per-model lines', async () => {
    const r = await verifyCli(['--base-url', server.baseUrl, '--from-code', 'src', '--today', '2026-11-22'], { OPENAI_API_KEY: KEY }, {}, dir);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('gpt-image verify: the models the code in src calls, each at its own base URL, free checks');
    expect(r.out).toContain(`from-code: \`dall-e-3\`, \`gpt-image-1-mini\`, \`gpt-image-2\` at ${server.baseUrl} (--base-url), images and responses API, key from OPENAI_API_KEY (the SDK's default)`);
    expect(lines.findIndex((l) => l.includes('from-code: `dall-e-3`'))).toBeGreaterThan(0);
  });

  it('keeps --from-code to the free checks', async () => {
    const r = await verifyCli(['--base-url', server.baseUrl, '--from-code', '--generate'], { OPENAI_API_KEY: KEY }, {}, dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--from-code runs the free checks only');
  });
});
