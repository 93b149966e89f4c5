import { unitTests } from '../../vitest.shared.js';

// The workspace test copies the repository and runs lint, typecheck, build and test of a generated connector there.
export default unitTests('tools', { testTimeout: 420_000, hookTimeout: 420_000 });
