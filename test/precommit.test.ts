/**
 * The pre-commit hook with the real pre-commit framework (Debian's `pre-commit`
 * package; `.ci/run` installs it): the README's `.pre-commit-config.yaml`,
 * pointed at a git repository of this project's working tree, gets its `rev`
 * from `pre-commit autoupdate --bleeding-edge` as the README says. `pre-commit
 * install` then puts the hook in a fresh repository, where `git commit`
 * refuses a file that calls dall-e-3 with the lint message and accepts the
 * migrated file, and refuses a commit that changes only the constants module
 * holding the model id (the finding is where the id is used).
 *
 * Needs the `pre-commit` program: `apt-get install pre-commit` (Debian,
 * Ubuntu) or `pipx install pre-commit`. `npm run test:fast` skips this file.
 *
 * pre-commit builds the hook as it does for users: `npm install` and `npm pack`
 * in its clone, then `npm install -g` of the tarball, with the system node
 * (pre-commit's default when node and npm are on PATH, so nodeenv downloads
 * nothing). Those npm installs are the one thing here that may reach beyond
 * loopback: the npm registry, and only for what the npm cache lacks
 * (`prefer-offline`).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/eslint.js';

const hooks = readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

function field(name: string): string {
  const m = new RegExp(`^[-\\s]+${name}: (.+)$`, 'm').exec(hooks);
  if (!m) throw new Error(`.pre-commit-hooks.yaml has no ${name}`);
  return m[1].trim();
}

const GIT_ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };

const temp = mkdtempSync(path.join(tmpdir(), 'gpt-image-precommit-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const env = {
  ...process.env,
  ...GIT_ENV,
  PRE_COMMIT_HOME: path.join(temp, 'cache'),
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  NO_COLOR: '1',
};

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
}

function ok(r: SpawnSyncReturns<string>): string {
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  return r.stdout;
}

/** A git repository holding this project's working tree (what `git add -A` would commit) as one commit. */
function projectRepo(): string {
  const dir = path.join(temp, 'eslint-plugin-gpt-image');
  const files = ok(run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT)).split('\0').filter(Boolean);
  for (const rel of files) {
    const src = path.join(ROOT, rel);
    try {
      readFileSync(src);
    } catch {
      continue; // deleted in the working tree
    }
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    copyFileSync(src, path.join(dir, rel));
  }
  ok(run('git', ['init', '-q'], dir));
  ok(run('git', ['add', '-A'], dir));
  ok(run('git', ['commit', '-qm', 'snapshot'], dir));
  return dir;
}

/** The README's `.pre-commit-config.yaml`, verbatim. */
function readmeConfig(): string {
  const m = /```yaml\n# \.pre-commit-config\.yaml\n([\s\S]*?)```/.exec(readme);
  if (!m) throw new Error('README has no .pre-commit-config.yaml block');
  return m[1];
}

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;

