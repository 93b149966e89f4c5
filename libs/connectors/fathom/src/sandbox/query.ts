import { z } from 'zod';
import { FathomSimError } from './errors.js';
import type { SimMeeting, SimMeetingPart } from './types.js';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const time = z.iso.datetime({ offset: true }).transform((v) => Date.parse(v));

/** `GET /meetings` parameters, as Fathom's SDK sends them (`ListMeetingsRequest`). Unknown ones are ignored. (inf.) */
const MeetingsQuery = z.object({
  cursor: z.string().optional(),
  created_after: time.optional(),
  created_before: time.optional(),
  include_transcript: flag.optional(),
  include_summary: flag.optional(),
  include_action_items: flag.optional(),
  include_crm_matches: flag.optional(),
  calendar_invitees_domains_type: z.enum(['all', 'only_internal', 'one_or_more_external']).optional(),
  meeting_type: z.enum(['all', 'internal', 'external']).optional(),
  'calendar_invitees_domains[]': z.array(z.string().min(1)),
  'recorded_by[]': z.array(z.string().min(1)),
  'teams[]': z.array(z.string().min(1)),
});
export type MeetingsQuery = z.infer<typeof MeetingsQuery>;

const ARRAYS = ['calendar_invitees_domains[]', 'recorded_by[]', 'teams[]'] as const;

/** Read the query, answering Fathom's 400 for a value it would refuse. */
export function parseMeetingsQuery(params: URLSearchParams): MeetingsQuery {
  const input: Record<string, unknown> = {};
  for (const [key, value] of params) if (!ARRAYS.some((a) => a === key)) input[key] = value;
  for (const key of ARRAYS) input[key] = params.getAll(key);
  const parsed = MeetingsQuery.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FathomSimError(400, `Invalid value for ${String(issue?.path[0] ?? 'query')}`);
  }
  return parsed.data;
}

/** The parts the list includes for this query. */
export function includedParts(q: MeetingsQuery): Set<SimMeetingPart> {
  const parts = new Set<SimMeetingPart>();
  if (q.include_transcript) parts.add('transcript');
  if (q.include_summary) parts.add('default_summary');
  if (q.include_action_items) parts.add('action_items');
  if (q.include_crm_matches) parts.add('crm_matches');
  return parts;
}

/** Whether `created` (ms) is inside `created_after` .. `created_before`, both exclusive. (inf.) */
export const inCreatedRange = (q: MeetingsQuery, created: number): boolean =>
  (q.created_after === undefined || created > q.created_after) && (q.created_before === undefined || created < q.created_before);

/** The filters that need the meeting itself: invitee domains and their kind, recorder, team, meeting type. */
export function meetingFilter(q: MeetingsQuery): ((m: SimMeeting) => boolean) | undefined {
  const domains = q['calendar_invitees_domains[]'];
  const recorders = q['recorded_by[]'].map((e) => e.toLowerCase());
  const teams = q['teams[]'];
  const kind = q.calendar_invitees_domains_type ?? 'all';
  const type = q.meeting_type ?? 'all';
  if (!domains.length && !recorders.length && !teams.length && kind === 'all' && type === 'all') return undefined;
  return (m) =>
    (domains.length === 0 || m.calendar_invitees.some((i) => i.email_domain !== null && domains.includes(i.email_domain))) &&
    (recorders.length === 0 || recorders.includes(m.recorded_by.email.toLowerCase())) &&
    (teams.length === 0 || (m.recorded_by.team !== null && teams.includes(m.recorded_by.team))) &&
    (kind === 'all' || m.calendar_invitees_domains_type === kind) &&
    (type === 'all' || m.meeting_type === type);
}
