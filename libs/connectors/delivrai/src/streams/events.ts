import { defineStream, type PageWindow, type Query, type StreamContext } from '@tributary/core';
import { DELIVRAI_EVENTS_PATH, DELIVRAI_PAGINATION, DelivraiEvent, DelivraiEventList, EVENTS_WINDOW_MS } from '../api.js';
import { eventsScope, type DelivraiSettings } from '../config.js';
import { eventCompanies, normalizeDomain } from './companies.js';

const ms = (iso: string): number => Date.parse(iso);

/**
 * The `GET /api/v1/events` query of one window: the scope, and `start_ms`/`end_ms`
 * (at most 25 hours apart: the strategy's windows).
 *
 * @example
 * eventsQuery({ token: null, since: '2026-11-01T00:00:00Z', until: '2026-11-02T01:00:00Z' }, { organizationId: 'org_1' })
 * // { organization_id: 'org_1', start_ms: 1793491200000, end_ms: 1793581200000 }
 */
export function eventsQuery(window: PageWindow, settings: Partial<DelivraiSettings>): Query {
  return {
    ...eventsScope(settings),
    start_ms: window.since ? ms(window.since) : undefined,
    end_ms: window.until ? ms(window.until) : undefined,
  };
}

const email = (value: string | null | undefined): string | undefined => {
  const address = value?.trim().toLowerCase();
  return address && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address) ? address : undefined;
};

/**
 * An event -> Activity values on the `intent` channel: `intent_signal` when
 * Delivr.ai tagged it with intent topics, else `site_visit`; linked to the
 * person by email and to the company by domain.
 */
export function deriveEvent(e: DelivraiEvent): Record<string, unknown> {
  const topics = e.intent_topics?.filter((t) => t.trim() !== '') ?? [];
  return {
    type: topics.length > 0 ? 'intent_signal' : 'site_visit',
    channel: 'intent',
    occurredAt: new Date(e.timestamp).toISOString(),
    personExternalId: email(e.email),
    accountExternalId: normalizeDomain(e.company_domain),
    properties: {
      eventType: e.event_type,
      pageUrl: e.page_url ?? null,
      referrer: e.referrer ?? null,
      pixelId: e.pixel_id ?? null,
      topics,
      resolved: email(e.email) !== undefined,
      name: [e.first_name, e.last_name].filter(Boolean).join(' ') || null,
      jobTitle: e.job_title ?? null,
    },
  };
}

/** A first sync reads `historyDays` back from now. */
const startAt = (ctx: StreamContext<DelivraiSettings>): string =>
  new Date(ctx.now().getTime() - ctx.settings.historyDays * 86_400_000).toISOString();

/**
 * `GET /api/v1/events` (docs.delivr.ai) -> Activity, and the companies the
 * events were resolved to -> Account. Delivr.ai has no change cursor: the
 * stream walks windows of at most 25 hours forward from the last run (minus
 * the overlap), `offset`/`limit` inside each.
 */
export const events = defineStream<DelivraiEvent, DelivraiSettings>({
  name: 'events',
  entity: 'activity',
  description: 'Website visits resolved to people and companies, as site_visit or intent_signal activities',
  label: 'event',
  primaryKey: 'event_id',
  request: (window, ctx) => ({ path: DELIVRAI_EVENTS_PATH, query: eventsQuery(window, ctx.settings) }),
  pagination: DELIVRAI_PAGINATION,
  response: DelivraiEventList,
  schema: DelivraiEvent,
  incremental: {
    type: 'updatedSince',
    cursorField: 'timestamp',
    format: 'unix_ms',
    windowMs: EVENTS_WINDOW_MS,
    overlapMs: (ctx) => ctx.settings.overlapMinutes * 60_000,
    startAt,
  },
  derive: (e) => deriveEvent(e),
  children: [eventCompanies],
});
