/**
 * Reading which version of a dependency a file runs with (package.json ranges,
 * npm/pnpm/yarn lockfiles) and changing a range in place.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allAtLeast, clearPackageCache, dependencyInfo, parseVersion, rangeFloor, setDependencyRange } from '../../src/codemod/packages.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gpt-image-packages-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  clearPackageCache();
  return dir;
}

const first = (major: number) => parseVersion(({ 2: '2.0.104', 3: '3.0.54', 4: '4.0.0-beta.44' } as Record<number, string>)[major] ?? '');

describe('dependencyInfo', () => {
  it('finds the nearest package.json that declares the dependency, skipping ones that do not', () => {
    const dir = project({
      'package.json': JSON.stringify({ dependencies: { '@ai-sdk/openai': '^2.0.50' } }),
      'packages/app/package.json': JSON.stringify({ name: 'app', dependencies: { react: '^19' } }),
      'packages/app/src/x.ts': '',
    });
    const info = dependencyInfo(path.join(dir, 'packages/app/src/x.ts'), '@ai-sdk/openai');
    expect(info).toEqual({ packageJson: path.join(dir, 'package.json'), range: '^2.0.50', locked: [] });
  });

  it('reads the locked versions of npm (v3), pnpm (v9) and yarn (v1 and berry) lockfiles', () => {
    const npm = project({
      'package.json': JSON.stringify({ dependencies: { '@ai-sdk/openai': '^2.0.50' } }),
      'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/@ai-sdk/openai': { version: '2.0.110' } } }),
    });
    expect(dependencyInfo(path.join(npm, 'a.ts'), '@ai-sdk/openai')?.locked).toEqual(['2.0.110']);
    const pnpm = project({
      'package.json': JSON.stringify({ dependencies: { '@ai-sdk/openai': '^3.0.0' } }),
      'pnpm-lock.yaml': `lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      '@ai-sdk/openai':\n        specifier: ^3.0.0\n        version: 3.0.53(zod@3.25.76)\npackages:\n  '@ai-sdk/openai@3.0.53':\n    resolution: {integrity: sha512-x}\n`,
    });
    expect(dependencyInfo(path.join(pnpm, 'a.ts'), '@ai-sdk/openai')?.locked).toEqual(['3.0.53']);
    const yarn = project({
      'package.json': JSON.stringify({ dependencies: { openai: '^3.1.0' } }),
      'yarn.lock': `# yarn lockfile v1\n\nopenai@^3.1.0:\n  version "3.3.0"\n  resolved "https://registry.yarnpkg.com/openai/-/openai-3.3.0.tgz"\n`,
    });
    expect(dependencyInfo(path.join(yarn, 'a.js'), 'openai')?.locked).toEqual(['3.3.0']);
    const berry = project({
      'package.json': JSON.stringify({ dependencies: { '@ai-sdk/openai': '^4.0.0' } }),
      'yarn.lock': `__metadata:\n  version: 8\n\n"@ai-sdk/openai@npm:^4.0.0":\n  version: 4.0.19\n  resolution: "@ai-sdk/openai@npm:4.0.19"\n`,
    });
    expect(dependencyInfo(path.join(berry, 'a.js'), '@ai-sdk/openai')?.locked).toEqual(['4.0.19']);
  });
});

describe('allAtLeast', () => {
  const dep = (range: string, locked: string[] = []) => ({ packageJson: 'package.json', range, locked });
  it('decides by the lockfile when there is one', () => {
    expect(allAtLeast(dep('^2.0.50', ['2.0.110']), first)).toBe(true);
    expect(allAtLeast(dep('^2.0.50', ['2.0.103']), first)).toBe(false);
  });
  it('decides by the lowest version the range allows otherwise', () => {
    expect(allAtLeast(dep('^2.0.104'), first)).toBe(true);
    expect(allAtLeast(dep('^2.0.50'), first)).toBe(false);
    expect(allAtLeast(dep('3.0.54'), first)).toBe(true);
    expect(allAtLeast(dep('~3.0.53'), first)).toBe(false);
    expect(allAtLeast(dep('^1.3.0'), first)).toBe(false);
    expect(allAtLeast(dep('^4.0.0'), first)).toBe(true);
    expect(allAtLeast(dep('workspace:*'), first)).toBeUndefined();
  });
  it('counts a prerelease only on the release line the first version names', () => {
    expect(allAtLeast(dep('4.0.0-beta.44'), first)).toBe(true);
    expect(allAtLeast(dep('2.1.0-beta.16'), first)).toBe(false);
  });
});

describe('rangeFloor and setDependencyRange', () => {
  it('reads the common range shapes', () => {
    expect(rangeFloor('^3.2.1')).toEqual({ min: [3, 2, 1, ''], maxMajor: 3 });
    expect(rangeFloor('3.x')).toEqual({ min: [3, 0, 0, ''], maxMajor: 3 });
    expect(rangeFloor('>=3.0.0')).toEqual({ min: [3, 0, 0, ''], maxMajor: 'any' });
    expect(rangeFloor('^3.0.0 || ^4.0.0')).toBeUndefined();
  });
  it('changes only the range, byte for byte elsewhere', () => {
    const text = '{\n  "name": "x",\n  "dependencies": {\n    "axios": "^1.0.0",\n    "openai": "^3.2.1"\n  },\n  "scripts": { "openai": "node x" }\n}\n';
    expect(setDependencyRange(text, 'openai', '^4.104.0')).toBe(text.replace('"^3.2.1"', '"^4.104.0"'));
    expect(setDependencyRange(text, 'react', '^19')).toBeUndefined();
  });
});
