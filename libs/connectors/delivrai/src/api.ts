import type { PaginationSpec } from '@tributary/core';
import { z } from 'zod';

/** The events API version every request speaks: it is in the path (`/api/v1/events`). */
export const DELIVRAI_API_VERSION = 'v1';
/** The host of the events API (apiv3); intent taxonomy lives on apiv2 and is not read. */
export const DELIVRAI_API_BASE = 'https://apiv3.delivr.ai';
export const DELIVRAI_EVENTS_PATH = `/api/${DELIVRAI_API_VERSION}/events`;
/** A query's time window is at most 25 hours (`start_ms`..`end_ms`). */
export const EVENTS_WINDOW_MS = 25 * 3_600_000;
/** 25 requests a second per organization, bursts of 50. */
export const DELIVRAI_RATE = { perSecond: 25, burst: 50 } as const;
/** Events pages: the documented default `limit` (300); a larger maximum is not documented. */
export const EVENTS_PAGE_SIZE = 300;

/** `limit`/`offset` inside a window; the page is short at the end (and `total`, when sent, says so). */
export const DELIVRAI_PAGINATION: PaginationSpec = {
  style: 'offset',
  itemsPath: 'events',
  offsetParam: 'offset',
  limitParam: 'limit',
  pageSize: EVENTS_PAGE_SIZE,
  totalPath: 'total',
};

const text = z.string().nullable().optional();

/**
 * A website-pixel event, resolved to a person and a company when Delivr.ai
 * could (inf.: field names as the events schema endpoint describes them are
 * not public; these are the ones this connector reads).
 */
export const DelivraiEvent = z.object({
  event_id: z.string().min(1),
  /** Epoch milliseconds. */
  timestamp: z.number().int().positive(),
  event_type: z.string().min(1),
  pixel_id: text,
  project_id: text,
  page_url: text,
  referrer: text,
  email: text,
  first_name: text,
  last_name: text,
  job_title: text,
  company_name: text,
  company_domain: text,
  company_industry: text,
  company_employee_count: z.number().int().nonnegative().nullable().optional(),
  intent_topics: z.array(z.string()).nullable().optional(),
});
export type DelivraiEvent = z.infer<typeof DelivraiEvent>;

/** `GET /api/v1/events`: `{events, total?, limit, offset}`. */
export const DelivraiEventList = z.object({
  events: z.array(z.unknown()),
  total: z.number().int().nonnegative().optional(),
});

/** Error bodies (inf.): `{error, message}` or `{detail}`. */
export const DelivraiErrorBody = z.object({
  error: z.string().optional(),
  message: z.string().optional(),
  detail: z.string().optional(),
});
