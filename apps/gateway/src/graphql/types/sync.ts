import type { DeadLetterRow, SyncLogRow } from '@tributary/db';
import { builder } from '../builder.js';
import { ErrorKindEnum } from '../errors.js';

export const SyncTypeEnum = builder.enumType('SyncType', {
  description:
    'full or incremental sync, one applied webhook delivery (its counts and dead letters), a dead-letter replay, or a re-map of stored rows (replay and remap call no vendor)',
  values: ['full', 'incremental', 'webhook', 'replay', 'remap'] as const,
});
export const SyncStatusEnum = builder.enumType('SyncStatus', {
  description: '`completed_with_errors`: the run ended but accepted no row while rejecting some (errorMessage names the commonest reason)',
  values: ['running', 'completed', 'completed_with_errors', 'failed', 'cancelled'] as const,
});
export const DeadLetterStatusEnum = builder.enumType('DeadLetterStatus', {
  description: 'open (needs a person), resolved (the row was stored since), dismissed (a manager chose to ignore it)',
  values: ['open', 'resolved', 'dismissed'] as const,
});

export const SyncLogRef = builder.objectRef<SyncLogRow>('SyncLog').implement({
  description: 'One sync run: its type, status, times, counts and error.',
  fields: (t) => ({
    id: t.exposeID('id'),
    syncType: t.field({ type: SyncTypeEnum, resolve: (l) => l.syncType }),
    status: t.field({ type: SyncStatusEnum, resolve: (l) => l.status }),
    trigger: t.exposeString('trigger'),
    startedAt: t.field({ type: 'DateTime', resolve: (l) => l.startedAt }),
    completedAt: t.field({ type: 'DateTime', nullable: true, resolve: (l) => l.completedAt }),
    durationMs: t.int({ nullable: true, resolve: (l) => (l.completedAt ? l.completedAt.getTime() - l.startedAt.getTime() : null) }),
    elapsedMs: t.int({ resolve: (l) => (l.completedAt ?? new Date()).getTime() - l.startedAt.getTime() }),
    recordsCreated: t.exposeInt('recordsCreated'),
    recordsUpdated: t.exposeInt('recordsUpdated'),
    recordsFailed: t.exposeInt('recordsFailed'),
    recordsRead: t.exposeInt('recordsRead', { description: 'Rows read: written, unchanged or rejected' }),
    done: t.boolean({ description: 'The run has ended (any status but running)', resolve: (l) => l.status !== 'running' }),
    rowsImported: t.int({ description: 'Records created or updated', resolve: (l) => l.recordsCreated + l.recordsUpdated }),
    pages: t.exposeInt('pages'),
    errorKind: t.field({ type: ErrorKindEnum, nullable: true, resolve: (l) => (l.errorKind as never) ?? null }),
    errorMessage: t.exposeString('errorMessage', { nullable: true }),
  }),
});

export const DeadLetterRef = builder.objectRef<DeadLetterRow>('DeadLetter').implement({
  description: 'A record (or a whole batch) that could not be stored, with the reason and the raw vendor data.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind'),
    stream: t.exposeString('stream'),
    externalId: t.exposeString('externalId', { nullable: true }),
    reason: t.exposeString('reason'),
    payload: t.field({ type: 'JSON', resolve: (d) => d.payload }),
    syncLogId: t.exposeString('syncLogId', { nullable: true, description: 'The run that last rejected it' }),
    status: t.field({ type: DeadLetterStatusEnum, resolve: (d) => d.status }),
    count: t.exposeInt('count', { description: 'How many times the row was rejected for this reason' }),
    createdAt: t.field({ type: 'DateTime', resolve: (d) => d.createdAt }),
    lastSeenAt: t.field({ type: 'DateTime', resolve: (d) => d.lastSeenAt }),
    resolvedAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.resolvedAt }),
  }),
});
