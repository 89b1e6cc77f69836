/**
 * Keeps the README true: every `gpt-image` command in it is run here against
 * the built bin (dist/, which `npm test` builds first), and `npm run demo`
 * prints the findings.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/eslint.js';

const BIN = path.join(ROOT, 'dist/src/cli/main.js');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** Shell lines of the README's ```sh blocks, comments stripped. */
function shellLines(): string[] {
  const out: string[] = [];
  for (const m of readme.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of m[1].split('\n')) {
      const cmd = line.replace(/\s+#.*$/, '').trim();
      if (cmd) out.push(cmd);
    }
  }
  return out;
}

function exampleCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-readme-'));
  cpSync(path.join(ROOT, 'examples/legacy-app'), dir, { recursive: true });
  return dir;
}

function runBin(args: string[], cwd: string) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

/** How each README command is checked: the exit code it must give in a copy of examples/legacy-app. */
const GPT_IMAGE_COMMANDS: Record<string, { exit: number; stdout?: RegExp }> = {
  'npx gpt-image models': { exit: 0, stdout: /dall-e-3\s+dall-e-3\s+shut-down/ },
  'npx gpt-image models --json': { exit: 0, stdout: /"models": \[/ },
  'npx gpt-image lint src/': { exit: 1, stdout: /no-legacy-model/ },
  'npx gpt-image lint --format json --max-warnings 0 src/': { exit: 1, stdout: /"ruleId":"gpt-image\/no-legacy-model"/ },
};

const MIGRATE_COMMANDS: Record<string, { stdout: RegExp; writes: boolean }> = {
  'npx gpt-image migrate --dry src/': { stdout: /^\+\s+model: 'gpt-image-2',$/m, writes: false },
  'npx gpt-image migrate src/': { stdout: /files scanned, \d+ changed/, writes: true },
};

function gitCopy(): string {
  const dir = exampleCopy();
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
  for (const args of [['init', '-q'], ['add', '.'], ['commit', '-qm', 'legacy']]) spawnSync('git', args, { cwd: dir, env });
  return dir;
}

/** Commands run elsewhere: by .ci/run, by another test, or a user's own install. */
const RUN_ELSEWHERE = new Set([
  'npm install && npm run demo', // .ci/run installs; the demo is run below
  'npm test', // .ci/run
  'npm install', // .ci/run (npm ci)
  'npm run demo', // below
  'npm run bench', // test/bench.test.ts runs the script on a small tree
  'npm install --save-dev eslint-plugin-gpt-image eslint typescript-eslint', // a user's install from the registry
  'npm run test:fast', // the suite itself, less its slow files
  // Installs before the first release: from GitHub (no network here), or a tarball packed from a clone
  // (test/package/tarball.test.ts installs such a tarball; the name is checked below).
  'npm install --save-dev github:eslint-plugin-gpt-image/eslint-plugin-gpt-image eslint typescript-eslint',
  'git clone https://github.com/eslint-plugin-gpt-image/eslint-plugin-gpt-image.git',
  'cd eslint-plugin-gpt-image && npm install && npm pack',
  'npm install --save-dev ../eslint-plugin-gpt-image/eslint-plugin-gpt-image-0.1.0.tgz eslint typescript-eslint',
  // test/package/tarball.test.ts runs these in a project with the packed tarball installed:
  'npx eslint --fix .',
  'npx -p eslint-plugin-gpt-image gpt-image models',
  'npx -p eslint-plugin-gpt-image gpt-image lint src/',
  'npx oxlint', // test/hosts/oxlint.test.ts runs oxlint with the README's .oxlintrc.json
]);

describe('README install before publication', () => {
  it('names the tarball `npm pack` writes, and the repository of package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; repository: { url: string } };
    expect(readme).toContain(`npm install --save-dev ../${pkg.name}/${pkg.name}-${pkg.version}.tgz`);
    const repo = pkg.repository.url.replace(/^git\+/, '');
    expect(readme).toContain(`git clone ${repo}`);
    expect(readme).toContain(`github:${repo.replace(/^https:\/\/github\.com\//, '').replace(/\.git$/, '')}`);
    expect(readme).toMatch(/ESLint 8 and eslintrc \(`\.eslintrc\.\*`\) are not supported/);
  });
});

