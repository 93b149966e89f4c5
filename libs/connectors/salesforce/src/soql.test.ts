import { describe, expect, it } from 'vitest';
import { hiddenFieldsMessage } from './field-report.js';
import { isReadable, memoOf } from './memo.js';
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

  it('selects only the fields the user can read, and leaves out a subquery reading a hidden field', () => {
    const described = window({ fields: ['Name', 'StageName', 'AccountId'], hidden: ['Opportunity.Amount', 'Contact.Email'] });
    expect(streamQuery(OPPORTUNITY, described)).toBe(
      'SELECT Id, IsDeleted, CreatedDate, SystemModstamp, Name, StageName, AccountId FROM Opportunity WHERE IsDeleted = false ORDER BY SystemModstamp ASC, Id ASC',
    );
    expect(streamQuery(OPPORTUNITY, window({ fields: ['Name'], hidden: ['Opportunity.Amount'] }))).toContain(
      'Name, (SELECT IsPrimary, Contact.Email FROM OpportunityContactRoles',
    );
  });
});

describe('memoOf', () => {
  it('reads the run memo, and a memo from before streams described their object as "every declared field"', () => {
    const memo = { fields: ['Name'], hidden: ['Account.Industry'], currency: null };
    expect(memoOf(memo)).toEqual(memo);
    expect(memoOf({ multi: true, corporate: 'USD' })).toEqual({ fields: null, hidden: [], currency: { multi: true, corporate: 'USD' } });
    expect(memoOf(undefined)).toEqual({ fields: null, hidden: [], currency: null });
    expect([isReadable(memo, 'Account.Industry'), isReadable(memo, 'Contact.Email')]).toEqual([false, true]);
  });
});

describe('hiddenFieldsMessage', () => {
  it('names the hidden fields Tributary maps and what each fills, and is silent about the others', () => {
    expect(hiddenFieldsMessage([{ field: 'Lead.Company', feeds: [] }])).toBeUndefined();
    expect(
      hiddenFieldsMessage([
        { field: 'Task.TaskSubtype', feeds: ['activity.type'] },
        { field: 'Contact.Email', feeds: ['person.email', 'deal.contactEmail'] },
      ]),
    ).toBe(
      "The integration user cannot read 2 fields Tributary maps (field-level security): Task.TaskSubtype (activity.type), Contact.Email (person.email, deal.contactEmail). Those values are stored empty until the user's profile or a permission set grants read access to them.",
    );
  });
});
