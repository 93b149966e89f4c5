export { describeConformance } from './suite.js';
export { diffStored } from './compare.js';
export type { ConformanceOptions, ConformanceSimulator, ExpectedRecords, MutationSummary } from './types.js';
