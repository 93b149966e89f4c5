import { performance } from 'node:perf_hooks';
import { dedupeByExternalId, upsertPayload } from '@tributary/db';
import type { ChargeRow } from './charges.js';

/**
 * Only the JavaScript half of `bulkUpsert`: build every batch's jsonb
 * payload (one `JSON.stringify` per batch). Milliseconds.
 */
export function buildPayloadOnly(rows: readonly ChargeRow[], batchSize: number): number {
  const started = performance.now();
  let bytes = 0;
  for (let i = 0; i < rows.length; i += batchSize) {
    bytes += upsertPayload('charge', dedupeByExternalId(rows.slice(i, i + batchSize))).length;
  }
  if (bytes === 0 && rows.length > 0) throw new Error('upsertPayload returned nothing');
  return performance.now() - started;
}
