import type { DeadLetterRow, SyncLogRow } from '@tributary/db';
import { builder } from '../builder.js';
import { ErrorKindEnum } from '../errors.js';

export const SyncTypeEnum = builder.enumType('SyncType', {
  description: 'full or incremental sync, or one applied webhook delivery (its counts and dead letters)',
  values: ['full', 'incremental', 'webhook'] as const,
});
export const SyncStatusEnum = builder.enumType('SyncStatus', { values: ['running', 'completed', 'failed', 'cancelled'] as const });

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
    syncLogId: t.exposeString('syncLogId', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (d) => d.createdAt }),
  }),
});
