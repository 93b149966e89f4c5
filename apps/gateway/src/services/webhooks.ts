import { isConnectorError } from '@tributary/core';
import { ingestRecords } from '@tributary/sync';
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
 * records, which go through the sync pipeline's own stages
 * (`ingestRecords`: mappings, quality, persist, dead letters, a sync log of
 * type webhook). The event id is recorded in the same transaction as the
 * data, so a replayed delivery changes nothing and a failed one can be retried.
 */
export async function ingestWebhook(
  rt: GatewayRuntime,
  type: string,
  connectorId: string,
  body: string,
  headers: Headers,
): Promise<WebhookResult> {
  // The connector id in the URL decides the tenant: nothing else identifies the caller.
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
  const ingested = await ingestRecords(rt.syncDeps, row.tenantId, row.id, {
    records: delivery.records,
    rejected: delivery.rejected,
    source: 'webhook',
    eventId: delivery.eventId,
  });
  const result: WebhookResult = {
    status: ingested.status,
    eventId: delivery.eventId,
    created: ingested.created,
    updated: ingested.updated,
    failed: ingested.failed,
  };
  await audit(rt.db.prisma, { system: `webhook:${type}`, tenantId: row.tenantId }, 'webhook.ingest', 'connector', row.id, { ...result });
  return result;
}
