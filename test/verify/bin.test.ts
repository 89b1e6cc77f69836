import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeOpenAI, KEY, startServer } from './support/server.js';

const BIN = path.resolve(__dirname, '../../dist/src/cli/main.js');
// Only when a build with the verifier exists; the in-process tests cover the behaviour.
const built = existsSync(BIN) && existsSync(path.resolve(__dirname, '../../dist/src/verify/run.js'));

let server: FakeOpenAI;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

function runBin(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe.skipIf(!built)('the built gpt-image bin', () => {
  it('verify --generate passes against the local server for each API', async () => {
    for (const api of ['images', 'responses', 'tasks']) {
      const r = await runBin(['verify', '--base-url', server.baseUrl, '--generate', '--api', api], { OPENAI_API_KEY: KEY, GPT_IMAGE_VERIFY_MAX_WAIT_MS: '0' });
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/ok\s+image: PNG/);
      expect(r.out + r.err).not.toContain(KEY);
    }
  });

  it('exits 3 without a key', async () => {
    const r = await runBin(['verify', '--base-url', server.baseUrl], {});
    expect(r.code).toBe(3);
  });
});
