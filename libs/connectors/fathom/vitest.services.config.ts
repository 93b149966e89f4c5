import { servicesTests } from '../../../vitest.shared.js';

/** Suites that need real services: the end-to-end pipeline suites on the PostgreSQL server (`npm run test:services`). */
export default servicesTests('connector-fathom', { include: ['src/e2e/**/*.test.ts'] });
