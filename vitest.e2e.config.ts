import { defineConfig } from 'vitest/config';

// The BUILT extension (.output/) in real Chromium. `npm test` builds first.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // One browser at a time: each test file launches its own Chromium.
    fileParallelism: false,
  },
});
