export { describeConformance } from './suite.js';
export { diffStored } from './compare.js';
export type { ConformanceOptions, ConformanceSimulator, ExpectedRecords, MutationSummary, RateLimitFault } from './types.js';
// The pipeline pieces a connector's own end-to-end tests need, so connector
// libs depend on @tributary/testing alone (module boundaries).
export { runSync, runWriteback, InProcessOrchestrator, type SyncOutcome, type WritebackOutcome } from '@tributary/sync';
export { pipelineHarness, type PipelineHarness } from '@tributary/sync/testing';
export { forTenant } from '@tributary/db';
export { storedRows, rowsFixture, type StoredRow, type StoredRows } from './rows.js';
