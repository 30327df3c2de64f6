import { defineConfig } from 'vitest/config';

/** Browser tests: the built extension in Debian's Chromium (and Firefox ESR where installed), one file at a time. */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '.test-results/e2e.json' }]],
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
