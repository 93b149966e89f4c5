import { ConfigError, type RejectedRecord, type SyncRecord } from '@tributary/core';
import { forTenant } from '@tributary/db';
import { persistDelivery, type DeliveryResult } from './persist.js';
import { addToBatch, emptyBatch } from './quality.js';
import type { SyncDeps } from './session.js';
import { loadTransform } from './transform.js';

export interface IngestInput {
  records: readonly SyncRecord[];
  /** Rows the connector could not read (they become dead letters with their reason). */
  rejected?: readonly RejectedRecord[];
  /** Where the records came from; the trigger of their sync log. */
  source: 'webhook';
  /** The vendor's id of the delivery: one ingested before writes nothing (`replayed`). */
  eventId: string;
}

/**
 * Records the vendor pushed (a verified webhook delivery) through exactly
 * the pipeline a sync's pages go through: transform (the connection's
 * mappings, overrides included), quality (validate, coerce, dedupe; invalid
 * rows become dead letters with their reason) and persist (bulk upsert,
 * tombstones, retries, a poison batch dead-lettered whole), counted in a
 * completed sync log of type `webhook`. The event id is recorded in the
 * same transaction; the connector's cursor is left alone.
 *
 * @example
 * const result = await ingestRecords(deps, tenantId, connectorId, { records, rejected, source: 'webhook', eventId: event.id });
 * result.status // 'applied' (or 'replayed' for an event id seen before)
 */
export async function ingestRecords(
  deps: Pick<SyncDeps, 'db' | 'registry' | 'logger'>,
  tenantId: string,
  connectorId: string,
  input: IngestInput,
): Promise<DeliveryResult> {
  const scope = forTenant(deps.db.prisma, tenantId);
  const row = await scope.connectors.getOrThrow(connectorId);
  if (!deps.registry.has(row.type)) throw new ConfigError(`No connector of type "${row.type}" is installed`);
  const { streams, mappings } = await loadTransform(scope, deps.registry.get(row.type), connectorId);
  const batch = emptyBatch();
  addToBatch(batch, input.records, input.rejected ?? [], streams, mappings);
  return persistDelivery(
    deps.db.sql,
    { tenantId, connectorId, batch, pages: 1, delivery: { eventId: input.eventId, trigger: input.source } },
    deps.logger ? { logger: deps.logger } : {},
  );
}
