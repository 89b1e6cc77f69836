import type { Io } from './io.js';

export async function run(_argv: string[], io: Io): Promise<number> {
  io.err('gpt-image migrate: not available in this version');
  return 2;
}
