import { compileMappings, isConnectorError, mergeMappings } from '@tributary/core';
import { forTenant, syncWrites } from '@tributary/db';
import { addToBatch, emptyBatch, storable } from '@tributary/sync';
import type { GatewayRuntime } from '../runtime.js';
import { audit } from './audit.js';
import { InputError, NotFoundError } from './errors.js';

export interface WebhookResult {
  status: 'applied' | 'replayed';
  eventId: string;
  created: number;
  updated: number;
  failed: number;
}

/**
 * Ingest one signed webhook delivery: the connector verifies the signature
 * with the secret in its (encrypted) config and turns the event into
 * records; the event id is recorded in the same transaction as the data, so
 * a replayed delivery changes nothing and a failed one can be retried.
 */
export async function ingestWebhook(
  rt: GatewayRuntime,
  type: string,
  connectorId: string,
  body: string,
  headers: Headers,
): Promise<WebhookResult> {
  const row = /^[0-9a-f-]{36}$/i.test(connectorId) ? await rt.db.prisma.connector.findFirst({ where: { id: connectorId, type } }) : null;
  if (!row?.config || !rt.registry.has(type)) throw new NotFoundError('Connector');
  const connector = rt.registry.get(type);
  if (!connector.verifyWebhook) throw new NotFoundError('Webhook endpoint');
  const config = connector.configSchema.parse(rt.vault.decrypt(row.config, { tenantId: row.tenantId, connectorId: row.id }));
  let delivery;
  try {
    delivery = connector.verifyWebhook(config, { body, headers }, new Date());
  } catch (error) {
    throw new InputError(isConnectorError(error) ? error.message : 'Invalid webhook delivery');
  }
  const overrides = await forTenant(rt.db.prisma, row.tenantId).fieldMappings.list(row.id);
  const batch = emptyBatch();
  addToBatch(
    batch,
    delivery.records,
    delivery.rejected,
    new Map(connector.streams.map((s) => [s.name, s])),
    compileMappings(mergeMappings(connector.getSchema(), overrides)),
  );
  const result = await rt.db.sql.transaction(async (tx) => {
    const fresh = await tx.query(
      'INSERT INTO webhook_events (tenant_id, connector_id, event_id) VALUES ($1::uuid, $2::uuid, $3) ON CONFLICT DO NOTHING RETURNING 1',
      [row.tenantId, row.id, delivery.eventId],
    );
    if (fresh.length === 0) return { status: 'replayed' as const, eventId: delivery.eventId, created: 0, updated: 0, failed: 0 };
    const writes = syncWrites(tx, row.tenantId);
    let created = 0;
    let updated = 0;
    for (const [entity, rows] of batch.upserts) {
      const counts = await writes.upsert(row.id, entity, [...rows.values()]);
      created += counts.created;
      updated += counts.updated;
    }
    for (const [entity, ids] of batch.tombstones) updated += await writes.markDeleted(row.id, entity, [...ids]);
    await writes.addDeadLetters(
      row.id,
      null,
      batch.rejects.map((l) => ({ ...l, payload: storable(l.payload) })),
    );
    return { status: 'applied' as const, eventId: delivery.eventId, created, updated, failed: batch.rejects.length };
  });
  await audit(rt.db.prisma, { system: `webhook:${type}`, tenantId: row.tenantId }, 'webhook.ingest', 'connector', row.id, { ...result });
  return result;
}
