import { unitTests } from '../../vitest.shared.js';

// Node loads graphql's CommonJS build for Pothos and yoga; the tests must share that one instance (not its .mjs twin).
const graphqlCommonJs = { resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] } };

export default unitTests('gateway', { testTimeout: 60_000, hookTimeout: 60_000 }, graphqlCommonJs);
