import { defineConfig } from 'vitest/config';

// Unit (lib/) and component (React) tests. End-to-end tests of the built extension: vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['tests/lib/**/*.test.ts', 'tests/components/**/*.test.{ts,tsx}', 'tests/cli/**/*.test.ts'],
    // Two cores on the CI machine: more workers only add contention.
    maxWorkers: 2,
    // The CLI tests start a Node process that loads every model (about a second alone); on a busy shared
    // machine that can pass vitest's 5 s default. A hang still fails, just later.
    testTimeout: 30_000,
  },
});
