import { mountList, type PagingSpec } from '@tributary/sandbox';
import type { Hono } from 'hono';
import { FATHOM_PAGE_SIZE } from '../../api.js';
import { textResponse } from '../errors.js';
import { includedParts, inCreatedRange, meetingFilter, parseMeetingsQuery } from '../query.js';
import { renderMeeting } from '../render.js';
import type { Store } from '../store.js';

/** 10 meetings a page, no size parameter; `next_cursor` goes back as `cursor`. */
export const MEETINGS_PAGING: PagingSpec = {
  style: 'cursor',
  cursorParam: 'cursor',
  defaultLimit: FATHOM_PAGE_SIZE,
  maxLimit: FATHOM_PAGE_SIZE,
};

/** The live meetings a query selects, newest created first (indexes). */
function selected(store: Store, params: URLSearchParams): number[] {
  const q = parseMeetingsQuery(params);
  const filter = meetingFilter(q);
  return store.order().filter((index) => {
    if (!inCreatedRange(q, store.createdAt(index))) return false;
    const meeting = filter ? store.meetings.get(index) : undefined;
    return !filter || (meeting !== undefined && filter(meeting));
  });
}

/**
 * `GET /meetings` (Fathom's SDK, `listMeetings`): `{limit, next_cursor,
 * items}`, newest created first (inf.), filtered by `created_after`,
 * `created_before`, invitee domains and their kind, recorder and team;
 * transcript, summary, action items and CRM matches only when asked.
 * An invalid parameter or cursor is a 400.
 */
export function mountMeetings(app: Hono, store: Store): void {
  mountList(app, {
    path: '/meetings',
    paging: MEETINGS_PAGING,
    records: (_c, params) => selected(store, params),
    envelope: (page, c) => {
      const include = includedParts(parseMeetingsQuery(new URL(c.req.url).searchParams));
      const items = page.items.flatMap((index) => {
        const meeting = store.meetings.get(index);
        return meeting ? [renderMeeting(meeting, include, store.malformed.has(index))] : [];
      });
      return { limit: page.limit, next_cursor: page.next, items };
    },
    badRequest: (_c, error) => textResponse(400, `Invalid value for ${error.param}`),
  });
}
