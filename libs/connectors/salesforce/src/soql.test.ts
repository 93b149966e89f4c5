import { describe, expect, it } from 'vitest';
import { streamQuery, type QueryWindow } from './soql.js';
import { CONTACT, OPPORTUNITY } from './streams/index.js';

const window = (patch: Partial<QueryWindow>): QueryWindow => ({ since: null, initial: true, currency: null, ...patch });
const STAMP = '2025-01-15T10:30:00.120+0000';

describe('streamQuery', () => {
  it('reads every live row on a first sync, ordered by SystemModstamp then Id', () => {
    expect(streamQuery(CONTACT, window({}))).toBe(
      'SELECT Id, IsDeleted, CreatedDate, SystemModstamp, FirstName, LastName, Email, Phone, Title, AccountId FROM Contact WHERE IsDeleted = false ORDER BY SystemModstamp ASC, Id ASC',
    );
  });

  it('reads rows changed at or after the window start (deleted ones included) incrementally, keeping milliseconds', () => {
    expect(streamQuery(CONTACT, window({ since: STAMP, initial: false }))).toContain(
      'WHERE SystemModstamp >= 2025-01-15T10:30:00.120Z ORDER BY',
    );
  });

  it('restarts a first read from the newest stamp seen, live rows only', () => {
    expect(streamQuery(CONTACT, window({ since: STAMP }))).toContain(
      'WHERE SystemModstamp >= 2025-01-15T10:30:00.120Z AND IsDeleted = false',
    );
  });

  it('selects CurrencyIsoCode only in multi-currency orgs, and the primary contact role subquery', () => {
    const single = streamQuery(OPPORTUNITY, window({ currency: { multi: false, corporate: 'USD' } }));
    const multi = streamQuery(OPPORTUNITY, window({ currency: { multi: true, corporate: 'USD' } }));
    expect(single).not.toContain('CurrencyIsoCode');
    expect(multi).toContain(
      'AccountId, CurrencyIsoCode, (SELECT IsPrimary, Contact.Email FROM OpportunityContactRoles WHERE IsPrimary = true AND IsDeleted = false) FROM Opportunity',
    );
  });
});
