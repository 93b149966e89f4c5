import { meetings } from './meetings.js';

/** Fathom's one list: meetings, with their participants and external invitees as child streams. */
export const STREAMS = [meetings] as const;

export { meetings };
export { meetingParticipants, meetingInvitees, FathomParticipant } from './participants.js';
export { splitName, addressOf } from './invitees.js';
