import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    conditions: ['@tributary/source'],
    // Node loads graphql's CommonJS build for Pothos and yoga; the tests must share that one instance (not its .mjs twin).
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  ssr: { resolve: { conditions: ['@tributary/source'] } },
  test: {
    name: 'gateway',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.integration.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
