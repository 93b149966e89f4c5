import { hashSeed, type Rng } from '@tributary/sandbox';
import { actionItemsFor, summaryFor, titleFor, transcriptFor, type Tone } from './content.js';
import type { SimInvitee, SimMeeting, SimTeamMember } from './types.js';
import { fathomIso, type SimContact, type World } from './world.js';

const MINUTE = 60_000;
const LANGUAGES = { en: 80, de: 7, fr: 7, es: 6 } as const;

/** Recording ids are large integers, unique per meeting. */
export const recordingIdOf = (world: Pick<World, 'seed'>, index: number): number => 100_000_000 + index * 17 + (world.seed % 17);

/** The index of a recording id (undefined when it is not one of this world's). */
export function indexOfRecording(world: Pick<World, 'seed'>, recordingId: number): number | undefined {
  const offset = recordingId - 100_000_000 - (world.seed % 17);
  return offset >= 0 && offset % 17 === 0 ? offset / 17 : undefined;
}

const token = (seed: number, index: number): string => hashSeed(seed, 'share', index).toString(36).padStart(7, '0');

function distinct<T>(rng: Rng, pool: readonly T[], count: number, except: readonly T[] = []): T[] {
  const chosen: T[] = [];
  for (let tries = 0; chosen.length < Math.min(count, pool.length - except.length) && tries < count * 10; tries++) {
    const pick = rng.pick(pool);
    if (!chosen.includes(pick) && !except.includes(pick)) chosen.push(pick);
  }
  return chosen;
}

const speakerName = (rng: Rng, name: string | null, email: string): string | null =>
  rng.chance(0.85) ? (name ?? email.split('@')[0] ?? email) : null;

function memberInvitee(rng: Rng, m: SimTeamMember, own: string): SimInvitee {
  return {
    name: m.name,
    matched_speaker_display_name: speakerName(rng, m.name, m.email),
    email: m.email,
    email_domain: own,
    is_external: false,
  };
}

function contactInvitee(rng: Rng, c: SimContact): SimInvitee {
  return {
    name: c.name,
    matched_speaker_display_name: speakerName(rng, c.name, c.email),
    email: c.email,
    email_domain: c.domain,
    is_external: true,
  };
}

/** Who was invited: the recorder, up to two colleagues, and for an external meeting one to three outside people. */
function inviteesFor(rng: Rng, world: World, recorder: SimTeamMember, external: boolean): SimInvitee[] {
  const own = world.company.domain;
  const colleagues = distinct(rng, world.members, rng.int(external ? 0 : 1, 2), [recorder]);
  const outside = external ? distinct(rng, world.contacts, rng.int(1, 3)) : [];
  return [
    { ...memberInvitee(rng, recorder, own), matched_speaker_display_name: recorder.name },
    ...colleagues.map((m) => memberInvitee(rng, m, own)),
    ...outside.map((c) => contactInvitee(rng, c)),
  ];
}

/** The meeting's times, backwards from when Fathom created it: it ended minutes before, and was scheduled on a quarter hour. */
function timesFor(rng: Rng, createdAt: number) {
  const durationMs = rng.int(15, 60) * MINUTE;
  const end = createdAt - rng.int(2, 9) * MINUTE;
  const start = end - durationMs;
  const scheduledStart = Math.floor(start / (15 * MINUTE)) * 15 * MINUTE;
  const scheduledEnd = scheduledStart + Math.ceil(durationMs / (15 * MINUTE)) * 15 * MINUTE;
  return { start, end, scheduledStart, scheduledEnd, durationSeconds: Math.round(durationMs / 1000) };
}

/**
 * Meeting `index`, created at `createdAt` (ms), from `rng` alone: a
 * recorder, invitees (70% of meetings have outside people), times,
 * title, a transcript, a summary whose tone varies, and action items.
 */
export function generateMeeting(world: World, index: number, createdAt: number, rng: Rng): SimMeeting {
  const recorder = rng.pick(world.members);
  const external = rng.chance(0.7);
  const invitees = inviteesFor(rng, world, recorder, external);
  const outsider = invitees.find((i) => i.is_external);
  const times = timesFor(rng, createdAt);
  const title = titleFor(rng, world.company.domain, outsider?.email_domain ?? undefined, recorder.team);
  const recordingId = recordingIdOf(world, index);
  const url = `https://fathom.video/calls/${recordingId}`;
  const tone = rng.weighted<Tone>({ positive: 45, neutral: 35, negative: 20 });
  return {
    title,
    meeting_title: rng.chance(0.9) ? title : null,
    meeting_type: external ? 'external' : 'internal',
    recording_id: recordingId,
    url,
    share_url: `https://fathom.video/share/${token(world.seed, index)}`,
    meeting_url: `https://meet.google.com/${token(world.seed + 1, index).slice(0, 3)}-${token(world.seed + 2, index).slice(0, 4)}`,
    created_at: fathomIso(createdAt),
    scheduled_start_time: fathomIso(times.scheduledStart),
    scheduled_end_time: fathomIso(times.scheduledEnd),
    recording_start_time: fathomIso(times.start),
    recording_end_time: fathomIso(times.end),
    calendar_invitees_domains_type: external ? 'one_or_more_external' : 'only_internal',
    transcript_language: rng.weighted(LANGUAGES),
    calendar_invitees: invitees,
    recorded_by: { name: recorder.name, email: recorder.email, email_domain: world.company.domain, team: recorder.team },
    transcript: transcriptFor(rng, invitees, times.durationSeconds),
    default_summary: summaryFor(rng, title, tone),
    action_items: actionItemsFor(rng, url, invitees[0] as SimInvitee, recorder.team),
  };
}