describe('pre-commit framework hook', () => {
  it('declares a node hook that runs gpt-image lint on JS and TS files', () => {
    expect(field('id')).toBe('gpt-image-lint');
    expect(field('language')).toBe('node');
    expect(field('entry')).toBe('gpt-image lint --changed');
    expect(field('files')).toBe("'\\.(js|mjs|cjs|jsx|ts|mts|cts|tsx)$'");
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin['gpt-image']).toBe('./dist/src/cli/main.js');
  });

  it('the README names no tag that does not exist: rev is a commit sha to fill in', () => {
    expect(readmeConfig()).toMatch(/^\s+rev: <commit-sha>$/m);
    expect(readme).toContain('pre-commit autoupdate --bleeding-edge');
  });

  it('is installed by the pre-commit package on this machine (.ci/run installs it)', () => {
    expect(
      hasPreCommit,
      'The `pre-commit` program (https://pre-commit.com) is not on PATH, and this test runs the README\'s hook with it. ' +
        'Install it with `apt-get install pre-commit` (Debian, Ubuntu) or `pipx install pre-commit`, ' +
        'or run `npm run test:fast`, which skips this file and the other slow ones.',
    ).toBe(true);
  });

  it.runIf(hasPreCommit)(
    "installs from the README's config at a commit, refuses a dall-e-3 call and accepts the migrated file",
    () => {
      const project = projectRepo();
      const app = path.join(temp, 'app');
      mkdirSync(app);
      ok(run('git', ['init', '-q'], app));
      const config = readmeConfig().replace(/repo: https:\/\/github\.com\/\S+/, `repo: ${project}`);
      expect(config).not.toBe(readmeConfig());
      writeFileSync(path.join(app, '.pre-commit-config.yaml'), config);

      // The README's way to fill in `rev`: the newest commit of the repository.
      ok(run('pre-commit', ['autoupdate', '--bleeding-edge'], app));
      const sha = ok(run('git', ['rev-parse', 'HEAD'], project)).trim();
      expect(readFileSync(path.join(app, '.pre-commit-config.yaml'), 'utf8')).toBe(config.replace('<commit-sha>', sha));

      ok(run('pre-commit', ['install'], app));
      writeFileSync(path.join(app, 'README.md'), '# app\n');
      ok(run('git', ['add', '.'], app));
      ok(run('git', ['commit', '-qm', 'init'], app)); // builds the hook's environment (no JS/TS file yet)

      const legacy = `import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport const poster = (prompt: string) =>\n  openai.images.generate({ model: 'dall-e-3', prompt, style: 'vivid', response_format: 'url' });\n`;
      writeFileSync(path.join(app, 'poster.ts'), legacy);
      writeFileSync(path.join(app, 'worker.mts'), `export const thumb = (c: any) => c.images.generate({ model: 'dall-e-2', prompt: 'p' });\n`);
      ok(run('git', ['add', 'poster.ts', 'worker.mts'], app));
      const refused = run('git', ['commit', '-qm', 'add poster'], app);
      expect(refused.status).not.toBe(0);
      const out = refused.stdout + refused.stderr;
      expect(out).toMatch(/gpt-image lint\.+Failed/);
      expect(out).toMatch(/poster\.ts\n\s+4:\d+\s+error\s+`dall-e-3` was shut down on 2026-05-12/);
      expect(out).toMatch(/worker\.mts\n\s+1:\d+\s+error\s+`dall-e-2` was shut down on 2026-05-12/);
      expect(ok(run('git', ['log', '--oneline'], app)).trim().split('\n')).toHaveLength(1);

      const migrated = `import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport const poster = (prompt: string) =>\n  openai.images.generate({ model: 'gpt-image-2', prompt /* TODO(gpt-image): style "vivid" is not supported by gpt-image-2; describe it in the prompt. */ });\n`;
      writeFileSync(path.join(app, 'poster.ts'), migrated);
      writeFileSync(path.join(app, 'worker.mts'), `export const thumb = (c: any) => c.images.generate({ model: 'gpt-image-2', prompt: 'p' });\n`);
      ok(run('git', ['add', 'poster.ts', 'worker.mts'], app));
      const accepted = run('git', ['commit', '-qm', 'add poster'], app);
      expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
      expect(accepted.stdout + accepted.stderr).toMatch(/gpt-image lint\.+Passed/);
      expect(ok(run('git', ['log', '--oneline'], app)).trim().split('\n')).toHaveLength(2);

      // A constants module and its user, both fine; then a commit that changes only the constants module.
      mkdirSync(path.join(app, 'src/config'), { recursive: true });
      writeFileSync(path.join(app, 'src/config/models.ts'), `export const IMAGE_MODEL = 'gpt-image-2';\n`);
      writeFileSync(
        path.join(app, 'src/banner.ts'),
        `import OpenAI from 'openai';\nimport { IMAGE_MODEL } from './config/models';\nconst openai = new OpenAI();\nexport const banner = (prompt: string) =>\n  openai.images.generate({ model: IMAGE_MODEL, prompt });\n`,
      );
      ok(run('git', ['add', 'src'], app));
      const constants = run('git', ['commit', '-qm', 'add banner'], app);
      expect(constants.status, constants.stdout + constants.stderr).toBe(0);
      writeFileSync(path.join(app, 'src/config/models.ts'), `export const IMAGE_MODEL = 'dall-e-3';\n`);
      ok(run('git', ['add', 'src/config/models.ts'], app));
      const downgrade = run('git', ['commit', '-qm', 'use dall-e-3'], app);
      expect(downgrade.status).not.toBe(0);
      expect(downgrade.stdout + downgrade.stderr).toMatch(/src\/banner\.ts\n\s+5:\d+\s+error\s+`dall-e-3` was shut down on 2026-05-12/);
      expect(ok(run('git', ['log', '--oneline'], app)).trim().split('\n')).toHaveLength(3);
    },
    30 * 60_000,
  );
});
