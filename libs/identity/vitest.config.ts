import { unitTests } from '../../vitest.shared.js';

export default unitTests('identity');
