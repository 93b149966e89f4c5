import { describe, expect, it } from 'vitest';
import { O365Privacy } from '../config.js';
import { policyOf } from '../privacy.js';
import { calendarWindow, graphUtc } from './calendar-window.js';
import { events, screenEvent } from './events.js';
import { messages, messageSelect, screenMessage } from './messages.js';
import { toRecords } from '@tributary/core';

const privacy = O365Privacy.parse({ allowedDomains: ['acme.com'], ownDomain: 'us.com', dpaAcceptedAt: '2026-12-06T10:00:00Z' });
const policy = policyOf(privacy);
const r = (address: string, name = 'N') => ({ emailAddress: { address, name } });

const message = {
  '@odata.etag': 'W/"x"',
  id: 'm1',
  subject: 'Pricing for Q1',
  bodyPreview: 'secret',
  receivedDateTime: '2026-12-01T09:00:00Z',
  sentDateTime: '2026-12-01T08:59:00Z',
  internetMessageId: '<abc@acme.com>',
  conversationId: 'c1',
  from: r('kim@acme.com', 'Kim'),
  toRecipients: [r('me@us.com'), r('lee@gmail.com')],
  ccRecipients: [r('pat@acme.com', 'Pat')],
};

describe('screening a message', () => {
  it('keeps metadata and allowed people only, hashes the Message-ID, drops subject and body', () => {
    const screened = screenMessage(message, policy);
    expect(screened).toEqual({
      id: 'm1',
      receivedDateTime: '2026-12-01T09:00:00Z',
      sentDateTime: '2026-12-01T08:59:00Z',
      internetMessageIdHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      conversationId: 'c1',
      from: r('kim@acme.com', 'Kim'),
      toRecipients: [],
      ccRecipients: [r('pat@acme.com', 'Pat')],
      participantCounts: { internal: 1, allowed: 2, withheld: 1 },
    });
    expect(JSON.stringify(screened)).not.toMatch(/us\.com|gmail|secret|Pricing/);
    expect(screenMessage(message, { ...policy, includeSubjects: true })['subject']).toBe('Pricing for Q1');
  });

  it('turns a message without an allowed participant, a draft or a deletion into a tombstone', () => {
    expect(screenMessage({ ...message, from: r('me@us.com'), ccRecipients: [] }, policy)).toEqual({
      id: 'm1',
      '@removed': { reason: 'withheld' },
    });
    expect(screenMessage({ ...message, isDraft: true }, policy)).toEqual({ id: 'm1', '@removed': { reason: 'withheld' } });
    expect(screenMessage({ id: 'm2', '@removed': { reason: 'deleted' } }, policy)).toEqual({ id: 'm2', '@removed': { reason: 'deleted' } });
  });

  it('becomes an activity by folder with its allowed participants right after it', () => {
    const { records, rejected } = toRecords(messages, [screenMessage(message, policy)], { partition: { key: 'sentitems' } }, 'Office 365');
    expect(rejected).toEqual([]);
    expect(records.map((x) => [x.stream, x.derived?.['type'] ?? x.raw['role'], x.derived?.['occurredAt'] ?? x.raw['address']])).toEqual([
      ['messages', 'email_sent', '2026-12-01T08:59:00Z'],
      ['message_participants', 'from', 'kim@acme.com'],
      ['message_participants', 'cc', 'pat@acme.com'],
    ]);
    expect(records[1]?.derived).toEqual({ activityExternalId: 'm1', internal: false });
  });

  it('asks Graph for metadata fields only, and for subjects only when allowed', () => {
    expect(messageSelect({ privacy }).split(',')).not.toContain('subject');
    expect(messageSelect({ privacy: { ...privacy, includeSubjects: true } }).split(',')).toContain('subject');
    expect(messageSelect({ privacy })).not.toMatch(/body/i);
  });
});

describe('screening a meeting', () => {
  const event = {
    id: 'e1',
    subject: 'Renewal',
    body: { content: 'dial-in 555' },
    location: { displayName: 'Room 1' },
    onlineMeeting: { joinUrl: 'https://teams.example/join' },
    start: { dateTime: '2026-12-02T15:00:00.0000000', timeZone: 'UTC' },
    end: { dateTime: '2026-12-02T15:45:00.0000000', timeZone: 'UTC' },
    organizer: r('me@us.com'),
    attendees: [
      { ...r('kim@acme.com', 'Kim'), type: 'required', status: { response: 'accepted', time: 'x' } },
      { ...r('room@us.com'), type: 'resource', status: { response: 'accepted' } },
    ],
  };

  it('keeps when and how it met and allowed attendees; no body, location, join link or room', () => {
    const screened = screenEvent(event, policy);
    expect(JSON.stringify(screened)).not.toMatch(/dial-in|Room 1|teams\.example|room@|Renewal/);
    expect(screened['participantCounts']).toEqual({ internal: 1, allowed: 1, withheld: 0 });
    const { records } = toRecords(events, [screened], {}, 'Office 365');
    expect(records[0]?.derived).toMatchObject({ type: 'meeting', channel: 'meetings', occurredAt: '2026-12-02T15:00:00.000Z' });
    expect(records[0]?.derived?.['properties']).toMatchObject({ durationMinutes: 45 });
    expect(records[1]?.raw).toMatchObject({ role: 'attendee', address: 'kim@acme.com', attendeeType: 'required', response: 'accepted' });
  });

  it('reads times in UTC only, and windows the calendar around the current month', () => {
    expect(graphUtc({ dateTime: '2026-12-02T15:00:00.1234567', timeZone: 'UTC' })).toBe('2026-12-02T15:00:00.123Z');
    expect(graphUtc({ dateTime: '2026-12-02T15:00:00', timeZone: 'Pacific Standard Time' })).toBeNull();
    expect(calendarWindow(new Date('2026-12-06T10:00:00Z'), { calendarPastDays: 90, calendarFutureDays: 30 })).toEqual({
      key: 'calendar:2026-12',
      start: '2026-09-02T00:00:00Z',
      end: '2027-01-31T00:00:00Z',
    });
  });
});
