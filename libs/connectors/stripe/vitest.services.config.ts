import { defineConfig } from 'vitest/config';

/** Suites that need real services: a PostgreSQL server and stripe-mock (`npm run test:services`). */
export default defineConfig({
  resolve: { conditions: ['@tributary/source'] },
  ssr: { resolve: { conditions: ['@tributary/source'] } },
  test: {
    name: 'connector-stripe:services',
    environment: 'node',
    include: ['src/e2e/**/*.test.ts'],
    env: { TRIBUTARY_DB_TARGET: 'server' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
