/**
 * The plain-jscodeshift path: the compiled transforms in dist/, run by
 * jscodeshift's own runner (the API behind `npx jscodeshift`) and by the
 * command the README shows. Needs `dist/` (`npm test` builds it first).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from 'jscodeshift/src/Runner.js';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/eslint.js';
import { TRANSFORM_FIXTURES } from './support.js';

const DIST = path.join(ROOT, 'dist/transforms');
const built = existsSync(path.join(DIST, 'all.cjs')) && existsSync(path.join(DIST, 'all.js'));
const EXTENSIONS = 'js,jsx,mjs,cjs,ts,tsx,mts,cts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temp project with a legacy file, a file with nothing to change, and a file that does not parse. */
function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-jscodeshift-'));
  dirs.push(dir);
  cpSync(path.join(TRANSFORM_FIXTURES, 'migrate-image-model/dall-e-3-avatar.input.ts'), path.join(dir, 'src/avatar.ts'));
  cpSync(path.join(TRANSFORM_FIXTURES, 'migrate-image-model/variation.input.js'), path.join(dir, 'src/remix.js'));
  cpSync(path.join(TRANSFORM_FIXTURES, 'migrate-image-model/mentions-only.input.ts'), path.join(dir, 'src/settings.ts'));
  cpSync(path.join(TRANSFORM_FIXTURES, 'errors/does-not-parse.ts'), path.join(dir, 'src/broken.ts'));
  // CRLF, to prove positions are exact under the runner too.
  writeFileSync(path.join(dir, 'src/crlf.mjs'), "export const t = (c) => c.images.generate({ model: 'dall-e-2', prompt: 'x', size: '256x256' });\r\n");
  return dir;
}

function expectMigrated(dir: string): void {
  expect(readFileSync(path.join(dir, 'src/avatar.ts'), 'utf8')).toBe(
    readFileSync(path.join(TRANSFORM_FIXTURES, 'migrate-image-model/dall-e-3-avatar.output.ts'), 'utf8'),
  );
  expect(readFileSync(path.join(dir, 'src/remix.js'), 'utf8')).toBe(
    readFileSync(path.join(TRANSFORM_FIXTURES, 'migrate-image-model/variation.output.js'), 'utf8'),
  );
  expect(readFileSync(path.join(dir, 'src/settings.ts'), 'utf8')).toBe(
    readFileSync(path.join(TRANSFORM_FIXTURES, 'migrate-image-model/mentions-only.input.ts'), 'utf8'),
  );
  expect(readFileSync(path.join(dir, 'src/broken.ts'), 'utf8')).toBe(readFileSync(path.join(TRANSFORM_FIXTURES, 'errors/does-not-parse.ts'), 'utf8'));
  // Exported, and no module calls it: the whole result goes to readers not seen, so a TODO (on its own CRLF line).
  expect(readFileSync(path.join(dir, 'src/crlf.mjs'), 'utf8')).toBe(
    '// TODO(gpt-image): this result is returned, and not every reader of it can be seen (it is returned at crlf.mjs:1 by an exported function no module of the project calls); on dall-e-2 its images had a `url`, on gpt-image-2 they carry `b64_json` only, so a reader of `.url` gets undefined. Read `b64_json` there instead.\r\n' +
      "export const t = (c) => c.images.generate({ model: 'gpt-image-2', prompt: 'x', size: '1024x1024' });\r\n",
  );
}

describe.skipIf(!built)('jscodeshift runner with the compiled transforms', () => {
  const options = { extensions: EXTENSIONS, silent: true, verbose: 0, cpus: 1, dry: false, print: false, failOnError: false };

  it('runs dist/transforms/migrate-image-model.cjs with jscodeshift defaults (babel on)', async () => {
    const dir = project();
    const res = await run(path.join(DIST, 'migrate-image-model.cjs'), [path.join(dir, 'src')], { ...options, babel: true });
    expect(res).toMatchObject({ ok: 3, error: 1 });
    expectMigrated(dir);
  });

  it('runs the ESM dist/transforms/all.js with --no-babel, and a second run changes nothing', async () => {
    const dir = project();
    const first = await run(path.join(DIST, 'all.js'), [path.join(dir, 'src')], { ...options, babel: false });
    expect(first).toMatchObject({ ok: 3, error: 1 });
    expectMigrated(dir);
    const second = await run(path.join(DIST, 'all.js'), [path.join(dir, 'src')], { ...options, babel: false });
    expect(second).toMatchObject({ ok: 0, error: 1 });
    expectMigrated(dir);
  });

  it('works as the README command: npx jscodeshift -t <dist transform> --extensions=... src/', () => {
    const dir = project();
    const bin = path.join(ROOT, 'node_modules/jscodeshift/bin/jscodeshift.js');
    const r = spawnSync(process.execPath, [bin, '-t', path.join(DIST, 'migrate-image-model.cjs'), `--extensions=${EXTENSIONS}`, 'src/'], {
      cwd: dir,
      encoding: 'utf8',
    });
    // jscodeshift colours its report when it thinks the terminal can (CI=true does that): compare plain text.
    r.stdout = r.stdout.replace(/\x1b\[[0-9;]*m/g, '');
    expect(r.stdout).toMatch(/1 errors/);
    expect(r.stdout).toMatch(/3 ok/);
    expect(r.stdout).toMatch(/broken\.ts Transformation error \(does not parse/);
    expect(r.stdout).toMatch(/REP src\/remix\.js .*TODO\(gpt-image\)/);
    expectMigrated(dir);
  });
});

if (!built) it.skip('jscodeshift runner: skipped because dist/ is not built (run `npm run build`, or `npm test`, which builds first)', () => {});
