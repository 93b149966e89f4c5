import { FathomInvitee, type FathomMeeting } from '../api.js';

/**
 * A meeting's invitees that parse (a malformed one is a dead letter of the
 * participants stream, not a reason to drop the others).
 *
 * @example
 * validInvitees({ calendar_invitees: [{ name: 'Ada', email: 'ada@acme.test', is_external: true }, 'junk'] }).length // 1
 */
export function validInvitees(meeting: Pick<FathomMeeting, 'calendar_invitees'>): FathomInvitee[] {
  return meeting.calendar_invitees.flatMap((raw) => {
    const parsed = FathomInvitee.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

/** An address as Tributary keys people by it: trimmed and lowercased (undefined when blank). */
export function addressOf(email: string | null | undefined): string | undefined {
  const trimmed = email?.trim().toLowerCase();
  return trimmed ? trimmed : undefined;
}

/**
 * External invitees with an address, once each, in Fathom's order: the
 * people a meeting was with (prospects, customers).
 */
export function externalInvitees(meeting: Pick<FathomMeeting, 'calendar_invitees'>): FathomInvitee[] {
  const seen = new Set<string>();
  return validInvitees(meeting).filter((i) => {
    const address = addressOf(i.email);
    if (!i.is_external || !address || seen.has(address)) return false;
    seen.add(address);
    return true;
  });
}

/**
 * Splits a display name into first and last name (the last word is the last name).
 *
 * @example
 * splitName('Ada King Lovelace') // { firstName: 'Ada King', lastName: 'Lovelace' }
 */
export function splitName(name: string | null | undefined): { firstName?: string; lastName?: string } {
  const parts = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return {};
  if (parts.length === 1) return { firstName: parts[0] as string };
  return { firstName: parts.slice(0, -1).join(' '), lastName: parts[parts.length - 1] as string };
}
