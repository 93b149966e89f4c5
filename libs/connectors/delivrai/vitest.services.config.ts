import { servicesTests } from '../../../vitest.shared.js';

/** The conformance suite on the PostgreSQL server (`npm run test:services`). */
export default servicesTests('connector-delivrai', { include: ['src/e2e/**/*.test.ts'] });
