import { defineStream, type HttpRequest, type Json, type PartitionSpec } from '@tributary/core';
import { z } from 'zod';
import { GraphAttendee, GraphDateTimeTimeZone, graphPath, GraphRecipient } from '../api.js';
import type { O365Settings } from '../config.js';
import { DELTA_HEADERS, isExpiredDelta, readDelta } from '../delta.js';
import { mailboxMemo } from '../mailbox.js';
import { asList, asRecord, requireDpa, screenRecipients, tombstone, type ParticipantCounts, type PrivacyPolicy } from '../privacy.js';
import { firstAddress } from './messages.js';
import { eventParticipants } from './participants.js';
import { calendarWindow, graphUtc } from './calendar-window.js';

const ScreenedAttendee = GraphRecipient.extend({
  type: z.string().nullish(),
  status: z.object({ response: z.string().nullish() }).nullish(),
});

/** What is left of an event after screening: when and how it met, allowed participants only, counts of the rest. */
export const O365Event = z.object({
  id: z.string().min(1),
  iCalUId: z.string().nullish(),
  seriesMasterId: z.string().nullish(),
  type: z.string().nullish(),
  start: GraphDateTimeTimeZone,
  end: GraphDateTimeTimeZone.nullish(),
  isAllDay: z.boolean().nullish(),
  isCancelled: z.boolean().nullish(),
  isOnlineMeeting: z.boolean().nullish(),
  onlineMeetingProvider: z.string().nullish(),
  /** Present only when the privacy settings allow subjects. */
  subject: z.string().nullish(),
  organizer: GraphRecipient.nullable(),
  attendees: z.array(ScreenedAttendee),
  participantCounts: z.object({ internal: z.int(), allowed: z.int(), withheld: z.int() }),
});
export type O365Event = z.infer<typeof O365Event>;

/** Attendees that are people (rooms and equipment are `resource`s), screened; type and response kept for allowed ones. */
function screenAttendees(values: readonly unknown[], policy: PrivacyPolicy, counts: ParticipantCounts) {
  const kept: z.infer<typeof ScreenedAttendee>[] = [];
  for (const value of values) {
    const attendee = GraphAttendee.safeParse(value);
    if (attendee.success && attendee.data.type === 'resource') continue;
    const [allowed] = screenRecipients([value], policy, counts);
    if (allowed && attendee.success) {
      kept.push({ ...allowed, type: attendee.data.type ?? null, status: { response: attendee.data.status?.response ?? null } });
    }
  }
  return kept;
}

/**
 * A calendar item -> what may be stored: metadata only (no body, preview,
 * location or join links), allowed organizer and attendees, subject only
 * when allowed; without an allowed participant it becomes a tombstone.
 */
export function screenEvent(raw: unknown, policy: PrivacyPolicy): Record<string, unknown> {
  const item = asRecord(raw);
  if (item['@removed'] !== undefined) return tombstone(item, String(asRecord(item['@removed'])['reason'] ?? 'deleted'));
  const counts: ParticipantCounts = { internal: 0, allowed: 0, withheld: 0 };
  const organizer = screenRecipients([item['organizer']], policy, counts);
  const attendees = screenAttendees(asList(item['attendees']), policy, counts);
  if (counts.allowed === 0) return tombstone(item, 'withheld');
  const pick = (...keys: string[]) => Object.fromEntries(keys.filter((k) => item[k] !== undefined).map((k) => [k, item[k]]));
  return {
    ...pick(
      'id',
      'iCalUId',
      'seriesMasterId',
      'type',
      'start',
      'end',
      'isAllDay',
      'isCancelled',
      'isOnlineMeeting',
      'onlineMeetingProvider',
    ),
    ...(policy.includeSubjects ? pick('subject') : {}),
    organizer: organizer[0] ?? null,
    attendees,
    participantCounts: counts,
  };
}

/**
 * `GET /me/calendarView/delta?startDateTime&endDateTime` (primary calendar;
 * no `$select`, so screening drops everything but metadata)
 * (https://learn.microsoft.com/en-us/graph/api/event-delta).
 */
export function eventsRequest(data: Record<string, Json> | undefined): HttpRequest {
  return {
    path: graphPath('me/calendarView/delta'),
    query: { startDateTime: String(data?.['startDateTime'] ?? ''), endDateTime: String(data?.['endDateTime'] ?? '') },
    headers: { ...DELTA_HEADERS },
  };
}

/** One partition per calendar window: a new month starts a new window (a delta keeps the window it began with). */
const calendarPartitions: PartitionSpec<O365Settings> = {
  list: (ctx) => {
    requireDpa(ctx.settings.privacy);
    if (!ctx.settings.calendar) return [];
    const window = calendarWindow(ctx.now(), ctx.settings);
    return [{ key: window.key, data: { startDateTime: window.start, endDateTime: window.end } }];
  },
  still: (_partition, ctx) => ctx.settings.calendar,
};

const minutesBetween = (from: string | null, to: string | null): number | null =>
  from && to ? Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000)) : null;

/**
 * Meetings of the primary calendar in a window around the current month, as
 * `meeting` activities on the meetings channel at their start (UTC), with
 * the allowed organizer and attendees as a child stream.
 */
export const events = defineStream<O365Event, O365Settings>({
  name: 'events',
  entity: 'activity',
  description: 'Calendar meetings (no bodies or locations), as meeting activities',
  label: 'event',
  schema: O365Event,
  partitions: calendarPartitions,
  incremental: { type: 'deltaLink', nextLinkPath: '@odata.nextLink', deltaLinkPath: '@odata.deltaLink', resetOn: isExpiredDelta },
  prepare: (ctx) => mailboxMemo(ctx.http),
  read: (window, ctx) => readDelta(window, ctx, eventsRequest(window.partition?.data), screenEvent),
  isDeleted: (raw) => raw['@removed'] !== undefined,
  derive: (e) => {
    const start = graphUtc(e.start);
    return {
      type: 'meeting',
      channel: 'meetings',
      occurredAt: start,
      personExternalId: firstAddress([e.organizer, ...e.attendees]),
      properties: {
        durationMinutes: minutesBetween(start, e.end ? graphUtc(e.end) : null),
        isAllDay: e.isAllDay ?? null,
        isCancelled: e.isCancelled ?? null,
        isOnlineMeeting: e.isOnlineMeeting ?? null,
        onlineMeetingProvider: e.onlineMeetingProvider ?? null,
        eventType: e.type ?? null,
        iCalUId: e.iCalUId ?? null,
        seriesMasterId: e.seriesMasterId ?? null,
        ...(e.subject !== undefined ? { subject: e.subject } : {}),
        participants: e.participantCounts,
      },
    };
  },
  children: [eventParticipants],
});
