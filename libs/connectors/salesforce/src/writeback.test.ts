import type { WritebackItem } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { WritebackSettings } from './settings.js';
import { prepareItem, SCORE_FIELD } from './writeback.js';

const settings = WritebackSettings.parse({ enabled: true, fields: { lead: 'Lead_Score__c' } });
const item = (patch: Partial<WritebackItem>): WritebackItem => ({
  entity: 'person',
  externalId: '003000000000001AAA',
  stream: 'contacts',
  fields: { [SCORE_FIELD]: 4.5 },
  ...patch,
});

describe('prepareItem', () => {
  it('writes the score to the field configured for the object, picked by stream or id prefix', () => {
    expect(prepareItem(item({}), settings)).toEqual({
      ok: true,
      record: { attributes: { type: 'Contact' }, id: '003000000000001AAA', Tributary_Score__c: 4.5 },
    });
    expect(prepareItem(item({ stream: 'leads', externalId: '00Q000000000001AAA' }), settings)).toMatchObject({
      record: { attributes: { type: 'Lead' }, Lead_Score__c: 4.5 },
    });
    expect(prepareItem(item({ entity: 'account', stream: 'unknown', externalId: '001000000000001AAA' }), settings)).toMatchObject({
      record: { attributes: { type: 'Account' } },
    });
    expect(prepareItem(item({ fields: { Tributary_Score__c: null } }), settings)).toMatchObject({
      ok: true,
      record: { Tributary_Score__c: null },
    });
  });

  it('refuses fields other than the configured one, entity/stream mismatches and ids that are not ids', () => {
    expect(prepareItem(item({ fields: { OwnerId: '005' } }), settings)).toMatchObject({
      ok: false,
      error: expect.stringContaining('not enabled for writeback'),
    });
    expect(prepareItem(item({ entity: 'account' }), settings)).toMatchObject({ ok: false });
    expect(prepareItem(item({ externalId: "003'; DROP" }), settings)).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a Salesforce record id'),
    });
    expect(prepareItem(item({ fields: { score: { nested: true } } }), settings)).toMatchObject({ ok: false });
  });
});
