import { defineConfig } from 'vitest/config';

/** The gateway on real services: PostgreSQL, the Temporal dev server and the worker app in a child process (`npm run test:services` starts them). */
export default defineConfig({
  resolve: {
    conditions: ['@tributary/source'],
    // Node loads graphql's CommonJS build for Pothos and yoga; the tests must share that one instance (not its .mjs twin).
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  ssr: { resolve: { conditions: ['@tributary/source'] } },
  test: {
    name: 'gateway:services',
    environment: 'node',
    include: ['src/**/*.integration.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
