import { defineConfig } from 'vitest/config';

/** The same suites on a PostgreSQL server (`npm run test:services` starts one). */
export default defineConfig({
  resolve: { conditions: ['@tributary/source'] },
  ssr: { resolve: { conditions: ['@tributary/source'] } },
  test: {
    name: 'db:services',
    environment: 'node',
    include: [
      'src/schema-agreement.test.ts',
      'src/canonical-agreement.test.ts',
      'src/tenant-isolation.test.ts',
      'src/bulk-upsert.test.ts',
      'src/metric-windows.test.ts',
      'src/repositories/sync-writes.test.ts',
    ],
    env: { TRIBUTARY_DB_TARGET: 'server' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
