import { describe, expect, it } from 'vitest';
import { O365Privacy } from './config.js';
import { classify, DPA_REQUIRED_MESSAGE, policyOf, requireDpa, screenRecipients } from './privacy.js';

const privacy = O365Privacy.parse({ allowedDomains: ['Acme.com', 'us.com'], ownDomain: 'us.com', dpaAcceptedAt: '2026-12-06T10:00:00Z' });
const policy = policyOf(privacy, 'mailbox.us.com');

describe('the privacy policy', () => {
  it('never allows the own domain or its subdomains, even when listed, and counts the mailbox domain as own', () => {
    expect([...policy.allowed]).toEqual(['acme.com']);
    expect(classify('jo@us.com', policy)).toBe('internal');
    expect(classify('jo@eu.us.com', policy)).toBe('internal');
    expect(classify('me@mailbox.us.com', policyOf({ ...privacy, ownDomain: null }, 'mailbox.us.com'))).toBe('internal');
  });

  it('allows exact allowed domains only; anything else, or not an address, is withheld', () => {
    expect(classify('Kim@ACME.com', policy)).toBe('allowed');
    expect(classify('kim@eu.acme.com', policy)).toBe('withheld');
    expect(classify('kim@gmail.com', policy)).toBe('withheld');
    expect(classify('not an address', policy)).toBe('withheld');
    expect(classify(undefined, policy)).toBe('withheld');
  });

  it('keeps allowed recipients (lowercased) and counts the rest', () => {
    const counts = { internal: 0, allowed: 0, withheld: 0 };
    const kept = screenRecipients(
      [
        { emailAddress: { address: 'Kim@Acme.com', name: 'Kim' } },
        { emailAddress: { address: 'jo@us.com', name: 'Jo' } },
        { emailAddress: { address: 'x@other.org' } },
        { nonsense: true },
        null,
      ],
      policy,
      counts,
    );
    expect(kept).toEqual([{ emailAddress: { address: 'kim@acme.com', name: 'Kim' } }]);
    expect(counts).toEqual({ internal: 1, allowed: 1, withheld: 2 });
  });

  it('is the most restrictive by default and blocks syncs until the DPA is accepted', () => {
    const defaults = O365Privacy.parse({});
    expect(defaults).toEqual({ dpaAcceptedAt: null, allowedDomains: [], ownDomain: null, includeSubjects: false });
    expect(() => requireDpa(defaults)).toThrow(DPA_REQUIRED_MESSAGE);
    expect(() => requireDpa(privacy)).not.toThrow();
  });
});
