import { servicesTests } from '../../vitest.shared.js';

/** The same suites on a PostgreSQL server (`npm run test:services` starts one). */
export default servicesTests('sync', {
  include: [
    'src/run-sync.test.ts',
    'src/in-process.test.ts',
    'src/steps.test.ts',
    'src/credentials.test.ts',
    'src/complete-windows.test.ts',
    'src/reconcile.test.ts',
    'src/ingest.test.ts',
  ],
  testTimeout: 60_000,
  hookTimeout: 60_000,
});
