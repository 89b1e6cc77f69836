/** This package's name and version, read from its package.json (from src/ or dist/src/). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function find(): { name: string; version: string } {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const p = path.join(dir, 'package.json');
    if (existsSync(p)) {
      const pkg = JSON.parse(readFileSync(p, 'utf8')) as { name: string; version: string };
      if (pkg.name === 'eslint-plugin-gpt-image') return pkg;
    }
    dir = path.dirname(dir);
  }
  return { name: 'eslint-plugin-gpt-image', version: '0.0.0' };
}

export const PACKAGE = find();
