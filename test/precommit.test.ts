/**
 * The pre-commit hook end to end: a temporary git repository whose pre-commit
 * hook runs the entry declared in .pre-commit-hooks.yaml on the staged files
 * (as the pre-commit framework does) refuses a commit that adds a dall-e-3
 * call and accepts the migrated file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/eslint.js';

const BIN = path.join(ROOT, 'dist/src/cli/main.js');
const hooks = readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');

function field(name: string): string {
  const m = new RegExp(`^[-\\s]+${name}: (.+)$`, "m").exec(hooks);
  if (!m) throw new Error(`.pre-commit-hooks.yaml has no ${name}`);
  return m[1].trim();
}

function git(cwd: string, ...args: string[]) {
  return spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
}

describe.skipIf(!existsSync(BIN))('pre-commit hook', () => {
  it('declares a node hook that runs gpt-image lint on JS and TS files', () => {
    expect(field('id')).toBe('gpt-image-lint');
    expect(field('language')).toBe('node');
    expect(field('entry')).toBe('gpt-image lint');
    expect(field('types_or')).toBe('[javascript, jsx, ts, tsx]');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin['gpt-image']).toBe('./dist/src/cli/main.js');
  });

  it('refuses a commit that adds a dall-e-3 call and accepts the migrated file', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'gpt-image-precommit-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    // What pre-commit does: run `entry` with the staged files of the hook's types as arguments.
    const entry = field('entry').replace(/^gpt-image /, `"${process.execPath}" "${BIN}" `);
    const hook = path.join(repo, '.git/hooks/pre-commit');
    writeFileSync(
      hook,
      `#!/bin/sh\nfiles=$(git diff --cached --name-only --diff-filter=ACMR -- '*.js' '*.jsx' '*.mjs' '*.cjs' '*.ts' '*.tsx' '*.mts' '*.cts')\n[ -z "$files" ] && exit 0\nexec ${entry} $files\n`,
    );
    chmodSync(hook, 0o755);

    writeFileSync(path.join(repo, 'README.md'), '# app\n');
    expect(git(repo, 'add', '.').status).toBe(0);
    expect(git(repo, 'commit', '-qm', 'init').status).toBe(0);

    const legacy = `import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport const poster = (prompt: string) =>\n  openai.images.generate({ model: 'dall-e-3', prompt, style: 'vivid', response_format: 'url' });\n`;
    writeFileSync(path.join(repo, 'poster.ts'), legacy);
    git(repo, 'add', 'poster.ts');
    const refused = git(repo, 'commit', '-qm', 'add poster');
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(/`dall-e-3` was shut down on 2026-05-12/);
    expect(git(repo, 'log', '--oneline').stdout.trim().split('\n')).toHaveLength(1);

    const migrated = `import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport const poster = (prompt: string) =>\n  openai.images.generate({ model: 'gpt-image-2', prompt /* TODO(gpt-image): style "vivid" is not supported by gpt-image-2; describe it in the prompt. */ });\n`;
    writeFileSync(path.join(repo, 'poster.ts'), migrated);
    git(repo, 'add', 'poster.ts');
    const accepted = git(repo, 'commit', '-qm', 'add poster');
    expect(accepted.stderr + accepted.stdout).toBe('');
    expect(accepted.status).toBe(0);
    expect(git(repo, 'log', '--oneline').stdout.trim().split('\n')).toHaveLength(2);
  });
});
