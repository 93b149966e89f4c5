import { defineConfig } from 'vitest/config';

/** The worker process on a real Temporal dev server and PostgreSQL server (`npm run test:services` starts both). */
export default defineConfig({
  resolve: { conditions: ['@tributary/source'] },
  ssr: { resolve: { conditions: ['@tributary/source'] } },
  test: {
    name: 'worker:services',
    environment: 'node',
    include: ['src/**/*.integration.test.ts'],
    env: { TRIBUTARY_DB_TARGET: 'server' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
