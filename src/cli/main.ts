#!/usr/bin/env node
/**
 * The `gpt-image` command. Each subcommand lives in its own module and exports
 * `run(argv, io) => Promise<number>` (the exit code).
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Io } from './io.js';
import { defaultIo } from './io.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: (argv: string[], io: Io) => Promise<number> }> }> = {
  models: { summary: 'List the image models the catalog knows, with status and shutdown dates', load: () => import('./models.js') },
  lint: { summary: 'Lint files with the recommended config (no ESLint set-up needed)', load: () => import('./lint.js') },
  migrate: { summary: 'Migrate legacy image-model code in place (codemod)', load: () => import('./migrate.js') },
  verify: { summary: 'Prove a key, a model and a request shape work with a live test call', load: () => import('./verify.js') },
};

export function usage(): string {
  const lines = ['Usage: gpt-image <command> [options]', '', 'Commands:'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(8)} ${c.summary}`);
  lines.push('', 'Run `gpt-image <command> --help` for the options of a command.');
  return lines.join('\n');
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    const { PACKAGE } = await import('../package-info.js');
    io.out(PACKAGE.version);
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.err(`gpt-image: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  const mod = await cmd.load();
  return mod.run(rest, io);
}

const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === realpathSync(fileURLToPath(import.meta.url))) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`gpt-image: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 70;
    },
  );
}
