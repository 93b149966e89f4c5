import { servicesTests } from '../../vitest.shared.js';

/** Suites on a real Temporal dev server and PostgreSQL server (`npm run test:services` starts both). */
export default servicesTests('temporal', { fileParallelism: false, setupFiles: ['./src/testing/quiet-runtime.ts'] });
