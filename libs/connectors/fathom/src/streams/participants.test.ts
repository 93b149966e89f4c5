import { toRecords } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { meetingFixture } from '../testing/fixtures.js';
import { meetings } from './meetings.js';
import { splitName } from './invitees.js';

const childRows = (meeting: Record<string, unknown>) => {
  const { records, rejected } = toRecords(meetings, [meeting], {}, 'Fathom');
  return { rows: records.filter((r) => r.stream !== 'meetings'), rejected };
};

describe('meeting participants and invitees', () => {
  it('lists every invitee as attendee, the speakers matched to invitees, and the recorder', () => {
    const { rows } = childRows(meetingFixture());
    const participants = rows.filter((r) => r.stream === 'meeting_participants').map((r) => r.derived);
    expect(participants).toEqual([
      {
        externalId: '123456789:attendee:alice.johnson@acme.com',
        activityExternalId: '123456789',
        email: 'alice.johnson@acme.com',
        name: 'Alice Johnson',
        internal: true,
        personExternalId: undefined,
      },
      expect.objectContaining({ externalId: '123456789:attendee:jane.doe@acme.com', internal: true }),
      {
        externalId: '123456789:attendee:john.smith@client.com',
        activityExternalId: '123456789',
        email: 'john.smith@client.com',
        name: 'John Smith',
        internal: false,
        personExternalId: 'john.smith@client.com',
      },
      expect.objectContaining({ externalId: '123456789:speaker:alice.johnson@acme.com', internal: true }),
      expect.objectContaining({ externalId: '123456789:speaker:john.smith@client.com', internal: false, name: 'John Smith' }),
      expect.objectContaining({ externalId: '123456789:recorder:alice.johnson@acme.com', internal: true, name: 'Alice Johnson' }),
    ]);
    expect(rows.filter((r) => r.stream === 'meeting_participants').map((r) => r.raw['role'])).toEqual([
      'attendee',
      'attendee',
      'attendee',
      'speaker',
      'speaker',
      'recorder',
    ]);
  });

  it('makes external invitees people keyed by address, with only their identity in the row', () => {
    const { rows } = childRows(meetingFixture());
    expect(rows.filter((r) => r.stream === 'meeting_invitees')).toEqual([
      {
        stream: 'meeting_invitees',
        raw: { name: 'John Smith', email: 'John.Smith@Client.com', email_domain: 'client.com', is_external: true },
        derived: { externalId: 'john.smith@client.com', firstName: 'John', lastName: 'Smith', kind: 'meeting_invitee' },
      },
    ]);
  });

  it('keys an invite without an address by name, names a speaker by its display name, and leaves out who has neither', () => {
    const invitees = [
      { name: null, matched_speaker_display_name: 'Guest 1', email: 'guest@other.io', is_external: true, email_domain: 'other.io' },
      { name: 'Phone Bridge', matched_speaker_display_name: null, email: null, is_external: true, email_domain: null },
      { name: null, matched_speaker_display_name: null, email: null, is_external: true, email_domain: null },
    ];
    const { rows } = childRows(meetingFixture({ calendar_invitees: invitees, recorded_by: null }));
    expect(rows.map((r) => [r.stream, r.derived?.['externalId'], r.derived?.['name']])).toEqual([
      ['meeting_participants', '123456789:attendee:guest@other.io', undefined],
      ['meeting_participants', '123456789:attendee:name:Phone Bridge', 'Phone Bridge'],
      ['meeting_participants', '123456789:speaker:guest@other.io', 'Guest 1'],
      ['meeting_invitees', 'guest@other.io', undefined],
    ]);
  });

  it('takes the recorder for external when the calendar says so (a recording shared from another company)', () => {
    const shared = meetingFixture({
      recorded_by: { name: 'John Smith', email: 'john.smith@client.com', email_domain: 'client.com', team: null },
    });
    const recorder = childRows(shared).rows.find((r) => r.raw['role'] === 'recorder');
    expect(recorder?.derived).toMatchObject({ internal: false, personExternalId: 'john.smith@client.com' });
  });

  it('sends a malformed invitee to dead letters on its own, keeping the meeting and the other invitees', () => {
    const broken = { name: 'Eve', email: 'eve@x.io', is_external: 'maybe' };
    const base = meetingFixture();
    const { rows, rejected } = childRows({ ...base, calendar_invitees: [...(base['calendar_invitees'] as unknown[]), broken] });
    expect(rejected).toEqual([
      expect.objectContaining({
        stream: 'meeting_participants',
        externalId: 'eve@x.io',
        reason: expect.stringMatching(/^Fathom participant does not match the expected shape: person\.is_external/),
      }),
    ]);
    expect(rows.filter((r) => r.stream === 'meeting_participants')).toHaveLength(6);
  });

  it('lists an external invitee once as a person even when invited twice', () => {
    const john = {
      name: 'John Smith',
      matched_speaker_display_name: null,
      email: 'john.smith@client.com',
      is_external: true,
      email_domain: 'client.com',
    };
    const { rows } = childRows(meetingFixture({ calendar_invitees: [john, { ...john, email: 'JOHN.SMITH@client.com' }] }));
    expect(rows.filter((r) => r.stream === 'meeting_invitees')).toHaveLength(1);
  });

  it('splits names on the last word', () => {
    expect(splitName('Ada King Lovelace')).toEqual({ firstName: 'Ada King', lastName: 'Lovelace' });
    expect(splitName('Cher')).toEqual({ firstName: 'Cher' });
    expect(splitName('  ')).toEqual({});
  });
});
