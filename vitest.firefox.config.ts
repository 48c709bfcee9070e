import { defineConfig } from 'vitest/config';

// The BUILT Firefox add-on (.output/firefox-mv3; `npm run build:firefox` first): web-ext lint and real Firefox ESR.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: the linter and Firefox each want one; running them side by side costs each more than it saves.
    fileParallelism: false,
  },
});
