import { fake, type Rng } from '@tributary/sandbox';
import type { SimObject } from '../types.js';
import { idOf, type Layout } from './common.js';
import type { Stamps } from './crm.js';

const OUTCOMES = ['SCHEDULED', 'COMPLETED', 'RESCHEDULED', 'NO_SHOW', 'CANCELED'] as const;
const CALL_STATUS = ['COMPLETED', 'COMPLETED', 'COMPLETED', 'NO_ANSWER', 'BUSY', 'FAILED'] as const;

/** The contact an engagement is with, and that contact's company. */
function participants(contactIndex: number | undefined, links: Layout): SimObject['links'] {
  if (contactIndex === undefined) return {};
  const companyIndex = links.companyOfContact(contactIndex);
  return {
    contacts: [idOf('contacts', contactIndex)],
    companies: companyIndex === undefined ? [] : [idOf('companies', companyIndex)],
  };
}

/** A meeting with one contact, half an hour to an hour long. */
export function meeting(index: number, rng: Rng, at: Stamps, links: Layout): SimObject {
  const start = at.createdAt + rng.int(0, 14) * 86_400_000;
  return {
    id: idOf('meetings', index),
    ...at,
    props: {
      hs_meeting_title: `${fake.sentence(rng, 2)} call`,
      hs_meeting_start_time: new Date(start).toISOString(),
      hs_meeting_end_time: new Date(start + rng.pick([30, 45, 60]) * 60_000).toISOString(),
      hs_meeting_outcome: rng.pick(OUTCOMES),
      hs_meeting_location: rng.chance(0.5) ? 'Zoom' : null,
      hs_timestamp: new Date(start).toISOString(),
    },
    links: participants(links.contactOfMeeting(index), links),
  };
}

/** A logged call with one contact; its duration in milliseconds. */
export function call(index: number, rng: Rng, at: Stamps, links: Layout): SimObject {
  return {
    id: idOf('calls', index),
    ...at,
    props: {
      hs_call_title: `Call: ${fake.word(rng)}`,
      hs_call_direction: rng.chance(0.7) ? 'OUTBOUND' : 'INBOUND',
      hs_call_duration: String(rng.int(15, 3_600) * 1000),
      hs_call_status: rng.pick(CALL_STATUS),
      hs_timestamp: new Date(at.createdAt).toISOString(),
    },
    links: participants(links.contactOfCall(index), links),
  };
}
