import { createHash } from 'node:crypto';
import type { ExpectedRecords } from '@tributary/conformance';
import type { O365Simulator, SimEvent, SimMessage, SimRecipient } from '../sandbox/index.js';

/** The privacy settings a test connection runs with. */
export interface TestPrivacy {
  allowedDomains: string[];
  ownDomain: string;
  includeSubjects: boolean;
}

type Side = 'internal' | 'allowed' | 'withheld';

/**
 * What the connector must store from the simulated mailbox, computed from
 * the simulator's data and the privacy settings alone (not from connector
 * code): an item is kept only with a participant in an allowed domain;
 * only those participants are stored; the rest are counted.
 */
export function o365Expected(sim: O365Simulator, privacy: TestPrivacy, now: Date = new Date()): ExpectedRecords {
  const activity = new Map<string, Record<string, unknown>>();
  const participants = new Map<string, Record<string, unknown>>();
  const sideOf = (address: string): Side => {
    const domain = address.split('@')[1] ?? '';
    const own = [privacy.ownDomain, sim.mailbox.domain];
    if (own.some((o) => domain === o || domain.endsWith(`.${o}`))) return 'internal';
    return privacy.allowedDomains.includes(domain) ? 'allowed' : 'withheld';
  };
  const screen = (id: string, list: [string, SimRecipient, Record<string, unknown>?][]) => {
    const counts = { internal: 0, allowed: 0, withheld: 0 };
    const kept: [string, SimRecipient, Record<string, unknown>?][] = [];
    for (const entry of list) {
      const side = sideOf(entry[1].emailAddress.address);
      counts[side]++;
      if (side === 'allowed') kept.push(entry);
    }
    for (const [role, r] of kept) {
      const email = r.emailAddress.address.toLowerCase();
      participants.set(`${id}:${role}:${email}`, { activityExternalId: id, role, email, name: r.emailAddress.name, internal: false });
    }
    return { counts, first: kept[0]?.[1].emailAddress.address.toLowerCase() };
  };
  for (const folder of ['inbox', 'sentitems'] as const) {
    for (const item of sim.store.live(folder)) if ('folder' in item) addMessage(item, folder);
  }
  const window = calendarWindowOf(now);
  for (const item of sim.store.live('calendar')) if ('start' in item) addEvent(item);
  return { activity, activity_participant: participants };

  function addMessage(m: SimMessage, folder: 'inbox' | 'sentitems') {
    if (m.isDraft) return;
    const list: [string, SimRecipient][] = [
      ['from', m.from],
      ...m.toRecipients.map((r): [string, SimRecipient] => ['to', r]),
      ...m.ccRecipients.map((r): [string, SimRecipient] => ['cc', r]),
    ];
    const { counts, first } = screen(m.id, list);
    if (counts.allowed === 0) return;
    activity.set(m.id, {
      type: folder === 'sentitems' ? 'email_sent' : 'email_received',
      channel: 'email',
      occurredAt: new Date(folder === 'sentitems' ? m.sentDateTime : m.receivedDateTime),
      personExternalId: first,
      properties: jsonbOrder({
        folder,
        internetMessageIdHash: createHash('sha256').update(m.internetMessageId).digest('hex'),
        conversationId: m.conversationId,
        ...(privacy.includeSubjects ? { subject: m.subject } : {}),
        participants: counts,
      }),
    });
  }

  function addEvent(e: SimEvent) {
    const start = Date.parse(`${e.start.dateTime.slice(0, 23)}Z`);
    if (start < window.start || start >= window.end) return;
    const people = e.attendees.filter((a) => a.type !== 'resource');
    const list: [string, SimRecipient, Record<string, unknown>?][] = [
      ['organizer', e.organizer],
      ...people.map((a): [string, SimRecipient] => ['attendee', a]),
    ];
    const { counts, first } = screen(e.id, list);
    if (counts.allowed === 0) return;
    activity.set(e.id, {
      type: 'meeting',
      channel: 'meetings',
      occurredAt: new Date(start),
      personExternalId: first,
      properties: jsonbOrder({
        durationMinutes: Math.round((Date.parse(`${e.end.dateTime.slice(0, 23)}Z`) - start) / 60_000),
        isAllDay: e.isAllDay,
        isCancelled: e.isCancelled,
        isOnlineMeeting: e.isOnlineMeeting,
        onlineMeetingProvider: e.onlineMeetingProvider,
        eventType: e.type,
        iCalUId: e.iCalUId,
        seriesMasterId: e.seriesMasterId,
        ...(privacy.includeSubjects ? { subject: e.subject } : {}),
        participants: counts,
      }),
    });
  }
}

/** An object's keys in the order PostgreSQL's jsonb keeps them (shorter first, then bytewise), nested objects too. */
function jsonbOrder(value: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(value).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const nested = (v: unknown): unknown => (v && typeof v === 'object' && !Array.isArray(v) ? jsonbOrder({ ...v }) : v);
  return Object.fromEntries(keys.map((k) => [k, nested(value[k])]));
}

/** The calendar window of `now`'s month: 90 days before its first day to 30 days after the next month's (the default settings). */
function calendarWindowOf(now: Date): { start: number; end: number } {
  const day = 86_400_000;
  return {
    start: Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 90 * day,
    end: Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) + 30 * day,
  };
}
