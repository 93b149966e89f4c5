import { servicesTests } from '../../vitest.shared.js';

// Node loads graphql's CommonJS build for Pothos and yoga; the tests must share that one instance (not its .mjs twin).
const graphqlCommonJs = { resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] } };

/** The gateway on real services: PostgreSQL, the Temporal dev server and the worker app in a child process (`npm run test:services` starts them). */
export default servicesTests('gateway', { env: {}, testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false }, graphqlCommonJs);
