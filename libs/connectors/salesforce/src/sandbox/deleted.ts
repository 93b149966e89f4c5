import { DAY_MS, sfDateTime } from './clock.js';
import { SalesforceApiError } from './errors.js';
import type { Store } from './store.js';
import type { ObjectName } from './types.js';

/** `getDeleted` returns at most this many ids (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_getdeleted.htm). */
export const GET_DELETED_ID_LIMIT = 600_000;
const MINUTE_MS = 60_000;

/** The answer of `GET /sobjects/{Object}/deleted/?start=&end=`. */
export interface DeletedAnswer {
  deletedRecords: Array<{ id: string; deletedDate: string }>;
  earliestDateAvailable: string;
  latestDateCovered: string;
}

const invalidDate = (message: string) => new SalesforceApiError(400, 'INVALID_REPLICATION_DATE', message);

/** A `start`/`end` parameter: ISO 8601 with its seconds ignored, as the API does. */
function minuteOf(name: string, value: string | undefined): number {
  if (value === undefined || value === '') throw new SalesforceApiError(400, 'MISSING_ARGUMENT', `Missing required parameter: ${name}`);
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw invalidDate(`${name}: invalid date format: ${value}`);
  return Math.floor(ms / MINUTE_MS) * MINUTE_MS;
}

/** Purged removals of an object and the removals still in the Recycle Bin, with their deletion stamps. */
function removals(store: Store, object: ObjectName) {
  const data = store.data[object];
  const purged: number[] = [];
  const kept: Array<{ id: string; at: number }> = [];
  const changes: ReadonlyArray<{ index: number; at: number; before?: { Id: string } }> = data.changes('removed');
  for (const change of changes) {
    if (store.bin.purged(data, change.index, change.at)) purged.push(change.at);
    else if (change.before) kept.push({ id: change.before.Id, at: change.at });
  }
  return { purged, kept };
}

/**
 * Records of `object` deleted within `[start, end]` (to the minute) that are
 * still in the Recycle Bin, and `earliestDateAvailable`: the deletion stamp
 * of the newest record purged for good (deletes after it are all still
 * listed), or the org's creation when none was. A start earlier than the
 * bin keeps (15 days before today) or than its last emptying, or less than
 * a minute before the end, is `INVALID_REPLICATION_DATE`
 * (https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_getdeleted.htm).
 *
 * @example
 * deletedBetween(store, 'Lead', '2025-06-01T00:00:00Z', '2025-06-02T00:00:00Z').deletedRecords // [{ id, deletedDate }]
 */
export function deletedBetween(store: Store, object: ObjectName, startParam?: string, endParam?: string): DeletedAnswer {
  const start = minuteOf('start', startParam);
  const end = minuteOf('end', endParam);
  if (end - start <= MINUTE_MS) throw invalidDate('start must be more than one minute before end');
  const now = store.world.clock.now();
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const emptied = store.bin.emptiedAt();
  if (start < today - store.bin.ageMs || (emptied !== undefined && start < emptied)) {
    throw invalidDate('start is before the earliest date for which deleted records are available');
  }
  const { purged, kept } = removals(store, object);
  const covered = Math.min(end, Math.floor(now / MINUTE_MS) * MINUTE_MS);
  const listed = kept.filter((r) => r.at >= start && r.at <= covered).sort((a, b) => a.at - b.at);
  if (listed.length > GET_DELETED_ID_LIMIT) throw new SalesforceApiError(400, 'EXCEEDED_ID_LIMIT', 'Too many ids returned');
  return {
    deletedRecords: listed.map((r) => ({ id: r.id, deletedDate: sfDateTime(r.at) })),
    earliestDateAvailable: sfDateTime(purged.reduce((newest, at) => Math.max(newest, at), store.world.history.start)),
    latestDateCovered: sfDateTime(covered),
  };
}
