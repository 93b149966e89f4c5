import { defineConfig } from 'vitest/config';

/** The same suites on a PostgreSQL server (`npm run test:services` starts one). */
export default defineConfig({
  resolve: { conditions: ['@tributary/source'] },
  ssr: { resolve: { conditions: ['@tributary/source'] } },
  test: {
    name: 'sync:services',
    environment: 'node',
    include: [
      'src/run-sync.test.ts',
      'src/in-process.test.ts',
      'src/steps.test.ts',
      'src/credentials.test.ts',
      'src/complete-windows.test.ts',
      'src/ingest.test.ts',
    ],
    env: { TRIBUTARY_DB_TARGET: 'server' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
