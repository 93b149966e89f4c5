export * from './types.js';
export * from './incremental.js';
export { SyncCursor, SliceState, Slice, StoredState, decodeCursor, encodeCursor, emptyCursor } from './cursor.js';
export type { FeedEvent, FeedPage, FeedSpec } from './feed.js';
export { toRecord, toRecords, isRejected, issuesText, eventsToRecords, type RunStream } from './records.js';
export { createStreamSync } from './runner.js';
export { mapLimit } from './limit.js';
export { laterStamp, stampOf } from './strategies/index.js';
export * from './dates.js';
