import { servicesTests } from '../../../vitest.shared.js';

/** Suites that need real services: a PostgreSQL server and stripe-mock (`npm run test:services`). */
export default servicesTests('connector-stripe', { include: ['src/e2e/**/*.test.ts'] });
