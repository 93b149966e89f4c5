import { ConfigError } from '@tributary/core';
import { z } from 'zod';
import { GraphRecipient } from './api.js';
import type { O365Privacy } from './config.js';

/** The message the sync fails with until the DPA is accepted: it names the fix. */
export const DPA_REQUIRED_MESSAGE =
  'Office 365 sync is blocked until the Data Processing Agreement is accepted: an admin or manager accepts it on the connector page, Privacy tab (or with the acceptO365Dpa mutation), then syncs again.';

/** How one address is treated: the tenant's own people, an allowed external domain, or withheld (never stored). */
export type Side = 'internal' | 'allowed' | 'withheld';

/** What a connection may read, resolved for one run. */
export interface PrivacyPolicy {
  /** Allowed external domains (exact match). */
  allowed: ReadonlySet<string>;
  /** The tenant's own domains (they and their subdomains are internal, never allowed). */
  own: readonly string[];
  includeSubjects: boolean;
}

/** How many participants an item had on each side (the withheld ones are only counted). */
export interface ParticipantCounts {
  internal: number;
  allowed: number;
  withheld: number;
}

/**
 * The run's policy: the privacy settings, with the mailbox's own domain
 * (from `GET /me`) counted as the tenant's own too, so a tenant that has not
 * set its domain still never stores its own people.
 *
 * @example
 * policyOf({ allowedDomains: ['acme.com'], ownDomain: 'us.test', includeSubjects: false, dpaAcceptedAt }, 'us.test')
 */
export function policyOf(privacy: O365Privacy, mailboxDomain?: string | null): PrivacyPolicy {
  const own = [...new Set([privacy.ownDomain, mailboxDomain].filter((d): d is string => typeof d === 'string' && d !== ''))];
  const isOwn = (d: string) => own.some((o) => d === o || d.endsWith(`.${o}`));
  return { allowed: new Set(privacy.allowedDomains.filter((d) => !isOwn(d))), own, includeSubjects: privacy.includeSubjects };
}

/** The lowercase domain of an address, or undefined when it is not one. */
export function domainOf(address: string | null | undefined): string | undefined {
  const at = address?.trim().toLowerCase() ?? '';
  const i = at.lastIndexOf('@');
  const domain = i > 0 ? at.slice(i + 1) : '';
  return /^[a-z0-9.-]+\.[a-z]{2,63}$/.test(domain) ? domain : undefined;
}

/**
 * Which side an address is on. Own domains win over the allowlist, and an
 * address that is not a valid email is withheld.
 *
 * @example
 * classify('jo@eu.us.test', policy) // 'internal' when own is ['us.test']
 */
export function classify(address: string | null | undefined, policy: PrivacyPolicy): Side {
  const domain = domainOf(address);
  if (!domain) return 'withheld';
  if (policy.own.some((o) => domain === o || domain.endsWith(`.${o}`))) return 'internal';
  return policy.allowed.has(domain) ? 'allowed' : 'withheld';
}

/**
 * Recipients -> the allowed ones (lowercased address and name only) and the
 * counts of each side. Anything unreadable is withheld.
 */
export function screenRecipients(values: readonly unknown[], policy: PrivacyPolicy, counts: ParticipantCounts): GraphRecipient[] {
  const kept: GraphRecipient[] = [];
  for (const value of values) {
    if (value === null || value === undefined) continue;
    const parsed = GraphRecipient.safeParse(value);
    const address = parsed.success ? parsed.data.emailAddress?.address : undefined;
    const side = classify(address, policy);
    counts[side]++;
    if (side === 'allowed' && address) {
      kept.push({ emailAddress: { address: address.trim().toLowerCase(), name: parsed.data?.emailAddress?.name ?? null } });
    }
  }
  return kept;
}

/** Throw the `config` error that blocks every sync until the DPA is accepted. */
export function requireDpa(privacy: O365Privacy): void {
  if (!privacy.dpaAcceptedAt) throw new ConfigError(DPA_REQUIRED_MESSAGE, { vendorCode: 'dpa_not_accepted' });
}

/** A tombstone for an item that is deleted at Microsoft, or that the privacy settings withhold. */
export function tombstone(raw: Record<string, unknown>, reason: string): Record<string, unknown> {
  return { id: raw['id'], '@removed': { reason } };
}

const AnyRecord = z.record(z.string(), z.unknown()).catch({});
const AnyList = z.array(z.unknown()).catch([]);

/** Read an unknown value as a record (vendor items before validation); anything else is `{}`. */
export const asRecord = (raw: unknown): Record<string, unknown> => AnyRecord.parse(raw);

/** Read an unknown value as a list; anything else is `[]`. */
export const asList = (raw: unknown): unknown[] => AnyList.parse(raw);
