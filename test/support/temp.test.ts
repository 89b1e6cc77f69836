/** Tests leave no temporary folders behind: test/support/setup.ts gathers them in one folder per test file. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { TEST_TMP } from './setup.js';

it('mkdtemp in a test, and in a child process, lands in the folder that is removed after the file', () => {
  const made = mkdtempSync(path.join(tmpdir(), 'gpt-image-x-'));
  expect(path.dirname(made)).toBe(TEST_TMP);
  const child = spawnSync(process.execPath, ['-e', "console.log(require('node:os').tmpdir())"], { encoding: 'utf8' });
  expect(child.stdout.trim()).toBe(TEST_TMP);
  expect(existsSync(TEST_TMP)).toBe(true);
});
