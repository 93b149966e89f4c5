/**
 * A meeting as Fathom documents it (the example payload of
 * https://developers.fathom.ai/api-reference/webhook-payloads/new-meeting-content-ready,
 * trimmed), with an external invitee, an internal one and the recorder.
 */
export function meetingFixture(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Quarterly Business Review',
    meeting_title: 'QBR 2025 Q1',
    recording_id: 123456789,
    url: 'https://fathom.video/xyz123',
    share_url: 'https://fathom.video/share/xyz123',
    created_at: '2025-03-01T17:01:30Z',
    scheduled_start_time: '2025-03-01T16:00:00Z',
    scheduled_end_time: '2025-03-01T17:00:00Z',
    recording_start_time: '2025-03-01T16:01:12Z',
    recording_end_time: '2025-03-01T17:00:55Z',
    calendar_invitees_domains_type: 'one_or_more_external',
    transcript_language: 'en',
    calendar_invitees: [
      {
        name: 'Alice Johnson',
        matched_speaker_display_name: 'Alice Johnson',
        email: 'alice.johnson@acme.com',
        is_external: false,
        email_domain: 'acme.com',
      },
      { name: 'Jane Doe', matched_speaker_display_name: null, email: 'jane.doe@acme.com', is_external: false, email_domain: 'acme.com' },
      {
        name: 'John Smith',
        matched_speaker_display_name: 'Johnny',
        email: 'John.Smith@Client.com',
        is_external: true,
        email_domain: 'client.com',
      },
    ],
    recorded_by: { name: 'Alice Johnson', email: 'alice.johnson@acme.com', email_domain: 'acme.com', team: 'Marketing' },
    ...overrides,
  };
}
