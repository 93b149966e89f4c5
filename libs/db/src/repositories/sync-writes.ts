import type { EntityType } from '@tributary/core';
import { bulkUpsert, markDeleted, markParticipantsDeleted, type UpsertCounts, type UpsertRow } from '../bulk-upsert.js';
import type { SqlQueryable } from '../driver.js';
import { zeroMissingMetrics, type MetricWindow } from '../metric-windows.js';
import { tombstoneMissing, type IdRange } from '../reconcile.js';
import type { Db } from './types.js';

export interface NewDeadLetter {
  kind: 'record' | 'batch';
  stream: string;
  externalId?: string | undefined;
  reason: string;
  /** The raw row (record) or the raw rows of the batch. */
  payload: unknown;
  /** What the connector derived beside the raw row, for a replay. */
  derived?: unknown;
}

/** The longest reason stored: the key's index holds it. */
export const MAX_REASON = 1_000;

/**
 * One row per key (a statement cannot update the same row twice): repeats
 * within the batch are counted, the last one's payload kept.
 */
function foldLetters(letters: readonly NewDeadLetter[]) {
  const rows = new Map<
    string,
    { kind: string; stream: string; external_id: string | null; reason: string; payload: unknown; derived: unknown; count: number }
  >();
  letters.forEach((l, i) => {
    const reason = l.reason.slice(0, MAX_REASON);
    // Letters without an external id are never folded (the key treats them as distinct).
    const key = l.externalId === undefined ? `#${i}` : JSON.stringify([l.stream, l.externalId, reason]);
    const count = (rows.get(key)?.count ?? 0) + 1;
    rows.set(key, {
      kind: l.kind,
      stream: l.stream,
      external_id: l.externalId ?? null,
      reason,
      payload: l.payload ?? null,
      derived: l.derived ?? null,
      count,
    });
  });
  return [...rows.values()];
}

/** Rows read and rejected in one stream. */
export interface StreamCount {
  read: number;
  rejected: number;
}

export interface SyncProgress {
  /** Rows read (written, unchanged or rejected); 0 when not counted. */
  read?: number;
  /** Per stream: rows read and rejected, added to the log's. */
  streams?: Readonly<Record<string, StreamCount>>;
  created: number;
  updated: number;
  failed: number;
  pages: number;
}

/** A Prisma client or transaction as a {@link SqlQueryable}, so the same statements serve both paths. */
export function prismaQueryable(db: Db): SqlQueryable {
  return { query: <T>(sql: string, params: unknown[] = []) => db.$queryRawUnsafe<T[]>(sql, ...params) };
}

/**
 * The statements one sync batch (or one webhook delivery) writes, in one
 * transaction, for one tenant: the sync-log guard, canonical rows,
 * tombstones, zeroed metric windows, reconciled id ranges, dead letters, sync-log counts and the
 * cursor; for a delivery its event id and its sync log.
 * Plain SQL so the pipeline can run them on the driver's transaction (the
 * hot path) and the repositories on Prisma.
 */
