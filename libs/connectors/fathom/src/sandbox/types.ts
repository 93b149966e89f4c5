/**
 * Fathom's objects as the simulator serves them
 * (https://developers.fathom.ai/api-reference/webhook-payloads/new-meeting-content-ready,
 * and the `Meeting` model of Fathom's SDK, fathom-typescript).
 */

export interface SimInvitee {
  name: string | null;
  matched_speaker_display_name: string | null;
  email: string | null;
  email_domain: string | null;
  is_external: boolean;
}

export interface SimUser {
  name: string;
  email: string;
  email_domain: string;
  team: string | null;
}

export interface SimSummary {
  template_name: string | null;
  markdown_formatted: string | null;
}

export interface SimTranscriptLine {
  speaker: { display_name: string; matched_calendar_invitee_email: string | null };
  text: string;
  /** Relative to the start of the recording, `HH:MM:SS`. */
  timestamp: string;
}

export interface SimActionItem {
  description: string;
  user_generated: boolean;
  completed: boolean;
  recording_timestamp: string;
  recording_playback_url: string;
  assignee: { name: string | null; email: string | null; team: string | null };
}

/** A meeting with everything Fathom can include; the list leaves the optional parts out unless asked. */
export interface SimMeeting {
  title: string;
  meeting_title: string | null;
  meeting_type: 'internal' | 'external';
  recording_id: number;
  url: string;
  share_url: string;
  meeting_url: string;
  created_at: string;
  scheduled_start_time: string;
  scheduled_end_time: string;
  recording_start_time: string;
  recording_end_time: string;
  calendar_invitees_domains_type: 'only_internal' | 'one_or_more_external';
  transcript_language: string;
  calendar_invitees: SimInvitee[];
  recorded_by: SimUser;
  transcript: SimTranscriptLine[];
  /** Null while Fathom is still writing it. */
  default_summary: SimSummary | null;
  action_items: SimActionItem[];
}

/** The parts of a meeting the list includes only when asked (`include_*=true`). */
export type SimMeetingPart = 'transcript' | 'default_summary' | 'action_items' | 'crm_matches';

export interface SimTeamMember {
  name: string;
  email: string;
  team: string;
  created_at: string;
}

/** A webhook registered with `POST /webhooks`. */
export interface SimWebhook {
  id: string;
  url: string;
  secret: string;
  created_at: string;
  include_transcript: boolean;
  include_crm_matches: boolean;
  include_summary: boolean;
  include_action_items: boolean;
  triggered_for: string[];
}

/** One signed delivery of a webhook, as Fathom would POST it. */
export interface SimDelivery {
  webhookId: string;
  url: string;
  body: string;
  headers: Record<string, string>;
}
