import { servicesTests } from '../../vitest.shared.js';

/** The same suites on a PostgreSQL server (`npm run test:services` starts one). */
export default servicesTests('db', {
  include: [
    'src/schema-agreement.test.ts',
    'src/canonical-agreement.test.ts',
    'src/tenant-isolation.test.ts',
    'src/bulk-upsert.test.ts',
    'src/metric-windows.test.ts',
    'src/reconcile.test.ts',
    'src/rate-limits.test.ts',
    'src/repositories/sync-writes.test.ts',
  ],
  testTimeout: 60_000,
  hookTimeout: 60_000,
});
