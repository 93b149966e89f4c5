import type { Rng } from '@tributary/sandbox';
import type { SimActionItem, SimInvitee, SimSummary, SimTranscriptLine } from './types.js';

const EXTERNAL_TOPICS = ['Discovery call', 'Product demo', 'Pricing review', 'Onboarding kickoff', 'Quarterly business review', 'Renewal'];
const INTERNAL_TOPICS = ['weekly sync', 'pipeline review', 'planning', 'retro'];

/** How a meeting went, which the summary (and so any sentiment computed from it) reflects. */
export type Tone = 'positive' | 'neutral' | 'negative';

export const OUTCOMES: Record<Tone, readonly string[]> = {
  positive: [
    'The customer was excited about the integration and agreed to start a paid pilot next month.',
    'Great call: they love the reporting and want to expand to two more teams.',
  ],
  neutral: [
    'The team walked through the agenda and scheduled a follow-up for next week.',
    'Both sides reviewed the current setup and listed the open questions.',
  ],
  negative: [
    'The prospect raised serious concerns about pricing and was frustrated by the missing SSO support; a deal looks unlikely.',
    'They reported repeated outages, are unhappy with support response times, and threatened to cancel.',
  ],
};

const LINES = [
  'Thanks everyone for joining.',
  'Can you share your screen?',
  'Let me walk you through the numbers.',
  'That makes sense to me.',
  'What does the timeline look like on your side?',
  'I will send the notes after the call.',
];

/** A company's display name from its domain (`cedarrobotics.example` -> `Cedarrobotics`). */
export const companyOf = (domain: string): string => {
  const base = domain.replace(/^client-/, '').split('.')[0] ?? domain;
  return base.charAt(0).toUpperCase() + base.slice(1);
};

/** The recording's title: `Cedarrobotics / Acme: Pricing review`, or an internal one. */
export function titleFor(rng: Rng, own: string, externalDomain: string | undefined, team: string): string {
  if (externalDomain) return `${companyOf(externalDomain)} / ${companyOf(own)}: ${rng.pick(EXTERNAL_TOPICS)}`;
  return `${team} ${rng.pick(INTERNAL_TOPICS)}`;
}

/** Fathom's default summary, in markdown, with the meeting's outcome. */
export function summaryFor(rng: Rng, title: string, tone: Tone): SimSummary {
  const markdown = [`## ${title}`, '', '### Summary', rng.pick(OUTCOMES[tone]), '', '### Next steps', '- Share the recap'].join('\n');
  return { template_name: 'general', markdown_formatted: `${markdown}\n` };
}

const hms = (seconds: number): string =>
  [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, '0')).join(':');

/** A short transcript: each invitee who spoke says a line or two, in turn. */
export function transcriptFor(rng: Rng, invitees: readonly SimInvitee[], durationSeconds: number): SimTranscriptLine[] {
  const speakers = invitees.filter((i) => i.matched_speaker_display_name !== null);
  const lines: SimTranscriptLine[] = [];
  let at = rng.int(5, 40);
  for (let turn = 0; turn < speakers.length * 2 && at < durationSeconds; turn++) {
    const speaker = speakers[turn % speakers.length] as SimInvitee;
    const display = speaker.matched_speaker_display_name as string;
    lines.push({
      speaker: { display_name: display, matched_calendar_invitee_email: speaker.email },
      text: rng.pick(LINES),
      timestamp: hms(at),
    });
    at += rng.int(20, 240);
  }
  return lines;
}

/** Zero to two action items, assigned to an internal invitee. */
export function actionItemsFor(rng: Rng, url: string, owner: SimInvitee, team: string | null): SimActionItem[] {
  return Array.from({ length: rng.int(0, 2) }, (_, i) => {
    const seconds = rng.int(60, 1500) + i;
    return {
      description: i === 0 ? 'Send the recap and the proposal' : 'Book the technical follow-up',
      user_generated: false,
      completed: rng.chance(0.3),
      recording_timestamp: hms(seconds),
      recording_playback_url: `${url}?timestamp=${seconds}`,
      assignee: { name: owner.name, email: owner.email, team },
    };
  });
}
