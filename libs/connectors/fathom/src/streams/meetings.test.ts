import { toRecords } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { FathomMeeting } from '../api.js';
import { FathomSettings } from '../config.js';
import { meetingFixture } from '../testing/fixtures.js';
import { deriveMeeting, fathomTime, meetings, meetingsQuery, summaryPresence } from './meetings.js';

const parse = (overrides: Record<string, unknown> = {}) => FathomMeeting.parse(meetingFixture(overrides));

describe('the meetings stream', () => {
  it('asks for meetings created after the window start, in Fathom spelling, and only what the settings ask for', () => {
    const settings = FathomSettings.parse({});
    expect(meetingsQuery({ token: null, since: null }, settings)).toEqual({
      created_after: undefined,
      include_summary: undefined,
      'teams[]': undefined,
    });
    const withAll = FathomSettings.parse({ includeSummary: true, teams: ['Sales', 'CS'] });
    expect(meetingsQuery({ token: 'c', since: '2026-10-01T09:30:00.750Z' }, withAll)).toEqual({
      created_after: '2026-10-01T09:30:00Z',
      include_summary: 'true',
      'teams[]': ['Sales', 'CS'],
    });
    expect(fathomTime('2026-10-01T09:30:00.000Z')).toBe('2026-10-01T09:30:00Z');
  });

  it('makes a meeting activity at the recording start, linked to its first external invitee', () => {
    expect(deriveMeeting(parse())).toMatchObject({
      type: 'meeting',
      channel: 'meetings',
      occurredAt: '2025-03-01T16:01:12Z',
      personExternalId: 'john.smith@client.com',
      properties: {
        title: 'Quarterly Business Review',
        meetingTitle: 'QBR 2025 Q1',
        url: 'https://fathom.video/xyz123',
        shareUrl: 'https://fathom.video/share/xyz123',
        durationSeconds: 3583,
        recordedBy: 'alice.johnson@acme.com',
        team: 'Marketing',
        transcriptLanguage: 'en',
        invitees: 3,
        externalInvitees: 1,
        hasSummary: null,
      },
    });
  });

  it('falls back to the scheduled start, then to creation; an internal meeting links no person', () => {
    const internal = parse({ recording_start_time: null, calendar_invitees: [] });
    expect(deriveMeeting(internal)).toMatchObject({ occurredAt: '2025-03-01T16:00:00Z', personExternalId: undefined });
    expect(deriveMeeting(parse({ recording_start_time: null, scheduled_start_time: null })).occurredAt).toBe('2025-03-01T17:01:30Z');
    expect(deriveMeeting(internal).properties).toMatchObject({ durationSeconds: null, invitees: 0 });
  });

  it('says whether Fathom has a summary only when it was asked for, and keeps its text then', () => {
    expect(summaryPresence(parse())).toBeNull();
    expect(summaryPresence(parse({ default_summary: null }))).toBe(false);
    expect(summaryPresence(parse({ default_summary: { template_name: 'general', markdown_formatted: '  ' } }))).toBe(false);
    const summarized = parse({ default_summary: { template_name: 'general', markdown_formatted: '## Summary\nAgreed on a pilot.' } });
    expect(deriveMeeting(summarized).properties).toMatchObject({
      hasSummary: true,
      summary: '## Summary\nAgreed on a pilot.',
      summaryTemplate: 'general',
      sentiment: { label: 'positive', method: 'afinn-165', computedBy: 'tributary' },
    });
    const troubled = parse({ default_summary: { template_name: 'general', markdown_formatted: 'They are unhappy and will cancel.' } });
    expect(deriveMeeting(troubled).properties).toMatchObject({ sentiment: { label: 'negative', source: 'fathom_summary' } });
    expect(deriveMeeting(parse()).properties).not.toHaveProperty('sentiment');
    expect(deriveMeeting(parse({ default_summary: null })).properties).not.toHaveProperty('summary');
  });

  it('rejects a meeting that is not one, with its recording id, and reads it with its children otherwise', () => {
    const { records, rejected } = toRecords(meetings, [meetingFixture({ created_at: 'yesterday' }), meetingFixture()], {}, 'Fathom');
    expect(rejected).toEqual([
      expect.objectContaining({
        stream: 'meetings',
        externalId: '123456789',
        reason: expect.stringMatching(/^Fathom meeting does not match the expected shape: created_at/),
      }),
    ]);
    expect(records.map((r) => r.stream)).toEqual([
      'meetings',
      'meeting_participants',
      'meeting_participants',
      'meeting_participants',
      'meeting_participants',
      'meeting_participants',
      'meeting_participants',
      'meeting_invitees',
    ]);
  });
});
