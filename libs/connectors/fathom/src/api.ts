import type { PaginationSpec } from '@tributary/core';
import { z } from 'zod';

/** The External API version every request speaks: it is in the path (https://developers.fathom.ai/api-overview). */
export const FATHOM_API_VERSION = 'v1';
export const FATHOM_API_BASE = `https://api.fathom.ai/external/${FATHOM_API_VERSION}`;
/** Fathom serves 10 meetings a page and takes no page-size parameter. */
export const FATHOM_PAGE_SIZE = 10;
/** `{limit, next_cursor, items}`; the next page is `?cursor=<next_cursor>` until it is null. */
export const FATHOM_PAGINATION: PaginationSpec = {
  style: 'cursor',
  itemsPath: 'items',
  cursorParam: 'cursor',
  cursorPath: 'next_cursor',
};
/** 60 calls per 60 seconds per account; over it, 429 with `RateLimit-Limit|Remaining|Reset`. */
export const FATHOM_CALLS_PER_MINUTE = 60;
/**
 * The request budget Tributary keeps to: a token bucket that never puts
 * more than `burst + 60 × perSecond` = 60 calls in any 60 seconds, whether
 * Fathom counts a sliding or a fixed window (its docs do not say), while
 * still reading 40 pages (400 meetings) a minute.
 */
export const FATHOM_RATE = { perSecond: 40 / 60, burst: 20 } as const;

const stamp = z.iso.datetime({ offset: true });
const optionalStamp = stamp.nullable().optional();
const optionalText = z.string().nullable().optional();

/** A calendar invitee of a meeting. Name and email may be null (an invite without them). */
export const FathomInvitee = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  email_domain: optionalText,
  is_external: z.boolean(),
  /** The transcript speaker Fathom matched to this invitee: they spoke. */
  matched_speaker_display_name: optionalText,
});
export type FathomInvitee = z.infer<typeof FathomInvitee>;

/** The Fathom user who recorded the meeting. */
export const FathomUser = z.object({
  name: z.string(),
  email: z.string(),
  email_domain: optionalText,
  team: optionalText,
});
export type FathomUser = z.infer<typeof FathomUser>;

/** `default_summary` (with `include_summary=true`) and `GET /recordings/{id}/summary`'s `summary`. */
export const FathomSummary = z.object({
  template_name: optionalText,
  markdown_formatted: optionalText,
});
export type FathomSummary = z.infer<typeof FathomSummary>;

// The meeting schema checks what the connector reads and strips the rest
// from the parsed copy; the record keeps Fathom's object as its raw row.
// Invitees are checked one by one by the child streams, so one malformed
// invitee is a dead letter of its own instead of rejecting the meeting.
export const FathomMeeting = z.object({
  recording_id: z.number().int().positive(),
  title: z.string(),
  meeting_title: optionalText,
  url: optionalText,
  share_url: optionalText,
  created_at: stamp,
  scheduled_start_time: optionalStamp,
  scheduled_end_time: optionalStamp,
  recording_start_time: optionalStamp,
  recording_end_time: optionalStamp,
  calendar_invitees_domains_type: optionalText,
  transcript_language: optionalText,
  default_summary: FathomSummary.nullable().optional(),
  calendar_invitees: z.array(z.unknown()),
  recorded_by: FathomUser.nullable().optional(),
});
export type FathomMeeting = z.infer<typeof FathomMeeting>;

/** `GET /meetings`: `{limit, next_cursor, items}`. */
export const FathomMeetingList = z.object({
  limit: z.number().int().nullable().optional(),
  next_cursor: z.string().nullable(),
  items: z.array(z.unknown()),
});

/** `GET /teams`: `{limit, next_cursor, items: [{name, created_at}]}`, the health check's probe. */
export const FathomTeamList = z.object({
  next_cursor: z.string().nullable(),
  items: z.array(z.object({ name: z.string(), created_at: stamp })),
});

/** Fathom documents no error body; what it sends is read leniently for its message. */
export const FathomErrorBody = z.object({
  error: z.string().optional(),
  message: z.string().optional(),
  errors: z.array(z.string()).optional(),
});

/** A meeting's id as the canonical `externalId`: the recording id. */
export const meetingId = (m: Pick<FathomMeeting, 'recording_id'>): string => String(m.recording_id);
