import { generateMeeting } from './generate.js';
import type { Store } from './store.js';
import type { SimInvitee, SimMeeting } from './types.js';

/** Vendor-side changes, as they happen in a Fathom account. Each returns the recording ids it touched. */
export interface FathomMutations {
  /**
   * Meetings recorded now. `createdAgoMs` backdates `created_at`: a meeting
   * that shows up in the list only now although Fathom created it earlier
   * (the overlap of incremental syncs is for these).
   */
  addMeetings(count: number, options?: { createdAgoMs?: number }): number[];
  /**
   * Past meetings edited in Fathom: renamed, and one more outside person
   * invited. `created_at` does not move, so a `created_after` read misses them.
   */
  editMeetings(count: number): number[];
  /** Meetings deleted in Fathom: they vanish from the list (Fathom has no delete feed). */
  removeMeetings(count: number): number[];
}

function inviteMore(store: Store, meeting: SimMeeting, pick: number): SimMeeting {
  const present = new Set(meeting.calendar_invitees.map((i) => i.email));
  const contact = store.world.contacts.find((c, k) => k >= pick % store.world.contacts.length && !present.has(c.email));
  if (!contact) return { ...meeting, title: `${meeting.title} (follow-up)` };
  const invitee: SimInvitee = {
    name: contact.name,
    matched_speaker_display_name: null,
    email: contact.email,
    email_domain: contact.domain,
    is_external: true,
  };
  return {
    ...meeting,
    title: `${meeting.title} (follow-up)`,
    calendar_invitees: [...meeting.calendar_invitees, invitee],
    calendar_invitees_domains_type: 'one_or_more_external',
  };
}

/**
 * The mutations of one simulated account.
 *
 * @example
 * const mutate = createMutations(store);
 * mutate.addMeetings(3); // three new recording ids, listed first
 */
export function createMutations(store: Store): FathomMutations {
  const ids = (indexes: readonly number[]) => indexes.flatMap((i) => store.meetings.peek(i)?.recording_id ?? []);
  return {
    addMeetings(count, options = {}) {
      const createdAt = Math.floor(store.clock.stamp() / 1000) * 1000 - (options.createdAgoMs ?? 0);
      const changes = store.meetings.append(count, (index, { rng }) => generateMeeting(store.world, index, createdAt, rng));
      for (const change of changes) store.setCreatedAt(change.index, createdAt);
      return ids(changes.map((c) => c.index));
    },
    editMeetings(count) {
      const changes = store.meetings.update(count, (meeting, { rng }) => inviteMore(store, meeting, rng.int(0, 10_000)));
      return ids(changes.map((c) => c.index));
    },
    removeMeetings(count) {
      return ids(store.meetings.remove(count).map((c) => c.index));
    },
  };
}
