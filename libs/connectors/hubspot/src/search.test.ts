import { describe, expect, it } from 'vitest';
import { archivedRequest, searchRequest } from './search.js';

describe('search requests', () => {
  it('filter on the stamp from the window (epoch ms, GTE), sort by it ascending, and ask for the mapped properties', () => {
    expect(searchRequest('contacts', ['email', 'firstname'], '2026-10-01T00:00:00.000Z')).toEqual({
      method: 'POST',
      path: '/crm/v3/objects/contacts/search',
      idempotent: true,
      json: {
        filterGroups: [{ filters: [{ propertyName: 'lastmodifieddate', operator: 'GTE', value: '1790812800000' }] }],
        sorts: [{ propertyName: 'lastmodifieddate', direction: 'ASCENDING' }],
        properties: ['email', 'firstname', 'lastmodifieddate'],
        after: '0',
      },
    });
  });

  it('read everything on a first sync, on hs_lastmodifieddate for every other object', () => {
    const json = searchRequest('deals', ['amount', 'hs_lastmodifieddate'], null).json;
    expect(json).toMatchObject({
      filterGroups: [],
      sorts: [{ propertyName: 'hs_lastmodifieddate' }],
      properties: ['amount', 'hs_lastmodifieddate'],
    });
  });

  it('list archived records', () => {
    expect(archivedRequest('meetings')).toEqual({ path: '/crm/v3/objects/meetings', query: { archived: true } });
  });
});
