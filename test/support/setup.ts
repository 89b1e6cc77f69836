import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// Every temporary folder a test file makes (with `mkdtempSync(tmpdir())`, or
// in a child process, which inherits TMPDIR) lands in one folder per test
// file, removed when the file is done, whatever its tests did.
export const TEST_TMP = mkdtempSync(path.join(tmpdir(), 'gpt-image-test-'));
process.env.TMPDIR = TEST_TMP;
const removeTestTmp = () => rmSync(TEST_TMP, { recursive: true, force: true });
afterAll(removeTestTmp);
// Also when the file does not load (no afterAll then) or its worker stops early.
process.once('exit', removeTestTmp);
