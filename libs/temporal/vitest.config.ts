import { unitTests } from '../../vitest.shared.js';

export default unitTests('temporal', { testTimeout: 60_000 });
