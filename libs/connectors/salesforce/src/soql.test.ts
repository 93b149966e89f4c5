import { describe, expect, it } from 'vitest';
import type { ActiveQuery } from './cursor.js';
import { newestStamp, streamQuery } from './soql.js';
import { contacts, opportunities } from './streams/index.js';

const active = (patch: Partial<ActiveQuery>): ActiveQuery => ({
  stream: 'contacts',
  since: null,
  seen: null,
  next: null,
  session: null,
  currency: null,
  ...patch,
});
const STAMP = '2025-01-15T10:30:00.120+0000';

describe('streamQuery', () => {
  it('reads every live row on a first sync, ordered by SystemModstamp then Id', () => {
    expect(streamQuery(contacts, active({}))).toBe(
      'SELECT Id, IsDeleted, CreatedDate, SystemModstamp, FirstName, LastName, Email, Phone, Title, AccountId FROM Contact WHERE IsDeleted = false ORDER BY SystemModstamp ASC, Id ASC',
    );
  });

  it('reads rows changed after the watermark (deleted ones included) incrementally, keeping milliseconds', () => {
    expect(streamQuery(contacts, active({ since: STAMP }))).toContain('WHERE SystemModstamp > 2025-01-15T10:30:00.120Z ORDER BY');
  });

  it('restarts from the newest stamp seen, inclusive, in either mode', () => {
    expect(streamQuery(contacts, active({ since: STAMP, seen: '2025-02-01T00:00:00.000+0000' }))).toContain(
      'WHERE SystemModstamp >= 2025-02-01T00:00:00.000Z ORDER BY',
    );
    expect(streamQuery(contacts, active({ seen: STAMP }))).toContain(
      'WHERE SystemModstamp >= 2025-01-15T10:30:00.120Z AND IsDeleted = false',
    );
  });

  it('selects CurrencyIsoCode only in multi-currency orgs, and the primary contact role subquery', () => {
    const single = streamQuery(opportunities, active({ stream: 'opportunities', currency: { multi: false, corporate: 'USD' } }));
    const multi = streamQuery(opportunities, active({ stream: 'opportunities', currency: { multi: true, corporate: 'USD' } }));
    expect(single).not.toContain('CurrencyIsoCode');
    expect(multi).toContain(
      'AccountId, CurrencyIsoCode, (SELECT IsPrimary, Contact.Email FROM OpportunityContactRoles WHERE IsPrimary = true AND IsDeleted = false) FROM Opportunity',
    );
  });
});

describe('newestStamp', () => {
  it('picks the later stamp, either may be null', () => {
    expect(newestStamp(null, STAMP)).toBe(STAMP);
    expect(newestStamp(STAMP, null)).toBe(STAMP);
    expect(newestStamp(STAMP, '2024-01-01T00:00:00.000+0000')).toBe(STAMP);
    expect(newestStamp(null, null)).toBeNull();
  });
});
