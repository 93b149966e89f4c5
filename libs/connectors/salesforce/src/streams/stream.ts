import type { RejectedRecord, SyncRecord } from '@tributary/core';
import type { z } from 'zod';
import type { CurrencySetup, StreamName } from '../cursor.js';

/** What deriving a record may need besides the row: the org's currencies and looked-up emails. */
export interface DeriveContext {
  currency: CurrencySetup | null;
  /** Account id -> the email of its oldest contact (deal contact fallback). */
  accountEmails: ReadonlyMap<string, string>;
}

/** One synced sObject: what to select and how a row becomes a record. */
export interface SalesforceStream {
  name: StreamName;
  /** The sObject queried (`FROM ...`). */
  object: string;
  /** Fields selected besides Id, IsDeleted, CreatedDate and SystemModstamp. */
  fields: readonly string[];
  /** Fields that exist only in multi-currency orgs (selecting them elsewhere is `INVALID_FIELD`). */
  currencyFields?: readonly string[];
  /** Child-relationship subqueries, e.g. `(SELECT ... FROM OpportunityContactRoles)`. */
  subqueries?: readonly string[];
  schema: z.ZodType<{ Id: string }>;
  /** Values the mappings read as `$.name`: conversions and lookups. */
  derive?(row: never, context: DeriveContext): Record<string, unknown>;
}

/** Fields every query selects: the id, the tombstone flag and the two timestamps. */
export const COMMON_FIELDS = ['Id', 'IsDeleted', 'CreatedDate', 'SystemModstamp'] as const;

const asObject = (raw: unknown): Record<string, unknown> => (raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {});

/**
 * One query row -> a record (a tombstone when `IsDeleted`), or a rejection
 * with the reason (malformed rows go to dead letters).
 *
 * @example
 * toRecord(contacts, row, { currency: null, accountEmails: new Map() }) // { stream: 'contacts', raw: row, derived: { kind: 'contact' } }
 */
export function toRecord(stream: SalesforceStream, raw: unknown, context: DeriveContext): SyncRecord | RejectedRecord {
  const row = asObject(raw);
  if (row['IsDeleted'] === true && typeof row['Id'] === 'string') return { stream: stream.name, raw: row, deleted: true };
  const parsed = stream.schema.safeParse(raw);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`)
      .join('; ');
    const id = typeof row['Id'] === 'string' ? row['Id'] : undefined;
    return {
      stream: stream.name,
      raw,
      reason: `Salesforce ${stream.object} does not match the expected shape: ${reason}`,
      ...(id ? { externalId: id } : {}),
    };
  }
  const derived = stream.derive?.(parsed.data as never, context);
  return { stream: stream.name, raw: row, ...(derived ? { derived } : {}) };
}

export const isRejected = (r: SyncRecord | RejectedRecord): r is RejectedRecord => 'reason' in r;
