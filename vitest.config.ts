import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/setup.ts'],
    // Generous: tests spawn ESLint, tsc, npm and git, and must pass on a machine that is busy with other work.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
