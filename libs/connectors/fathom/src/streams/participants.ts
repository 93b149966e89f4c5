import { defineChild, type ItemContext } from '@tributary/core';
import { z } from 'zod';
import { FathomInvitee, FathomMeeting, FathomUser, meetingId } from '../api.js';
import { addressOf, externalInvitees, splitName, validInvitees } from './invitees.js';

/**
 * One participant row as the child streams read it: the role Tributary
 * gives the person and Fathom's own object for them (a calendar invitee,
 * or the `recorded_by` user).
 */
export const FathomParticipant = z.discriminatedUnion('role', [
  z.object({ role: z.literal('attendee'), person: FathomInvitee }),
  z.object({ role: z.literal('speaker'), person: FathomInvitee }),
  z.object({ role: z.literal('recorder'), person: FathomUser }),
]);
export type FathomParticipant = z.infer<typeof FathomParticipant>;

/** What a child's derive needs of its meeting (parsed again: the parent reaches it untyped). */
const Parent = FathomMeeting.pick({ recording_id: true, calendar_invitees: true });
const parentOf = (context: ItemContext) => Parent.parse(context.parent);

/** An invitee without a name or an address identifies nobody: it is left out. */
const identifies = (raw: unknown): boolean => {
  const parsed = FathomInvitee.safeParse(raw);
  return !parsed.success || Boolean(addressOf(parsed.data.email) ?? parsed.data.name?.trim());
};

/**
 * Participant rows of one meeting: every calendar invitee as `attendee`,
 * each invitee Fathom matched to a transcript speaker once more as
 * `speaker`, and the user who recorded it as `recorder`. Fathom names no
 * organizer, so none is invented.
 */
export function participantsOf(meeting: FathomMeeting): unknown[] {
  const attendees = meeting.calendar_invitees.filter(identifies).map((person) => ({ role: 'attendee', person }));
  const speakers = meeting.calendar_invitees
    .filter((raw) => Boolean(FathomInvitee.safeParse(raw).data?.matched_speaker_display_name) && identifies(raw))
    .map((person) => ({ role: 'speaker', person }));
  const recorder = meeting.recorded_by ? [{ role: 'recorder', person: meeting.recorded_by }] : [];
  return [...attendees, ...speakers, ...recorder];
}

/** The recorder is internal unless the calendar says otherwise (a recording shared from another company). */
function recorderInternal(meeting: Pick<FathomMeeting, 'calendar_invitees'>, address: string | undefined): boolean {
  const invitee = validInvitees(meeting).find((i) => address !== undefined && addressOf(i.email) === address);
  return invitee ? !invitee.is_external : true;
}

/**
 * Canonical values of a participant row. `externalId` is (meeting, role,
 * address), or the name when the invite has no address.
 *
 * @example
 * deriveParticipant({ role: 'attendee', person: { name: 'Ada', email: 'Ada@X.test', is_external: true } }, { parent: meeting })
 * // { externalId: '123:attendee:ada@x.test', activityExternalId: '123', email: 'ada@x.test', internal: false, personExternalId: 'ada@x.test', ... }
 */
export function deriveParticipant(p: FathomParticipant, context: ItemContext): Record<string, unknown> {
  const meeting = parentOf(context);
  const address = addressOf(p.person.email);
  const internal = p.role === 'recorder' ? recorderInternal(meeting, address) : !p.person.is_external;
  const speakerName = p.role === 'speaker' ? p.person.matched_speaker_display_name : undefined;
  const name = p.person.name?.trim() || speakerName?.trim() || undefined;
  return {
    externalId: `${meetingId(meeting)}:${p.role}:${address ?? `name:${name ?? ''}`}`,
    activityExternalId: meetingId(meeting),
    email: address,
    name,
    internal,
    personExternalId: !internal ? address : undefined,
  };
}

/** `calendar_invitees[]`, the speakers matched to them and `recorded_by` -> ActivityParticipant. */
export const meetingParticipants = defineChild<FathomMeeting, FathomParticipant>({
  name: 'meeting_participants',
  entity: 'activity_participant',
  description: 'Meeting participants: invitees (internal or external), the speakers matched to them, the recorder',
  label: 'participant',
  primaryKey: 'person.email',
  schema: FathomParticipant,
  items: (meeting) => participantsOf(meeting),
  derive: deriveParticipant,
});

/**
 * External invitees -> Person, keyed by their address, so the people a
 * meeting was with are linked by email to what other sources know of them.
 * The row is the invitee's identity only (name, address, domain): what
 * varies per meeting (whether they spoke) stays on the participant.
 */
export const meetingInvitees = defineChild<FathomMeeting, FathomInvitee>({
  name: 'meeting_invitees',
  entity: 'person',
  description: 'External meeting invitees as people, keyed by email',
  label: 'invitee',
  primaryKey: 'email',
  schema: FathomInvitee,
  items: (meeting) =>
    externalInvitees(meeting).map((i) => ({ name: i.name, email: i.email, email_domain: i.email_domain ?? null, is_external: true })),
  derive: (i) => ({ externalId: addressOf(i.email), ...splitName(i.name), kind: 'meeting_invitee' }),
});
