import { servicesTests } from '../../../vitest.shared.js';

/** The end-to-end suites on a PostgreSQL server instead of PGlite (`npm run test:services`). */
export default servicesTests('connector-o365', { include: ['src/e2e/**/*.test.ts'] });
