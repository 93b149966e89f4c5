import { ConnectorError, type FeedEvent, type FeedPage, type FeedSpec, type HttpClient, type RejectedRecord } from '@tributary/core';
import { STRIPE_EVENT_RETENTION_SECONDS, STRIPE_PAGE_SIZE, StripeEvent, StripeList } from './api.js';
import { Anchor } from './legacy.js';

/** Event types that carry each synced object (https://docs.stripe.com/api/events/types); at most 20 in `types[]`. */
export const EVENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  customer: ['customer.created', 'customer.updated', 'customer.deleted'],
  charge: ['charge.succeeded', 'charge.failed', 'charge.pending', 'charge.captured', 'charge.refunded', 'charge.updated', 'charge.expired'],
  refund: ['charge.refund.updated', 'refund.created', 'refund.updated'],
  subscription: [
    'customer.subscription.created',
    'customer.subscription.updated',
    'customer.subscription.deleted',
    'customer.subscription.paused',
    'customer.subscription.resumed',
  ],
};

/** Re-sync fully when the anchor is this close to Stripe dropping its events. */
const RETENTION_MARGIN_SECONDS = 6 * 3600;
const EVENTS = '/v1/events';
const typesQuery = { 'types[]': Object.values(EVENT_TYPES).flat(), limit: STRIPE_PAGE_SIZE };

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

/** Stripe events (oldest first) -> the objects they carry, and the events that do not parse. */
export function eventObjects(events: readonly unknown[]): { events: FeedEvent[]; rejected: RejectedRecord[] } {
  const out: FeedEvent[] = [];
  const rejected: RejectedRecord[] = [];
  for (const raw of events) {
    const event = StripeEvent.safeParse(raw);
    if (event.success) out.push({ object: event.data.data.object.object, raw: event.data.data.object, type: event.data.type });
    else rejected.push({ stream: 'events', raw, reason: 'Stripe event does not match the expected shape' });
  }
  return { events: out, rejected };
}

/**
 * Events newer than the anchor, oldest first: `ending_before=<anchor>`
 * returns the events just after it (listed newest first, so each page is
 * reversed). When events were last read longer ago than Stripe keeps them
 * (30 days), changes may be lost: the feed asks for a full walk. An anchor
 * event that itself expired is replaced by its timestamp.
 */
export async function readEvents(http: HttpClient, anchor: Anchor, now: Date): Promise<FeedPage> {
  const checkedAt = Math.floor(now.getTime() / 1000);
  if (checkedAt - anchor.checkedAt > STRIPE_EVENT_RETENTION_SECONDS - RETENTION_MARGIN_SECONDS) {
    return { events: [], anchor, hasMore: true, restart: true };
  }
  let list;
  try {
    list = anchor.eventId ? await eventsAfter(http, anchor.eventId) : await oldestEventsSince(http, anchor.created);
  } catch (error) {
    if (!(anchor.eventId && error instanceof ConnectorError && error.vendorCode === 'resource_missing')) throw error;
    list = await oldestEventsSince(http, anchor.created);
  }
  const newest = StripeEvent.safeParse(list.data[0]);
  const next: Anchor = newest.success ? { eventId: newest.data.id, created: newest.data.created, checkedAt } : { ...anchor, checkedAt };
  return { ...eventObjects([...list.data].reverse()), anchor: next, hasMore: list.has_more };
}

/** `/v1/events` as the change feed of every Stripe stream. */
export const stripeEvents: FeedSpec = {
  anchor: (ctx) => fetchAnchor(ctx.http, ctx.now()),
  read: (anchor, ctx) => readEvents(ctx.http, Anchor.parse(anchor), ctx.now()),
};
