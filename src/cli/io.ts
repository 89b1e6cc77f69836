/** Where a command writes. Tests pass their own to capture output. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Environment variables the command may read. */
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** True when stdout is a terminal (progress, colours). */
  isTTY: boolean;
}

export function defaultIo(): Io {
  return {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    env: process.env,
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY,
  };
}

/** Captures output in memory. */
export function memoryIo(env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t), env, cwd, isTTY: false };
}
