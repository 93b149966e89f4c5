import { defineConfig } from 'vitest/config';

/**
 * The browser suite: a real Chromium (playwright-core) against a real
 * gateway serving the built console (`npm run test:services`).
 */
export default defineConfig({
  root: import.meta.dirname,
  test: {
    name: 'admin:browser',
    environment: 'node',
    include: ['e2e/**/*.browser.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // The steps build on each other (connect, sync, disconnect): stop at the first failure.
    bail: 1,
  },
});
