/**
 * Where a command writes. A leaf module: the CLI builds one from the process
 * (src/cli/io.ts), the verifier writes through it, tests pass their own to
 * capture output.
 */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Environment variables the command may read. */
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** True when stdout is a terminal (progress, colours). */
  isTTY: boolean;
  /** True when stderr is a terminal: live progress (verify's polling) goes there only then. Absent means no. */
  errIsTTY?: boolean;
}
