import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fixture projects carry their own tests, run by the tests that migrate them.
    exclude: ['test/fixtures/**', '**/node_modules/**'],
    setupFiles: ['test/support/setup.ts'],
    // Generous: tests spawn ESLint, tsc, npm and git, and must pass on a machine that is busy with other work.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
