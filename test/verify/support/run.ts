/** Runs `gpt-image verify` in-process with captured output and recorded waits. */
import { expect } from 'vitest';
import { memoryIo } from '../../../src/cli/io.js';
import { run } from '../../../src/cli/verify.js';
import type { VerifyDeps } from '../../../src/verify/run.js';
import { KEY } from './server.js';

export interface RunResult {
  code: number;
  out: string;
  err: string;
  /** Every wait verify asked for, in ms (none is actually waited). */
  sleeps: number[];
  json: () => any;
}

export async function verifyCli(args: string[], env: NodeJS.ProcessEnv = { OPENAI_API_KEY: KEY }, deps: VerifyDeps = {}, cwd?: string): Promise<RunResult> {
  const io = memoryIo(env, cwd);
  const sleeps: number[] = [];
  const code = await run(args, io, { sleep: async (ms) => void sleeps.push(ms), ...deps });
  const out = io.stdout.join('\n');
  const err = io.stderr.join('\n');
  // Whatever the test, the key never reaches the output.
  expect(out + err).not.toContain(KEY);
  expect(out + err).not.toMatch(/sk-proj-/);
  return { code, out, err, sleeps, json: () => JSON.parse(out) };
}
