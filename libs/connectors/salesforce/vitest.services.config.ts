import { defineConfig } from 'vitest/config';

/** The end-to-end suites on a PostgreSQL server instead of PGlite (`npm run test:services`). */
export default defineConfig({
  resolve: { conditions: ['@tributary/source'] },
  ssr: { resolve: { conditions: ['@tributary/source'] } },
  test: {
    name: 'connector-salesforce:services',
    environment: 'node',
    include: ['src/e2e/**/*.test.ts'],
    env: { TRIBUTARY_DB_TARGET: 'server' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
