import { defineConfig } from 'vitest/config';

/** Suites on a real Temporal dev server and PostgreSQL server (`npm run test:services` starts both). */
export default defineConfig({
  resolve: { conditions: ['@tributary/source'] },
  ssr: { resolve: { conditions: ['@tributary/source'] } },
  test: {
    name: 'temporal:services',
    environment: 'node',
    include: ['src/**/*.integration.test.ts'],
    env: { TRIBUTARY_DB_TARGET: 'server' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    setupFiles: ['./src/testing/quiet-runtime.ts'],
  },
});
