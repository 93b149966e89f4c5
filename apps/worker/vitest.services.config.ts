import { servicesTests } from '../../vitest.shared.js';

/** The worker process on a real Temporal dev server and PostgreSQL server (`npm run test:services` starts both). */
export default servicesTests('worker', { fileParallelism: false });
