import { unitTests } from '../../vitest.shared.js';

// npm pack and npm install take seconds each, more on a busy machine.
export default unitTests('release-check', { testTimeout: 300_000, hookTimeout: 300_000 });
