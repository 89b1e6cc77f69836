/** The programs in `test/behaviour/programs/`, read by name. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROGRAMS = path.join(path.dirname(fileURLToPath(import.meta.url)), '../programs');

/** The text of one program file. */
export function program(name: string): string {
  return readFileSync(path.join(PROGRAMS, name), 'utf8');
}
