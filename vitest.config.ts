import { defineConfig } from 'vitest/config';

// Unit (lib/) and component (React) tests. End-to-end tests of the built extension: vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['tests/lib/**/*.test.ts', 'tests/components/**/*.test.{ts,tsx}', 'tests/cli/**/*.test.ts'],
    // Two cores on the CI machine: more workers only add contention.
    maxWorkers: 2,
  },
});