export function syncWrites(db: SqlQueryable, tenantId: string) {
  return {
    upsert: (connectorId: string, entity: EntityType, rows: readonly UpsertRow[]): Promise<UpsertCounts> =>
      bulkUpsert(db, tenantId, connectorId, entity, rows),

    markDeleted: (connectorId: string, entity: EntityType, externalIds: readonly string[]) =>
      markDeleted(db, tenantId, connectorId, entity, externalIds),

    /** Tombstone the participants of deleted activities (the vendor's deletion names only the activity). */
    markParticipantsOf: (connectorId: string, activityExternalIds: readonly string[]) =>
      markParticipantsDeleted(db, tenantId, connectorId, activityExternalIds),

    /** Zero the channel metrics of completely read windows that `keep` (the batch's rows) does not hold. */
    zeroMissingMetrics: (connectorId: string, windows: readonly MetricWindow[], keep: readonly string[]) =>
      zeroMissingMetrics(db, tenantId, connectorId, windows, keep),

    /** Tombstone live rows of `entity` in completely listed id ranges that the vendor no longer holds and `keep` does not hold. */
    tombstoneMissing: (
      connectorId: string,
      entity: EntityType,
      ranges: readonly IdRange[],
      listed: readonly string[],
      keep: readonly string[],
    ) => tombstoneMissing(db, tenantId, connectorId, entity, ranges, listed, keep),

    /**
     * Add dead letters by their key (connector, stream, external id, reason):
     * a repeat of a stored letter counts up and moves its last-seen time (a
     * resolved one opens again, a dismissed one stays dismissed) instead of
     * adding a row. Returns the letters written (new or repeated).
     */
    async addDeadLetters(connectorId: string, syncLogId: string | null, letters: readonly NewDeadLetter[]): Promise<number> {
      if (letters.length === 0) return 0;
      const payload = JSON.stringify(foldLetters(letters));
      const [row] = await db.query<{ n: number }>(
        `WITH ins AS (
           INSERT INTO dead_letters (tenant_id, connector_id, sync_log_id, kind, stream, external_id, reason, payload, derived, count)
           SELECT $1::uuid, $2::uuid, $3::uuid, t.kind, t.stream, t.external_id, t.reason, t.payload, t.derived, t.count
           FROM jsonb_to_recordset($4::jsonb)
             AS t(kind text, stream text, external_id text, reason text, payload jsonb, derived jsonb, count int)
           ON CONFLICT (tenant_id, connector_id, stream, external_id, reason) DO UPDATE SET
             count = dead_letters.count + EXCLUDED.count, last_seen_at = now(), sync_log_id = EXCLUDED.sync_log_id,
             payload = EXCLUDED.payload, derived = EXCLUDED.derived, kind = EXCLUDED.kind,
             status = CASE WHEN dead_letters.status = 'dismissed' THEN 'dismissed'::"DeadLetterStatus" ELSE 'open'::"DeadLetterStatus" END,
             resolved_at = CASE WHEN dead_letters.status = 'dismissed' THEN dead_letters.resolved_at END
           RETURNING 1)
         SELECT count(*)::int AS n FROM ins`,
        [tenantId, connectorId, syncLogId, payload],
      );
      return Number(row?.n ?? 0);
    },

    /** Resolve the open letters of records that were stored (or deleted at the vendor) since. */
    async resolveDeadLetters(connectorId: string, stored: readonly { stream: string; externalId: string }[]): Promise<number> {
      if (stored.length === 0) return 0;
      const rows = await db.query(
        `UPDATE dead_letters d SET status = 'resolved', resolved_at = now()
         FROM jsonb_to_recordset($3::jsonb) AS t(stream text, external_id text)
         WHERE d.tenant_id = $1::uuid AND d.connector_id = $2::uuid AND d.status = 'open'
           AND d.stream = t.stream AND d.external_id = t.external_id
         RETURNING 1`,
        [tenantId, connectorId, JSON.stringify(stored.map((s) => ({ stream: s.stream, external_id: s.externalId })))],
      );
      return rows.length;
    },

    /** Resolve open letters by id (a replay stored their rows). */
    async resolveDeadLetterIds(connectorId: string, ids: readonly string[]): Promise<number> {
      if (ids.length === 0) return 0;
      const rows = await db.query(
        `UPDATE dead_letters SET status = 'resolved', resolved_at = now()
         WHERE tenant_id = $1::uuid AND connector_id = $2::uuid AND status = 'open' AND id = ANY($3::uuid[]) RETURNING 1`,
        [tenantId, connectorId, ids],
      );
      return rows.length;
    },

    async addProgress(syncLogId: string, p: SyncProgress): Promise<void> {
      await db.query(
        `UPDATE sync_logs SET records_created = records_created + $3::int, records_updated = records_updated + $4::int,
           records_failed = records_failed + $5::int, pages = pages + $6::int, records_read = records_read + $7::int,
           stream_counts = COALESCE((
             SELECT jsonb_object_agg(k, jsonb_build_object(
               'read', COALESCE((stream_counts->k->>'read')::int, 0) + COALESCE(($8::jsonb->k->>'read')::int, 0),
               'rejected', COALESCE((stream_counts->k->>'rejected')::int, 0) + COALESCE(($8::jsonb->k->>'rejected')::int, 0)))
             FROM jsonb_object_keys(stream_counts || $8::jsonb) AS k), '{}'::jsonb)
         WHERE tenant_id = $1::uuid AND id = $2::uuid RETURNING 1`,
        [tenantId, syncLogId, p.created, p.updated, p.failed, p.pages, p.read ?? 0, JSON.stringify(p.streams ?? {})],
      );
    },

    /**
     * Lock a sync log row until the transaction ends and read where it stands:
     * the write guard of a retried batch (undefined when there is no such log).
     */
    async lockSyncLog(syncLogId: string): Promise<{ pages: number; status: string } | undefined> {
      const [row] = await db.query<{ pages: number; status: string }>(
        'SELECT pages, status FROM sync_logs WHERE tenant_id = $1::uuid AND id = $2::uuid FOR UPDATE',
        [tenantId, syncLogId],
      );
      return row ? { pages: Number(row.pages), status: row.status } : undefined;
    },

    /** Record a delivered event id; false when it was recorded before (a replay). */
    async recordEvent(connectorId: string, eventId: string): Promise<boolean> {
      const fresh = await db.query(
        'INSERT INTO webhook_events (tenant_id, connector_id, event_id) VALUES ($1::uuid, $2::uuid, $3) ON CONFLICT DO NOTHING RETURNING 1',
        [tenantId, connectorId, eventId],
      );
      return fresh.length > 0;
    },

    /** Open the (already completed) sync log of a delivery: its counts and dead letters are added in the same transaction. */
    async openDeliveryLog(connectorId: string, trigger: string): Promise<string> {
      const [row] = await db.query<{ id: string }>(
        `INSERT INTO sync_logs (tenant_id, connector_id, sync_type, status, trigger, started_at, completed_at)
         VALUES ($1::uuid, $2::uuid, 'webhook', 'completed', $3, now(), now()) RETURNING id::text AS id`,
        [tenantId, connectorId, trigger],
      );
      if (!row) throw new Error('The delivery sync log was not created');
      return row.id;
    },

    /** Store the cursor after a batch (touches updated_at, the sync claim's heartbeat). */
    async checkpoint(connectorId: string, cursor: string | null): Promise<void> {
      await db.query(
        'UPDATE connectors SET last_sync_cursor = $3, updated_at = now() WHERE tenant_id = $1::uuid AND id = $2::uuid RETURNING 1',
        [tenantId, connectorId, cursor],
      );
    },
  };
}
