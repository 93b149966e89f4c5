import { unitTests } from '../../vitest.shared.js';

export default unitTests('worker', { testTimeout: 60_000 });
