import { fetchPage, isConnectorError, VendorError, type IdPage, type ReconcileSpec, type StreamContext } from '@tributary/core';
import { dataPath, SalesforceDeleted, SalesforceIdRow, SalesforceQueryResult, soqlString } from './api.js';
import { nextToken, positionOf } from './query.js';
import type { SalesforceSettings } from './settings.js';
import { SALESFORCE_PAGINATION } from './soql.js';

/** What reconciling an object needs to know of it. */
export interface ReconciledObject {
  object: string;
  /** Every id of the object starts with it (`003` for Contact). */
  keyPrefix: string;
}

const MINUTE_MS = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Whether deletions since the object was last read may be gone: Salesforce
 * reports a delete (through `queryAll` and `getDeleted`) only while the row
 * is in the Recycle Bin, 15 days or until an administrator empties it.
 * `getDeleted`'s `earliestDateAvailable` is the stamp of the newest record
 * purged for good; later than the last read (less the overlap), a delete
 * may have been purged unseen. The window asked for is the last two
 * minutes: `earliestDateAvailable` does not depend on it, and a short
 * recent window is always valid (start more than a minute before end,
 * within 15 days) and never `EXCEEDED_ID_LIMIT`. `INVALID_REPLICATION_DATE`
 * means the same as a late `earliestDateAvailable`; another vendor error
 * skips the check (the sync goes on as it did before it existed)
 * (https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_getdeleted.htm).
 */
async function deletesForgotten(
  spec: ReconciledObject,
  state: { stored: { watermark?: string | null | undefined }; readAt: string | undefined },
  ctx: StreamContext<SalesforceSettings>,
): Promise<boolean> {
  const from = state.readAt ?? state.stored.watermark;
  if (!from) return false;
  const since = Date.parse(from) - ctx.settings.overlapMinutes * MINUTE_MS;
  const end = Math.floor(ctx.now().getTime() / MINUTE_MS) * MINUTE_MS;
  const request = { path: dataPath(`sobjects/${spec.object}/deleted/`), query: { start: iso(end - 2 * MINUTE_MS), end: iso(end) } };
  try {
    const { data } = await ctx.http.request(request, SalesforceDeleted);
    const forgotten = Date.parse(data.earliestDateAvailable) > since;
    if (forgotten)
      ctx.logger.info(
        { object: spec.object, earliestDateAvailable: data.earliestDateAvailable, since: iso(since) },
        'Salesforce purged deletions not yet read',
      );
    return forgotten;
  } catch (error) {
    if (!isConnectorError(error) || error.kind !== 'vendor') throw error;
    if (error.vendorCode === 'INVALID_REPLICATION_DATE') {
      ctx.logger.info({ object: spec.object }, 'Salesforce no longer has the deletions since the last read');
      return true;
    }
    // Any other refusal (an object that is not replicable for this user): sync as before rather than not at all.
    ctx.logger.warn(
      { object: spec.object, vendorCode: error.vendorCode },
      'Salesforce getDeleted failed; deletes purged during a long pause cannot be detected',
    );
    return false;
  }
}

/**
 * One batch of the object's live ids, ascending (`ORDER BY Id`: ids compare
 * by their characters, 0-9 < A-Z < a-z, the bytewise order core checks),
 * after `after` when a locator expired. `queryAll` with `IsDeleted = false`
 * so archived tasks and events, which `query` leaves out, are listed too.
 */
async function readIds(
  spec: ReconciledObject,
  window: { token: string | null; after: string | null },
  ctx: StreamContext<SalesforceSettings>,
): Promise<IdPage> {
  const { session, locator, stale } = positionOf(window.token, ctx.credentials);
  if (stale) return { ids: [], next: null, restart: true };
  const after = window.after ? ` AND Id > ${soqlString(window.after)}` : '';
  const soql = `SELECT Id FROM ${spec.object} WHERE IsDeleted = false${after} ORDER BY Id ASC`;
  const page = await fetchPage(
    ctx.http,
    SALESFORCE_PAGINATION,
    { path: dataPath('queryAll'), query: { q: soql } },
    locator,
    SalesforceQueryResult,
  );
  const ids = page.items.map((row) => {
    const parsed = SalesforceIdRow.safeParse(row);
    if (!parsed.success)
      throw new VendorError(`Salesforce returned a ${spec.object} id list row without an Id`, { vendorCode: 'unexpected_response' });
    return parsed.data.Id;
  });
  return { ids, next: nextToken(session, page) };
}

/**
 * How an sObject stream reconciles: check `getDeleted` each run; after a
 * gap, list the object's ids (2,000 a call, about one call per 2,000 rows)
 * and let the pipeline tombstone stored rows Salesforce no longer has. The
 * ranges stay inside the object's key prefix, since contacts and leads (and
 * tasks and events) share a table.
 *
 * @example
 * reconcileSpec({ object: 'Contact', keyPrefix: '003' }).bounds // { after: '003', through: '003~' }
 */
export function reconcileSpec(spec: ReconciledObject): ReconcileSpec<SalesforceSettings> {
  return {
    needed: (state, ctx) => deletesForgotten(spec, state, ctx),
    read: (window, ctx) => readIds(spec, window, ctx),
    // '~' sorts after every base-62 character: the bound closes the prefix's range.
    bounds: { after: spec.keyPrefix, through: `${spec.keyPrefix}~` },
  };
}
