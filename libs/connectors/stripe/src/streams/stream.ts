import type { Query, RejectedRecord, SyncRecord } from '@tributary/core';
import type { z } from 'zod';

/** One Stripe list endpoint and how its objects become records. */
export interface StripeStream {
  name: 'customers' | 'charges' | 'refunds' | 'subscriptions';
  /** The `object` value of its items (how events are routed to streams). */
  object: string;
  path: string;
  query: Query;
  schema: z.ZodType<{ id: string }>;
  /** Values the mappings read as `$.name`: fallbacks and computed fields. */
  derive?(item: never): Record<string, unknown>;
  /** Event types that carry this stream's objects, for incremental syncs. */
  eventTypes: readonly string[];
  /** Whether an object (from an event) is a deletion. */
  isDeleted?(raw: Record<string, unknown>, eventType?: string): boolean;
}

/** Validate one vendor object: a record, or a rejection with the reason (malformed rows go to dead letters). */
export function toRecord(stream: StripeStream, raw: unknown, eventType?: string): SyncRecord | RejectedRecord {
  const object = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (stream.isDeleted?.(object, eventType)) return { stream: stream.name, raw: object, deleted: true };
  const parsed = stream.schema.safeParse(raw);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(object)'}: ${i.message}`)
      .join('; ');
    const id = typeof object['id'] === 'string' ? object['id'] : undefined;
    return {
      stream: stream.name,
      raw,
      reason: `Stripe ${stream.object} does not match the expected shape: ${reason}`,
      ...(id ? { externalId: id } : {}),
    };
  }
  const derived = stream.derive?.(parsed.data as never);
  return { stream: stream.name, raw: object, ...(derived ? { derived } : {}) };
}

export const isRejected = (r: SyncRecord | RejectedRecord): r is RejectedRecord => 'reason' in r;
