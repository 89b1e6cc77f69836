/** Runs `gpt-image verify` in-process with captured output and recorded waits. */
import { expect } from 'vitest';
import { memoryIo } from '../../../src/cli/io.js';
import { run } from '../../../src/cli/verify.js';
import { MASK, MIN_RUN, secretPart } from '../../../src/verify/redact.js';
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

/** The runs of MIN_RUN characters of a key's secret part that appear in `text` (masks removed first). */
export function leakedRuns(text: string, key: string): string[] {
  const bare = text.split(MASK).join('\u0000');
  const secret = secretPart(key);
  const found = new Set<string>();
  for (let i = 0; i + MIN_RUN <= secret.length; i++) {
    const run = secret.slice(i, i + MIN_RUN);
    if (bare.includes(run)) found.add(run);
  }
  return [...found];
}

export async function verifyCli(args: string[], env: NodeJS.ProcessEnv = { OPENAI_API_KEY: KEY }, deps: VerifyDeps = {}, cwd?: string): Promise<RunResult> {
  const io = memoryIo(env, cwd);
  const sleeps: number[] = [];
  const code = await run(args, io, { sleep: async (ms) => void sleeps.push(ms), ...deps });
  const out = io.stdout.join('\n');
  const err = io.stderr.join('\n');
  // Whatever the test, no key, nor any run of 4 characters of one, reaches the output.
  for (const [name, value] of Object.entries(env)) {
    if (!/KEY/.test(name) || !value) continue;
    expect(out + err).not.toContain(value.trim());
    expect(leakedRuns(out + err, value), name).toEqual([]);
  }
  return { code, out, err, sleeps, json: () => JSON.parse(out) };
}
