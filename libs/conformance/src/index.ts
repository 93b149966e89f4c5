/**
 * @tributary/conformance: the connector conformance suite and the helpers a
 * connector's end-to-end tests compare stored rows with. Test-only: no
 * product code imports it (a lint rule enforces that); it sits above the
 * product libs and may import any of them.
 */
export { describeConformance } from './suite.js';
export { diffStored } from './compare.js';
export type { ConformanceOptions, ConformanceSimulator, ExpectedRecords, MutationSummary, RateLimitFault } from './types.js';
// The pipeline pieces a connector's own end-to-end tests need, so a connector
// lib's tests reach the database and the pipeline through this package alone
// (module boundaries: the connector itself imports only core and sandbox).
export { runSync, runWriteback, ingestRecords, InProcessOrchestrator, type SyncOutcome, type WritebackOutcome } from '@tributary/sync';
export { pipelineHarness, type PipelineHarness } from '@tributary/sync/testing';
export { forTenant } from '@tributary/db';
export { storedRows, rowsFixture, type StoredRow, type StoredRows } from './rows.js';
