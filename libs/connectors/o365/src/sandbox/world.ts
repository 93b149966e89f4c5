import { fake, hashSeed, rngFor, type Rng } from '@tributary/sandbox';
import type { SimAttendee, SimEvent, SimMessage, SimPerson, SimRecipient } from './types.js';

/** The simulated tenant's own domain, and the mailbox that signs in (Microsoft's sample user). */
export const OWN_DOMAIN = 'northwind.example';
export const MAILBOX: SimPerson = { name: 'Alex Wilber', address: `alex.wilber@${OWN_DOMAIN}` };
/** Companies the mailbox corresponds with; a tenant allows some of them. */
export const EXTERNAL_DOMAINS = ['acme.example', 'globex.example', 'initech.example', 'umbrella.example'] as const;

const DAY = 86_400_000;

/** `count` people at `domain`, the same for a seed. */
function peopleAt(seed: number, domain: string, count: number): SimPerson[] {
  return Array.from({ length: count }, (_, i) => {
    const rng = rngFor(seed, i, `people:${domain}`);
    const first = fake.firstName(rng);
    const last = fake.lastName(rng);
    return { name: `${first} ${last}`, address: fake.email(rng, first, `${last}${i}`, domain).toLowerCase() };
  });
}

/** Colleagues of the mailbox and contacts at each external company. */
export function peopleOf(seed: number): { internal: SimPerson[]; external: SimPerson[] } {
  return { internal: peopleAt(seed, OWN_DOMAIN, 6), external: EXTERNAL_DOMAINS.flatMap((d) => peopleAt(seed, d, 5)) };
}

export const recipient = (p: SimPerson): SimRecipient => ({ emailAddress: { name: p.name, address: p.address } });

/** A Graph-looking opaque id (`AAMkAG...`), unique per (seed, kind, n). */
export function graphId(seed: number, kind: string, n: number): string {
  const hash = (k: number) => hashSeed(seed, kind, n, k).toString(36).padStart(7, '0');
  return `AAMkAG${hash(1)}${hash(2)}${hash(3)}AAA${n.toString(36)}=`;
}

/** Who else is on a message or meeting: mostly external contacts, some colleagues, now and then only colleagues. */
function others(rng: Rng, people: ReturnType<typeof peopleOf>, count: number): SimPerson[] {
  const internalOnly = rng.chance(0.2);
  return Array.from({ length: count }, () => (internalOnly || rng.chance(0.25) ? rng.pick(people.internal) : rng.pick(people.external)));
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Message `n` of a folder, received `n` hours-ish before `at` (newest first). */
export function makeMessage(seed: number, folder: 'inbox' | 'sentitems', n: number, at: number): SimMessage {
  const rng = rngFor(seed, n, `message:${folder}`);
  const people = peopleOf(seed);
  const id = graphId(seed, folder, n);
  const [counterpart = MAILBOX, ...rest] = others(rng, people, rng.int(1, 4));
  const from = folder === 'inbox' ? counterpart : MAILBOX;
  const to = folder === 'inbox' ? [MAILBOX, ...rest.slice(0, 1)] : [counterpart, ...rest.slice(0, 1)];
  const cc = rest.slice(1);
  const sent = at - rng.int(1, 300) * 1000;
  const subject = `${fake.sentence(rng, 3)} (${id.slice(-6)})`;
  return {
    id,
    folder,
    createdDateTime: iso(at),
    lastModifiedDateTime: iso(at),
    changeKey: `CQAAABYAAAD${hashSeed(seed, id, 0).toString(36)}`,
    receivedDateTime: iso(folder === 'inbox' ? at : sent),
    sentDateTime: iso(sent),
    subject,
    bodyPreview: `${fake.sentence(rng, 8)}...`,
    body: { contentType: 'html', content: `<html><body><p>${fake.sentence(rng, 20)}</p></body></html>` },
    importance: rng.pick(['low', 'normal', 'normal', 'high'] as const),
    isRead: rng.chance(0.7),
    isDraft: false,
    hasAttachments: rng.chance(0.2),
    internetMessageId: `<${id.slice(6, 20)}@${from.address.split('@')[1] ?? OWN_DOMAIN}>`,
    conversationId: `AAQkAG${hashSeed(seed, 'conversation', n % 17).toString(36)}=`,
    parentFolderId: `AQMkAD${folder}`,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(id)}`,
    sender: recipient(from),
    from: recipient(from),
    toRecipients: to.map(recipient),
    ccRecipients: cc.map(recipient),
    bccRecipients: [],
    replyTo: [],
  };
}

/** Meeting `n`, starting within the window from 120 days before `at` to 45 days after. */
export function makeEvent(seed: number, n: number, at: number): SimEvent {
  const rng = rngFor(seed, n, 'event');
  const people = peopleOf(seed);
  const id = graphId(seed, 'event', n);
  const start = Math.floor((at - 120 * DAY + rng.int(0, 165 * 24) * 3_600_000) / 1_800_000) * 1_800_000;
  const end = start + rng.pick([30, 30, 45, 60, 90]) * 60_000;
  const organizerIsMe = rng.chance(0.5);
  const guests = others(rng, people, rng.int(1, 4));
  const organizer = organizerIsMe ? MAILBOX : (guests[0] ?? MAILBOX);
  const attendee = (p: SimPerson, type: SimAttendee['type']): SimAttendee => ({
    ...recipient(p),
    type,
    status: { response: rng.pick(['accepted', 'tentativelyAccepted', 'none'] as const), time: iso(start - DAY) },
  });
  const room: SimPerson = { name: 'Conference Room Adams', address: `adams@${OWN_DOMAIN}` };
  const local = (ms: number) => ({ dateTime: new Date(ms).toISOString().replace('Z', '0000'), timeZone: 'UTC' });
  const online = rng.chance(0.6);
  return {
    id,
    createdDateTime: iso(start - 7 * DAY),
    lastModifiedDateTime: iso(start - 7 * DAY),
    changeKey: `DwAAABYAAAD${hashSeed(seed, id, 0).toString(36)}`,
    iCalUId: `040000008200E00074C5B7101A82E008${hashSeed(seed, 'ical', n).toString(16).padStart(8, '0')}`,
    subject: `${fake.sentence(rng, 2)} sync (${id.slice(-6)})`,
    bodyPreview: fake.sentence(rng, 10),
    body: { contentType: 'html', content: `<p>${fake.sentence(rng, 15)}</p>` },
    start: local(start),
    end: local(end),
    isAllDay: false,
    isCancelled: false,
    isOrganizer: organizerIsMe,
    isOnlineMeeting: online,
    onlineMeetingProvider: online ? 'teamsForBusiness' : 'unknown',
    onlineMeeting: online ? { joinUrl: `https://teams.microsoft.com/l/meetup-join/${id.slice(6, 16)}` } : null,
    showAs: 'busy',
    type: 'singleInstance',
    seriesMasterId: null,
    location: online
      ? { displayName: 'Microsoft Teams Meeting', locationType: 'default' }
      : { displayName: room.name, locationType: 'conferenceRoom' },
    organizer: recipient(organizer),
    attendees: [
      ...(organizerIsMe ? [] : [attendee(MAILBOX, 'required')]),
      ...guests.filter((g) => g !== organizer).map((g, i) => attendee(g, i === 0 ? 'required' : 'optional')),
      ...(online ? [] : [attendee(room, 'resource')]),
    ],
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}`,
  };
}
