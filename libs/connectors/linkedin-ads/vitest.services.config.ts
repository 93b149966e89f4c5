import { servicesTests } from '../../../vitest.shared.js';

/** Suites that need real services: the end-to-end tests on a PostgreSQL server (`npm run test:services`). */
export default servicesTests('connector-linkedin-ads', { include: ['src/e2e/**/*.test.ts'] });
