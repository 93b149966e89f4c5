import { defineStream, type PageWindow, type Query } from '@tributary/core';
import { FathomMeeting, FathomMeetingList } from '../api.js';
import { overlapMs, type FathomSettings } from '../config.js';
import { summarySentiment } from '../sentiment.js';
import { addressOf, externalInvitees, validInvitees } from './invitees.js';
import { meetingInvitees, meetingParticipants } from './participants.js';

/** Fathom's own spelling of a time (`2025-03-01T17:01:30Z`), floored to the second: an earlier bound only re-reads more. */
export function fathomTime(iso: string): string {
  return new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * The `GET /meetings` query of one page window: `created_after` from the
 * watermark (minus the overlap), the summary only when the connection
 * reads it, and the team filter.
 *
 * @example
 * meetingsQuery({ token: null, since: '2026-10-01T09:30:00.250Z' }, { overlapHours: 24, includeSummary: false, teams: [] })
 * // { created_after: '2026-10-01T09:30:00Z', include_summary: undefined, 'teams[]': undefined }
 */
export function meetingsQuery(window: PageWindow, settings: FathomSettings): Query {
  return {
    created_after: window.since ? fathomTime(window.since) : undefined,
    include_summary: settings.includeSummary ? 'true' : undefined,
    'teams[]': settings.teams.length > 0 ? settings.teams : undefined,
  };
}

const secondsBetween = (from?: string | null, to?: string | null): number | null =>
  from && to ? Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000)) : null;

/** Whether Fathom has a summary: null when it was not asked for (the field is then absent). */
export function summaryPresence(m: Pick<FathomMeeting, 'default_summary'>): boolean | null {
  if (m.default_summary === undefined) return null;
  return Boolean(m.default_summary?.markdown_formatted?.trim());
}

/** What a read summary adds: its text, its template, and the sentiment Tributary computes from it (Fathom has none). */
function summaryProperties(markdown: string, template: string | null | undefined): Record<string, unknown> {
  return { summary: markdown, summaryTemplate: template ?? null, sentiment: summarySentiment(markdown) ?? null };
}

/** The activity's properties: what the meeting was, how long, who recorded it, and what Fathom made of it. */
export function meetingProperties(m: FathomMeeting): Record<string, unknown> {
  const hasSummary = summaryPresence(m);
  return {
    title: m.title,
    meetingTitle: m.meeting_title ?? null,
    url: m.url ?? null,
    shareUrl: m.share_url ?? null,
    durationSeconds: secondsBetween(m.recording_start_time, m.recording_end_time),
    scheduledStart: m.scheduled_start_time ?? null,
    scheduledEnd: m.scheduled_end_time ?? null,
    recordedBy: addressOf(m.recorded_by?.email) ?? null,
    recordedByName: m.recorded_by?.name ?? null,
    team: m.recorded_by?.team ?? null,
    transcriptLanguage: m.transcript_language ?? null,
    inviteesDomainsType: m.calendar_invitees_domains_type ?? null,
    invitees: validInvitees(m).length,
    externalInvitees: externalInvitees(m).length,
    hasSummary,
    ...(hasSummary ? summaryProperties(m.default_summary?.markdown_formatted ?? '', m.default_summary?.template_name) : {}),
  };
}

/**
 * A meeting -> Activity `meeting` on the `meetings` channel, at the
 * recording's start (else the scheduled start), linked to its first
 * external invitee; every invitee is a participant.
 */
export function deriveMeeting(m: FathomMeeting): Record<string, unknown> {
  return {
    type: 'meeting',
    channel: 'meetings',
    occurredAt: m.recording_start_time ?? m.scheduled_start_time ?? m.created_at,
    personExternalId: addressOf(externalInvitees(m)[0]?.email),
    properties: meetingProperties(m),
  };
}

/**
 * `GET /meetings` (https://developers.fathom.ai/api-overview; parameters as
 * in Fathom's SDK, `ListMeetingsRequest`) -> Activity, with the meeting's
 * participants and external invitees as child streams. Meetings have no
 * `updated_at`: incremental runs read by `created_after`, so an edit to an
 * older meeting waits for a full sync (see the README).
 */
export const meetings = defineStream<FathomMeeting, FathomSettings>({
  name: 'meetings',
  entity: 'activity',
  description: 'Recorded meetings, as `meeting` activities on the meetings channel',
  label: 'meeting',
  primaryKey: 'recording_id',
  request: (window, ctx) => ({ path: '/meetings', query: meetingsQuery(window, ctx.settings) }),
  response: FathomMeetingList,
  schema: FathomMeeting,
  incremental: { type: 'updatedSince', cursorField: 'created_at', overlapMs: (ctx) => overlapMs(ctx.settings) },
  derive: (m) => deriveMeeting(m),
  children: [meetingParticipants, meetingInvitees],
});
