import type { SimMeeting, SimMeetingPart } from './types.js';

/** CRM matches of a workspace without a CRM: Fathom fills `error` (the SDK's `CRMMatches`). */
const NO_CRM = { contacts: [], companies: [], deals: [], error: 'No CRM is connected to this workspace.' };

/**
 * A meeting as Fathom serves it: the optional parts only when asked for
 * (`include_transcript`, `include_summary`, `include_action_items`,
 * `include_crm_matches`); a meeting chosen as malformed is served broken
 * (`created_at` that is no time, or a string `recording_id`).
 *
 * @example
 * renderMeeting(meeting, new Set(['default_summary']), false) // { ..., default_summary: { template_name, markdown_formatted } }
 */
export function renderMeeting(meeting: SimMeeting, include: ReadonlySet<SimMeetingPart>, broken: boolean): Record<string, unknown> {
  const { transcript, default_summary, action_items, ...base } = meeting;
  const out: Record<string, unknown> = { ...base };
  if (include.has('transcript')) out['transcript'] = transcript;
  if (include.has('default_summary')) out['default_summary'] = default_summary;
  if (include.has('action_items')) out['action_items'] = action_items;
  if (include.has('crm_matches')) out['crm_matches'] = NO_CRM;
  if (broken) {
    if (meeting.recording_id % 2 === 0) out['created_at'] = 'last tuesday';
    else out['recording_id'] = `rec-${meeting.recording_id}`;
  }
  return out;
}
