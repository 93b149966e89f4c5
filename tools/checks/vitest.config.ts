import { unitTests } from '../../vitest.shared.js';

export default unitTests('checks', { testTimeout: 120_000 });
