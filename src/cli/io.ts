import type { Io } from '../io.js';

export type { Io };

let pipeGuard = false;

/** A reader that closes stdout early (`gpt-image migrate --dry | head`) ends the output, not the process with a crash. */
function guardPipes(): void {
  if (pipeGuard) return;
  pipeGuard = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
}

export function defaultIo(): Io {
  guardPipes();
  return {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    env: process.env,
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY,
    errIsTTY: !!process.stderr.isTTY,
  };
}

/** Captures output in memory. */
export function memoryIo(env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t), env, cwd, isTTY: false };
}
