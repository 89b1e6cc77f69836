/**
 * A small argument parser on node:util's parseArgs, with errors that name the
 * command.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Io } from './io.js';

export class UsageError extends Error {}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  argv: string[],
  options: T,
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const r = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: r.values as Record<string, string | boolean | string[] | undefined>, positionals: r.positionals };
  } catch (e) {
    throw new UsageError(`gpt-image ${command}: ${(e as Error).message}`);
  }
}

/** Exit code of every command for a usage error. */
export const USAGE_EXIT = 2;

/**
 * Parses a command's arguments, or prints the error (and the help text, when
 * given) and returns the usage exit code.
 */
export function parseOrUsage<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  argv: string[],
  options: T,
  io: Io,
  help?: string,
): ReturnType<typeof parse> | number {
  try {
    return parse(command, argv, options);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(help ? `${e.message}\n\n${help}` : e.message);
    return USAGE_EXIT;
  }
}
