import { isRejected, toRecord as coreToRecord, type AnyStream, type ItemContext } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { PageLinks } from '../associations.js';
import type { DealStages } from '../pipelines.js';
import { STREAMS, calls, companies, companyName, contacts, deals, meetings } from './index.js';

const STAMP = '2026-11-20T10:00:00.123Z';
const object = (id: string, properties: Record<string, string | null>) => ({
  id,
  properties: { hs_object_id: id, createdate: STAMP, lastmodifieddate: STAMP, hs_lastmodifieddate: STAMP, ...properties },
  createdAt: STAMP,
  updatedAt: STAMP,
  archived: false,
});
const toRecord = (stream: AnyStream, raw: unknown, context: ItemContext = {}) => coreToRecord(stream, raw, context, 'HubSpot');
const derived = (r: ReturnType<typeof toRecord>) => (isRejected(r) ? r.reason : r.derived);
const STAGES: DealStages = {
  closedwon: { label: 'Closed Won', pipelineId: 'default', pipeline: 'Sales Pipeline', status: 'won' },
  contractsent: { label: 'Contract Sent', pipelineId: 'default', pipeline: 'Sales Pipeline', status: 'open' },
};
const links = new PageLinks(new Map([['901', '101']]), new Map([['901', '501']]), new Map([['101', 'Ada@Example.com']]));

describe('stream records', () => {
  it('keep the lifecycle stage as the kind of a contact, `contact` when there is none', () => {
    expect(derived(toRecord(contacts, object('101', { email: 'a@b.example', lifecyclestage: 'lead' })))).toEqual({ kind: 'lead' });
    expect(derived(toRecord(contacts, object('102', { lifecyclestage: null })))).toEqual({ kind: 'contact' });
  });

  it('name a company by its name, else its domain, else its id', () => {
    expect(companyName({ id: '7', properties: { name: ' Acme ', domain: 'acme.example' } })).toBe('Acme');
    expect(derived(toRecord(companies, object('8', { name: '', domain: 'acme.example' })))).toEqual({ name: 'acme.example' });
    expect(companyName({ id: '9', properties: { name: null, domain: null } })).toBe('HubSpot company 9');
  });

  it("convert a deal's decimal amount into minor units of its currency, with the stage's label and outcome and its links", () => {
    const deal = object('901', {
      dealname: 'Renewal',
      amount: '1234.5',
      deal_currency_code: 'usd',
      pipeline: 'default',
      dealstage: 'closedwon',
      closedate: '2026-12-31T23:30:00.000Z',
    });
    expect(derived(toRecord(deals, deal, { memo: STAGES, page: links }))).toEqual({
      amount: 123450,
      currency: 'USD',
      stage: 'Closed Won',
      status: 'won',
      closeDate: '2026-12-31',
      contactEmail: 'Ada@Example.com',
      accountExternalId: '501',
      properties: { pipelineId: 'default', pipeline: 'Sales Pipeline', stageId: 'closedwon' },
    });
    const yen = object('902', { amount: '1500000', deal_currency_code: 'JPY', dealstage: 'unknownstage' });
    expect(derived(toRecord(deals, yen, { memo: STAGES }))).toMatchObject({
      amount: 1_500_000,
      currency: 'JPY',
      stage: 'unknownstage',
      status: undefined,
    });
  });

  it("use the portal's currency for a deal without one, and leave the amount out when neither is known", () => {
    const deal = object('903', { amount: '99.99', deal_currency_code: null, dealstage: 'contractsent' });
    expect(derived(toRecord(deals, deal, { memo: STAGES, settings: { companyCurrency: 'EUR', overlapMinutes: 10 } }))).toMatchObject({
      amount: 9999,
      currency: 'EUR',
      status: 'open',
    });
    expect(derived(toRecord(deals, deal, { memo: STAGES, settings: {} }))).toMatchObject({ amount: undefined, currency: undefined });
    expect(derived(toRecord(deals, object('904', { amount: '', deal_currency_code: 'USD' })))).toMatchObject({
      amount: undefined,
      currency: undefined,
    });
  });

  it('place a meeting at its start with its length, and a call at its date with its duration in seconds', () => {
    const meeting = object('901', {
      hs_meeting_title: 'Intro',
      hs_meeting_start_time: '2026-11-21T09:00:00.000Z',
      hs_meeting_end_time: '2026-11-21T09:45:00.000Z',
      hs_meeting_outcome: 'COMPLETED',
    });
    expect(derived(toRecord(meetings, meeting, { page: links }))).toEqual({
      type: 'meeting',
      channel: 'crm',
      occurredAt: '2026-11-21T09:00:00.000Z',
      personExternalId: '101',
      accountExternalId: '501',
      properties: { title: 'Intro', outcome: 'COMPLETED', location: null, durationMinutes: 45 },
    });
    const call = object('905', { hs_call_duration: '95500', hs_call_direction: 'INBOUND', hs_timestamp: null });
    expect(derived(toRecord(calls, call))).toMatchObject({
      type: 'call',
      occurredAt: STAMP,
      personExternalId: undefined,
      properties: { durationSeconds: 96, direction: 'INBOUND' },
    });
  });

  it('reject a result without its modification stamp, naming it and keeping its id', () => {
    const broken = { ...object('106', {}), properties: { email: 'x@y.example' } };
    expect(toRecord(contacts, broken)).toMatchObject({ externalId: '106', reason: expect.stringContaining('properties.lastmodifieddate') });
  });

  it('turn every archived record into a tombstone of its entity, and reject one that is not archived', () => {
    const archived = STREAMS.filter((s) => s.name.endsWith('_archived'));
    expect(archived.map((s) => [s.name, s.entity, s.incremental.type])).toEqual([
      ['companies_archived', 'account', 'fullRefresh'],
      ['contacts_archived', 'person', 'fullRefresh'],
      ['deals_archived', 'deal', 'fullRefresh'],
      ['meetings_archived', 'activity', 'fullRefresh'],
      ['calls_archived', 'activity', 'fullRefresh'],
    ]);
    const contactsArchived = archived[1] as AnyStream;
    const gone = { ...object('101', {}), archived: true, archivedAt: STAMP };
    expect(toRecord(contactsArchived, gone)).toEqual({ stream: 'contacts_archived', raw: gone, deleted: true });
    expect(toRecord(contactsArchived, object('102', {}))).toMatchObject({ externalId: '102', reason: expect.stringContaining('archived') });
  });
});
