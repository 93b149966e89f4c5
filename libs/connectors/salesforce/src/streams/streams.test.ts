import { isRejected, toRecord as coreToRecord, type AnyStream } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { websiteDomain } from './accounts.js';
import { taskType } from './activities.js';
import { accounts, contacts, events, leads, opportunities, tasks, type DeriveContext } from './index.js';

const STAMP = '2025-03-01T09:00:00.000+0000';
const row = (type: string, id: string, fields: Record<string, unknown>) => ({
  attributes: { type, url: `/services/data/v62.0/sobjects/${type}/${id}` },
  Id: id,
  IsDeleted: false,
  CreatedDate: STAMP,
  SystemModstamp: STAMP,
  ...fields,
});
const context = (patch: Partial<DeriveContext> = {}): DeriveContext => ({
  currency: { multi: true, corporate: 'USD' },
  accountEmails: new Map(),
  ...patch,
});
/** A row as the runner wraps it: the org's currency setup is the run memo, the page's lookups the page context. */
const toRecord = (stream: AnyStream, raw: unknown, c: DeriveContext) =>
  coreToRecord(stream, raw, { memo: c.currency, page: c.accountEmails }, 'Salesforce');
const opportunity = (fields: Record<string, unknown>) =>
  row('Opportunity', '006000000000001AAA', {
    Name: 'Renewal',
    Amount: 1234.5,
    StageName: 'Closed Won',
    CloseDate: '2025-04-01',
    IsClosed: true,
    IsWon: true,
    AccountId: '001000000000001AAA',
    OpportunityContactRoles: null,
    ...fields,
  });
const derived = (r: ReturnType<typeof toRecord>) => (isRejected(r) ? undefined : r.derived);

describe('stream records', () => {
  it('turns IsDeleted rows into tombstones without parsing them', () => {
    expect(toRecord(contacts, { Id: '003000000000001AAA', IsDeleted: true }, context())).toMatchObject({
      stream: 'contacts',
      deleted: true,
    });
  });

  it('rejects a malformed row with the reason and its id', () => {
    const r = toRecord(contacts, row('Contact', '003000000000001AAA', { LastName: 42 }), context());
    expect(r).toMatchObject({ stream: 'contacts', externalId: '003000000000001AAA', reason: expect.stringContaining('LastName') });
  });

  it('keeps the kind of a person and the account a lead converted into', () => {
    const contact = row('Contact', '003000000000001AAA', {
      FirstName: 'Ada',
      LastName: 'L',
      Email: null,
      Phone: null,
      Title: null,
      AccountId: null,
    });
    expect(derived(toRecord(contacts, contact, context()))).toEqual({ kind: 'contact' });
    const lead = row('Lead', '00Q000000000001AAA', {
      FirstName: null,
      LastName: 'L',
      Email: null,
      Phone: null,
      Title: null,
      Company: 'Acme',
      Status: 'Closed - Converted',
      IsConverted: true,
      ConvertedAccountId: '001000000000009AAA',
    });
    expect(derived(toRecord(leads, lead, context()))).toEqual({ kind: 'lead', accountExternalId: '001000000000009AAA' });
  });

  it('derives the deal amount in minor units of the record currency (multi-currency) or the org currency', () => {
    expect(derived(toRecord(opportunities, opportunity({ CurrencyIsoCode: 'JPY', Amount: 150000 }), context()))).toMatchObject({
      amount: 150000,
      currency: 'JPY',
      status: 'won',
    });
    expect(derived(toRecord(opportunities, opportunity({ CurrencyIsoCode: 'KWD', Amount: 12.345 }), context()))).toMatchObject({
      amount: 12345,
      currency: 'KWD',
    });
    const single = context({ currency: { multi: false, corporate: 'EUR' } });
    expect(derived(toRecord(opportunities, opportunity({ Amount: 99.99 }), single))).toMatchObject({ amount: 9999, currency: 'EUR' });
    expect(derived(toRecord(opportunities, opportunity({ Amount: null }), single))).toMatchObject({
      amount: undefined,
      currency: undefined,
    });
  });

  it('maps IsClosed/IsWon to open, won and lost', () => {
    const status = (IsClosed: boolean, IsWon: boolean) =>
      derived(toRecord(opportunities, opportunity({ IsClosed, IsWon }), context()))?.['status'];
    expect([status(false, false), status(true, true), status(true, false)]).toEqual(['open', 'won', 'lost']);
  });

  it("takes the deal's contact email from the primary contact role, else from the account's oldest contact", () => {
    const role = (email: string | null) => ({
      attributes: { type: 'OpportunityContactRole' },
      IsPrimary: true,
      Contact: { attributes: { type: 'Contact' }, Email: email },
    });
    const accountEmails = new Map([['001000000000001AAA', 'first@acme.example']]);
    const withRole = opportunity({ OpportunityContactRoles: { totalSize: 1, done: true, records: [role('Buyer@Acme.example')] } });
    expect(derived(toRecord(opportunities, withRole, context({ accountEmails })))?.['contactEmail']).toBe('Buyer@Acme.example');
    const noEmail = opportunity({ OpportunityContactRoles: { totalSize: 1, done: true, records: [role(null)] } });
    expect(derived(toRecord(opportunities, noEmail, context({ accountEmails })))?.['contactEmail']).toBe('first@acme.example');
    expect(derived(toRecord(opportunities, opportunity({}), context()))?.['contactEmail']).toBeUndefined();
  });

  it('types tasks by subtype (then Type) and events as meetings at their start', () => {
    expect([
      taskType({ TaskSubtype: 'Email', Type: null }),
      taskType({ TaskSubtype: 'Task', Type: 'Call' }),
      taskType({ TaskSubtype: 'Task', Type: 'Other' }),
    ]).toEqual(['email', 'call', 'task']);
    const task = row('Task', '00T000000000001AAA', {
      Subject: 'Call',
      WhoId: '003000000000001AAA',
      WhatId: null,
      AccountId: null,
      Type: 'Call',
      TaskSubtype: 'Call',
      Status: 'Completed',
      ActivityDate: '2025-03-01',
    });
    expect(derived(toRecord(tasks, task, context()))).toMatchObject({ type: 'call', channel: 'crm', occurredAt: STAMP });
    const start = '2025-03-02T15:00:00.000+0000';
    const event = row('Event', '00U000000000001AAA', {
      Subject: 'Demo',
      WhoId: null,
      WhatId: null,
      AccountId: null,
      Type: 'Meeting',
      EventSubtype: 'Event',
      StartDateTime: start,
      DurationInMinutes: 30,
      Location: null,
    });
    expect(derived(toRecord(events, event, context()))).toMatchObject({
      type: 'meeting',
      occurredAt: start,
      properties: { durationMinutes: 30 },
    });
  });

  it('keeps only real hosts from the free-text website', () => {
    expect([websiteDomain('https://www.Acme.com/about'), websiteDomain('acme.io'), websiteDomain('N/A'), websiteDomain(null)]).toEqual([
      'acme.com',
      'acme.io',
      undefined,
      undefined,
    ]);
    const account = row('Account', '001000000000001AAA', {
      Name: 'Acme',
      Website: 'tbd',
      Industry: null,
      NumberOfEmployees: null,
      AnnualRevenue: null,
    });
    expect(derived(toRecord(accounts, account, context()))).toEqual({ domain: undefined });
  });
});
