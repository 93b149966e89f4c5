import { defineChild } from '@tributary/core';
import { z } from 'zod';
import type { GraphRecipient } from '../api.js';

/**
 * One participant of a message or meeting, as the child streams emit it:
 * `key` is (activity, role, address). Only allowed external participants
 * get here (items are screened first), so `internal` is always false: the
 * tenant's own people and other domains are never stored, only counted on
 * the activity.
 */
export const O365Participant = z.object({
  key: z.string().min(1),
  activityId: z.string().min(1),
  role: z.enum(['from', 'to', 'cc', 'organizer', 'attendee']),
  address: z.email(),
  name: z.string().nullish(),
  /** Meetings: required or optional attendee, and the response. */
  attendeeType: z.string().nullish(),
  response: z.string().nullish(),
});
export type O365Participant = z.infer<typeof O365Participant>;

/**
 * A participant row for one recipient.
 *
 * @example
 * participantOf('m1', 'to', { emailAddress: { address: 'jo@acme.com', name: 'Jo' } })
 * // { key: 'm1:to:jo@acme.com', activityId: 'm1', role: 'to', address: 'jo@acme.com', name: 'Jo' }
 */
export function participantOf(
  activityId: string,
  role: O365Participant['role'],
  recipient: GraphRecipient,
  extra: { attendeeType?: string | null; response?: string | null } = {},
): Record<string, unknown> {
  const address = recipient.emailAddress?.address ?? '';
  return { key: `${activityId}:${role}:${address}`, activityId, role, address, name: recipient.emailAddress?.name ?? null, ...extra };
}

const participantDerive = (p: O365Participant) => ({ activityExternalId: p.activityId, internal: false });

interface MessageShape {
  id: string;
  from: GraphRecipient | null;
  toRecipients: GraphRecipient[];
  ccRecipients: GraphRecipient[];
}

/** `from`, `to` and `cc` of a message (allowed domains only) -> activity_participant. */
export const messageParticipants = defineChild<MessageShape, O365Participant>({
  name: 'message_participants',
  entity: 'activity_participant',
  description: 'Allowed external senders and recipients (from, to, cc) of each message',
  primaryKey: 'key',
  label: 'message participant',
  schema: O365Participant,
  items: (m) => [
    ...(m.from ? [participantOf(m.id, 'from', m.from)] : []),
    ...m.toRecipients.map((r) => participantOf(m.id, 'to', r)),
    ...m.ccRecipients.map((r) => participantOf(m.id, 'cc', r)),
  ],
  derive: participantDerive,
});

interface EventShape {
  id: string;
  organizer: GraphRecipient | null;
  attendees: (GraphRecipient & {
    type?: string | null | undefined;
    status?: { response?: string | null | undefined } | null | undefined;
  })[];
}

/** The organizer and attendees of a meeting (allowed domains only) -> activity_participant. */
export const eventParticipants = defineChild<EventShape, O365Participant>({
  name: 'event_participants',
  entity: 'activity_participant',
  description: 'Allowed external organizer and attendees of each meeting',
  primaryKey: 'key',
  label: 'meeting participant',
  schema: O365Participant,
  items: (e) => [
    ...(e.organizer ? [participantOf(e.id, 'organizer', e.organizer)] : []),
    ...e.attendees.map((a) => participantOf(e.id, 'attendee', a, { attendeeType: a.type ?? null, response: a.status?.response ?? null })),
  ],
  derive: participantDerive,
});
