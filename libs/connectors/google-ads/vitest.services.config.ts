import { defineConfig } from 'vitest/config';

/** Suites that need real services: the end-to-end tests on a PostgreSQL server (`npm run test:services`). */
export default defineConfig({
  resolve: { conditions: ['@tributary/source'] },
  ssr: { resolve: { conditions: ['@tributary/source'] } },
  test: {
    name: 'connector-google-ads:services',
    environment: 'node',
    include: ['src/e2e/**/*.test.ts'],
    env: { TRIBUTARY_DB_TARGET: 'server' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
