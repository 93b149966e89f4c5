import type { ExpectedRecords } from '@tributary/conformance';
import type { FathomSimulator, SimInvitee, SimMeeting } from '../sandbox/index.js';

type Fields = Record<string, unknown>;

const lower = (email: string | null): string | undefined => email?.toLowerCase() ?? undefined;

function nameParts(name: string | null): Fields {
  const words = (name ?? '').split(' ').filter(Boolean);
  if (words.length === 0) return { firstName: undefined, lastName: undefined };
  if (words.length === 1) return { firstName: words[0], lastName: undefined };
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1) };
}

function participantsOf(m: SimMeeting, into: Map<string, Fields>): void {
  const id = String(m.recording_id);
  const row = (role: string, i: SimInvitee, name: string | null) => {
    into.set(`${id}:${role}:${lower(i.email)}`, {
      activityExternalId: id,
      role,
      email: lower(i.email),
      name: name ?? undefined,
      internal: !i.is_external,
      personExternalId: i.is_external ? lower(i.email) : undefined,
    });
  };
  for (const i of m.calendar_invitees) row('attendee', i, i.name);
  for (const i of m.calendar_invitees) if (i.matched_speaker_display_name) row('speaker', i, i.name ?? i.matched_speaker_display_name);
  const r = m.recorded_by;
  into.set(`${id}:recorder:${r.email.toLowerCase()}`, {
    activityExternalId: id,
    role: 'recorder',
    email: r.email.toLowerCase(),
    name: r.name,
    internal: true,
  });
}

/**
 * What Fathom holds, as canonical expectations, computed from the
 * simulator's meetings without the connector's code: one `meeting`
 * activity per meeting (at the recording start, linked to the first
 * outside invitee), a participant per invitee, per speaker matched to one
 * and per recorder, and a person per outside invitee. Malformed meetings
 * are dead letters, so neither they nor their people are expected.
 */
export function fathomExpected(sim: FathomSimulator): ExpectedRecords {
  const broken = new Set(sim.data.malformedRecordingIds());
  const activity = new Map<string, Fields>();
  const activity_participant = new Map<string, Fields>();
  const person = new Map<string, Fields>();
  for (const m of sim.data.meetings()) {
    if (broken.has(m.recording_id)) continue;
    const outside = m.calendar_invitees.filter((i) => i.is_external);
    activity.set(String(m.recording_id), {
      type: 'meeting',
      channel: 'meetings',
      occurredAt: new Date(m.recording_start_time),
      personExternalId: lower(outside[0]?.email ?? null),
    });
    participantsOf(m, activity_participant);
    for (const i of outside) person.set(lower(i.email) ?? '', { email: lower(i.email), kind: 'meeting_invitee', ...nameParts(i.name) });
  }
  return { activity, activity_participant, person };
}
