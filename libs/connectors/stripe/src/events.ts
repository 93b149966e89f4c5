import { ConnectorError, type HttpClient, type RejectedRecord, type SyncRecord } from '@tributary/core';
import { STRIPE_EVENT_RETENTION_SECONDS, STRIPE_PAGE_SIZE, StripeEvent, StripeList } from './api.js';
import type { Anchor, Page, StripeCursor } from './cursor.js';
import { EVENT_TYPES, isRejected, streamByObject, toRecord } from './streams/index.js';

/** Re-sync fully when the anchor is this close to Stripe dropping its events. */
const RETENTION_MARGIN_SECONDS = 6 * 3600;
const EVENTS = '/v1/events';
const typesQuery = { 'types[]': EVENT_TYPES, limit: STRIPE_PAGE_SIZE };

/** Without an anchor event, events are read from this long before our clock (skew between us and Stripe). */
const CLOCK_SKEW_SECONDS = 300;

/** The newest event now (`GET /v1/events?limit=1`), taken before a full walk. */
export async function fetchAnchor(http: HttpClient, now: Date): Promise<Anchor> {
  const { data } = await http.request({ path: EVENTS, query: { limit: 1 } }, StripeList);
  const newest = StripeEvent.safeParse(data.data[0]);
  const checkedAt = Math.floor(now.getTime() / 1000);
  return newest.success
    ? { eventId: newest.data.id, created: newest.data.created, checkedAt }
    : { eventId: null, created: checkedAt - CLOCK_SKEW_SECONDS, checkedAt };
}

/**
 * Events newer than the anchor, oldest first: `ending_before=<anchor>`
 * returns the events just after it (listed newest first, so each page is
 * reversed). When events were last read longer ago than Stripe keeps
 * them (30 days), changes may be lost: the sync walks everything again. An
 * anchor event that itself expired is replaced by its timestamp.
 */
export async function readEvents(http: HttpClient, cursor: Extract<StripeCursor, { phase: 'events' }>, now: Date): Promise<Page> {
  const checkedAt = Math.floor(now.getTime() / 1000);
  if (checkedAt - cursor.anchor.checkedAt > STRIPE_EVENT_RETENTION_SECONDS - RETENTION_MARGIN_SECONDS) return restartFull(http, now);
  const { eventId, created } = cursor.anchor;
  let list;
  try {
    list = eventId ? await eventsAfter(http, eventId) : await oldestEventsSince(http, created);
  } catch (error) {
    if (!(eventId && error instanceof ConnectorError && error.vendorCode === 'resource_missing')) throw error;
    list = await oldestEventsSince(http, created);
  }
  const events = [...list.data].reverse();
  const { records, rejected } = eventsToRecords(events);
  const newest = StripeEvent.safeParse(list.data[0]);
  const anchor: Anchor = newest.success
    ? { eventId: newest.data.id, created: newest.data.created, checkedAt }
    : { ...cursor.anchor, checkedAt };
  return { records, rejected, next: { v: 1, phase: 'events', anchor }, hasMore: list.has_more };
}

async function eventsAfter(http: HttpClient, eventId: string) {
  return (await http.request({ path: EVENTS, query: { ...typesQuery, ending_before: eventId } }, StripeList)).data;
}

/**
 * Without an anchor event: walk back (newest first) to the oldest page of
 * events since `created`; more pages follow it when the walk took several.
 */
async function oldestEventsSince(http: HttpClient, created: number) {
  let after: string | undefined;
  for (let pages = 1; ; pages++) {
    const query = { ...typesQuery, 'created[gte]': created, ...(after ? { starting_after: after } : {}) };
    const { data } = await http.request({ path: EVENTS, query }, StripeList);
    const last = StripeEvent.safeParse(data.data[data.data.length - 1]);
    if (!data.has_more || !last.success) return { ...data, has_more: pages > 1 };
    after = last.data.id;
  }
}

/** Stripe events (oldest first) -> records of the streams they carry; other objects are skipped. */
export function eventsToRecords(events: unknown[]): { records: SyncRecord[]; rejected: RejectedRecord[] } {
  const records: SyncRecord[] = [];
  const rejected: RejectedRecord[] = [];
  for (const raw of events) {
    const event = StripeEvent.safeParse(raw);
    if (!event.success) {
      rejected.push({ stream: 'events', raw, reason: 'Stripe event does not match the expected shape' });
      continue;
    }
    const stream = streamByObject(event.data.data.object.object);
    if (!stream) continue;
    const r = toRecord(stream, event.data.data.object, event.data.type);
    if (isRejected(r)) rejected.push(r);
    else records.push(r);
  }
  return { records, rejected };
}

/** The first cursor of a full walk, anchored at the newest event now. */
export async function startFull(http: HttpClient, now: Date): Promise<StripeCursor> {
  return { v: 1, phase: 'full', stream: 'customers', after: null, anchor: await fetchAnchor(http, now) };
}

async function restartFull(http: HttpClient, now: Date): Promise<Page> {
  return { records: [], rejected: [], next: await startFull(http, now), hasMore: true };
}
