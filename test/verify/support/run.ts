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

/**
 * The test's own idea of a key's secret part, independent of the code under
 * test: the key minus a prefix that names its kind.
 */
export function secretOf(key: string): string {
  const k = key.trim();
  const prefix = /^(?:sk-proj-|sk-svcacct-|sk-admin-|sk-|sess-|rk-|hiapi[-_])/.exec(k)?.[0] ?? '';
  return k.slice(prefix.length);
}

/** The runs of 4 characters of a key's secret part that appear in `text` (the `[REDACTED]` masks removed first). */
export function leakedRuns(text: string, key: string): string[] {
  const bare = text.split('[REDACTED]').join('\u0000');
  const secret = secretOf(key);
  const found = new Set<string>();
  for (let i = 0; i + 4 <= secret.length; i++) {
    const run = secret.slice(i, i + 4);
    if (bare.includes(run)) found.add(run);
  }
  return [...found];
}

export async function verifyCli(
  args: string[],
  env: NodeJS.ProcessEnv = { OPENAI_API_KEY: KEY },
  deps: VerifyDeps = {},
  cwd?: string,
  tty: { errIsTTY?: boolean } = {},
): Promise<RunResult> {
  const io = { ...memoryIo(env, cwd), ...tty };
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