describe.skipIf(!existsSync(BIN))('README commands', () => {
  it('lists only commands this test knows how to check', () => {
    const unknown = shellLines().filter(
      (l) => !(l in GPT_IMAGE_COMMANDS) && !(l in MIGRATE_COMMANDS) && !RUN_ELSEWHERE.has(l) && !l.startsWith('npx gpt-image verify') && !l.startsWith('npx jscodeshift'),
    );
    expect(unknown).toEqual([]);
  });

  it.each(Object.entries(MIGRATE_COMMANDS))('`%s` works on a clean git checkout of examples/legacy-app', (cmd, expected) => {
    const dir = gitCopy();
    const r = runBin(cmd.replace(/^npx gpt-image /, '').split(' '), dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(expected.stdout);
    const avatar = readFileSync(path.join(dir, 'src/avatar.ts'), 'utf8');
    expect(avatar.includes("'gpt-image-2'")).toBe(expected.writes);
  });

  it('the plain jscodeshift command migrates examples/legacy-app', () => {
    const lines = shellLines().filter((l) => l.startsWith('npx jscodeshift'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const dir = exampleCopy();
      // A committed bundle and an installed package with the same legacy call: a whole-repo command must leave them alone.
      const bundle = "openai.images.generate({ model: 'dall-e-3', prompt: 'x' });\n";
      for (const rel of ['build/bundle.min.js', 'dist/index.js', 'node_modules/legacy/index.js']) {
        mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        writeFileSync(path.join(dir, rel), bundle);
      }
      const args = line
        .replace(/^npx jscodeshift /, '')
        .replaceAll('node_modules/eslint-plugin-gpt-image/', `${ROOT}/`)
        .split(' ')
        // The shell's quotes around glob patterns.
        .map((a) => a.replace(/'([^']*)'/g, '$1'));
      const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/jscodeshift/bin/jscodeshift.js'), ...args], { cwd: dir, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/^0 errors$/m);
      expect(readFileSync(path.join(dir, 'src/avatar.ts'), 'utf8')).toContain("model: 'gpt-image-2'");
      if (args.at(-1) === '.') {
        for (const rel of ['build/bundle.min.js', 'dist/index.js', 'node_modules/legacy/index.js']) expect(readFileSync(path.join(dir, rel), 'utf8'), rel).toBe(bundle);
      }
    }
  });

  it.each(Object.entries(GPT_IMAGE_COMMANDS))('`%s` works', (cmd, expected) => {
    expect(readme).toContain(cmd);
    const r = runBin(cmd.replace(/^npx gpt-image /, '').split(' '), exampleCopy());
    expect(r.stderr).not.toMatch(/TypeError|ReferenceError|at .*\.js:\d+/);
    expect(r.status).toBe(expected.exit);
    if (expected.stdout) expect(r.stdout).toMatch(expected.stdout);
  });

  it('`npm run demo` prints the findings of examples/legacy-app and exits 0', () => {
    const r = spawnSync('npm', ['run', '--silent', 'demo'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/avatar\.ts[\s\S]*`dall-e-3` was shut down on 2026-05-12/);
    expect(r.stdout).toMatch(/\d+ problems? \(\d+ errors?/);
    const rules = new Set(r.stdout.match(/gpt-image\/[a-z-]+$/gm));
    expect(rules.size).toBeGreaterThan(1);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/gpt-image migrate --dry examples\/legacy-app$/);
  });
});

describe('README verify commands', () => {
  const verifyLines = shellLines().filter((l) => l.startsWith('npx gpt-image verify'));

  it('are all checked here', () => {
    expect(verifyLines.length).toBeGreaterThanOrEqual(4);
  });

  it.each(verifyLines)('`%s` works against a local OpenAI-compatible server', async (cmd) => {
    const { startServer, KEY } = await import('./verify/support/server.js');
    const { main } = await import('../src/cli/main.js');
    const { memoryIo } = await import('../src/cli/io.js');
    const server = await startServer();
    try {
      const base = server.baseUrl;
      const args = cmd.replace(/^npx gpt-image /, '').replace(/--base-url \S+/, '').split(/\s+/).filter(Boolean);
      const io = memoryIo({ OPENAI_API_KEY: KEY, GPT_IMAGE_VERIFY_MAX_WAIT_MS: '5' }, exampleCopy());
      const code = await main([...args, '--base-url', base, '--today', '2026-11-22'], io);
      const out = io.stdout.join('\n') + io.stderr.join('\n');
      expect(out).not.toContain(KEY);
      // examples/legacy-app calls retired models, so --from-code reports them (exit 6); the rest pass.
      expect(code, out).toBe(cmd.includes('--from-code') ? 6 : 0);
    } finally {
      await server.close();
    }
  });
});
