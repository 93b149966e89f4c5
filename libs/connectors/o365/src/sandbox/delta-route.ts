import type { Context } from 'hono';
import { graphError } from './errors.js';
import { renderItem, SelectError } from './render.js';
import type { MailboxStore } from './store.js';
import { decodeToken, encodeToken, type TokenState } from './tokens.js';
import type { Scope } from './types.js';

export interface DeltaDeps {
  store: MailboxStore;
  /** The current delta generation (tokens of older ones are expired). */
  epoch(): number;
  /** Where the simulator is reached from outside (links are absolute, as Graph's are). */
  origin(c: Context): string;
}

/** `Prefer: odata.maxpagesize=N` (Graph's default page for message delta is 10). */
function pageSize(c: Context): number {
  const asked = /odata\.maxpagesize=(\d+)/i.exec(c.req.header('prefer') ?? '')?.[1];
  return Math.min(1000, Math.max(1, Number(asked ?? 10)));
}

/** The walk a request continues (`$skiptoken`, `$deltatoken`) or starts (none), or an error answer. */
function walkOf(c: Context, scope: Scope, deps: DeltaDeps): TokenState | Response {
  const token = c.req.query('$skiptoken') ?? c.req.query('$deltatoken');
  const deltaLink = c.req.query('$deltatoken') !== undefined;
  if (token === undefined) {
    const select = c.req.query('$select');
    const start = c.req.query('startDateTime');
    const end = c.req.query('endDateTime');
    if (scope === 'calendar' && (!start || !end || Number.isNaN(Date.parse(start)) || Number.isNaN(Date.parse(end)))) {
      return graphError(
        c,
        400,
        'ErrorInvalidParameter',
        'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
      );
    }
    const window = scope === 'calendar' ? { start: new Date(start ?? '').toISOString(), end: new Date(end ?? '').toISOString() } : {};
    return { scope, since: -1, upTo: deps.store.now, after: 0, epoch: deps.epoch(), ...window, ...(select ? { select } : {}) };
  }
  const state = decodeToken(token);
  if (!state || state.scope !== scope) return graphError(c, 400, 'BadRequest', 'The token is not valid for this request.');
  if (state.epoch < deps.epoch()) {
    // (inf.) mail answers 410 Gone with a Location to start over; the calendar answers resyncRequired.
    if (scope !== 'calendar')
      return graphError(c, 410, 'syncStateNotFound', 'The sync state generation is not found.', { Location: startUrl(c, deps) });
    return graphError(c, 400, 'resyncRequired', 'Resync required. Replace any local cached copy with the latest version from the server.');
  }
  // A delta link starts a new walk over the changes since it was issued; a skip token continues one.
  return deltaLink ? { ...state, since: state.upTo, upTo: deps.store.now, after: 0 } : state;
}

const startUrl = (c: Context, deps: DeltaDeps) => `${deps.origin(c)}${new URL(c.req.url).pathname}`;

/**
 * A delta query on a mail folder or the calendar view
 * (https://learn.microsoft.com/en-us/graph/delta-query-messages): the first
 * call walks every item (query options kept in the links), `@odata.nextLink`
 * with `$skiptoken` until `@odata.deltaLink` with `$deltatoken`; a delta link
 * walks what changed since it was issued, deletions as `@removed` entries.
 */
export function deltaRoute(scope: Scope | ((c: Context) => Scope | undefined), deps: DeltaDeps) {
  return (c: Context): Response => {
    const resolved = typeof scope === 'function' ? scope(c) : scope;
    if (!resolved) return graphError(c, 404, 'ErrorItemNotFound', 'The specified folder could not be found in the store.');
    const walk = walkOf(c, resolved, deps);
    if (walk instanceof Response) return walk;
    const size = pageSize(c);
    const page = deps.store.page(walk, size);
    let value: unknown[];
    try {
      value = page.items.map(({ entry }) => renderItem(entry.item, entry.deleted, walk.select));
    } catch (error) {
      if (error instanceof SelectError) return graphError(c, 400, 'RequestBroker--ParseUri', error.message);
      throw error;
    }
    const base = startUrl(c, deps);
    const link =
      page.after === null
        ? { '@odata.deltaLink': `${base}?$deltatoken=${encodeToken({ ...walk, since: walk.upTo, after: 0 })}` }
        : { '@odata.nextLink': `${base}?$skiptoken=${encodeToken({ ...walk, after: page.after })}` };
    const type = resolved === 'calendar' ? 'event' : 'message';
    const body = { '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#Collection(${type})`, ...link, value };
    return new Response(JSON.stringify(body), {
      headers: { 'content-type': 'application/json; odata.metadata=minimal', 'Preference-Applied': `odata.maxpagesize=${size}` },
    });
  };
}
