import { servicesTests } from '../../vitest.shared.js';

/** The same suites on a PostgreSQL server (`npm run test:services` starts one). */
export default servicesTests('identity', {
  include: ['src/resolve.test.ts', 'src/people.test.ts', 'src/attribution/attribution.test.ts'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
});
