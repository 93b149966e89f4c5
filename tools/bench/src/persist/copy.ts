import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import binary, { type BinaryField } from 'pg-copy-streams-binary';
import type { ChargeRow } from './charges.js';

const COLUMNS = [
  'tenant_id',
  'connector_id',
  'external_id',
  'amount',
  'currency',
  'status',
  'amount_refunded',
  'customer_email',
  'customer_external_id',
  'description',
  'occurred_at',
  'raw',
];

/** A uuid in binary COPY is its 16 bytes (uuid_recv), which the bytea encoder writes as-is. */
const uuidBytes = (uuid: string): Buffer => Buffer.from(uuid.replaceAll('-', ''), 'hex');

function* fields(owner: { tenantId: string; connectorId: string }, rows: readonly ChargeRow[]): Generator<BinaryField[]> {
  const tenant = uuidBytes(owner.tenantId);
  const connector = uuidBytes(owner.connectorId);
  for (const { record, raw } of rows) {
    yield [
      { type: 'bytea', value: tenant },
      { type: 'bytea', value: connector },
      { type: 'text', value: record.externalId },
      { type: 'int8', value: BigInt(record.amount) },
      // char(3) reads the text format (bpcharrecv).
      { type: 'text', value: record.currency },
      { type: 'text', value: record.status },
      { type: 'int8', value: BigInt(record.amountRefunded) },
      { type: 'text', value: record.customerEmail ?? null },
      { type: 'text', value: record.customerExternalId ?? null },
      { type: 'text', value: record.description ?? null },
      { type: 'timestamptz', value: record.occurredAt },
      { type: 'jsonb', value: raw },
    ];
  }
}

/**
 * The ceiling: `COPY table (...) FROM STDIN (FORMAT binary)` of every row in
 * one stream (the rows' JSON is serialized here, as `bulkUpsert` does).
 * Returns the rows PostgreSQL reports copied.
 */
export async function copyBinary(
  client: pg.Client,
  table: string,
  owner: { tenantId: string; connectorId: string },
  rows: readonly ChargeRow[],
): Promise<number> {
  const stream = client.query(copyFrom(`COPY "${table}" (${COLUMNS.join(', ')}) FROM STDIN (FORMAT binary)`));
  await pipeline(Readable.from(fields(owner, rows)), binary.rowWriter(), stream);
  return stream.rowCount;
}
