/** Temp projects (optionally git repositories) and a way to run `gpt-image migrate` in them. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/migrate.js';
import { memoryIo } from '../../src/cli/io.js';

const made: string[] = [];

export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function tempDir(prefix = 'gpt-image-migrate-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Test', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
}

/** A git repository with `files` committed. */
export function gitProject(files: Record<string, string>): string {
  const dir = tempDir();
  writeFiles(dir, files);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'initial');
  return dir;
}

export async function migrate(cwd: string, args: string[], opts: { isTTY?: boolean } = {}) {
  const io = memoryIo({}, cwd);
  if (opts.isTTY) io.isTTY = true;
  const code = await run(args, io);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

/** Every file under `dir` (except .git) with its bytes and mtime. */
export function snapshot(dir: string): Map<string, { bytes: Buffer; mtimeMs: number }> {
  const out = new Map<string, { bytes: Buffer; mtimeMs: number }>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), { bytes: readFileSync(p), mtimeMs: statSync(p).mtimeMs });
    }
  };
  walk(dir);
  return out;
}

export const read = (dir: string, rel: string) => readFileSync(path.join(dir, rel), 'utf8');

export const LEGACY = `import OpenAI from 'openai';

const openai = new OpenAI();

export async function poster(prompt: string) {
  const res = await openai.images.generate({
    model: 'dall-e-3',
    prompt,
    size: '1024x1792',
    style: 'vivid',
  });
  return res.data[0].url;
}
`;

export const LEGACY_MIGRATED = `import OpenAI from 'openai';

const openai = new OpenAI();

export async function poster(prompt: string) {
  const res = await openai.images.generate({
    model: 'gpt-image-2',
    prompt,
    size: '1024x1792',
    // TODO(gpt-image): style "vivid" is not supported by gpt-image-2; describe it in the prompt.
  });
  return res.data[0].b64_json ? \`data:image/png;base64,\${res.data[0].b64_json}\` : undefined;
}
`;

export const NO_MODEL = `export const icon = (client, prompt) => client.images.generate({ prompt, size: '1024x1024' });\n`;

export const MENTIONS = `// dall-e-3 is retired; this file only mentions it.\nexport const LABEL = 'dall-e-3';\n`;
