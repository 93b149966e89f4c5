import type { HttpRequest, PaginationSpec } from '@tributary/core';
import { crmPath, LIST_PAGE_SIZE, SEARCH_PAGE_SIZE, STAMP_PROPERTY, type ObjectType } from './api.js';

/** Search pages: `after` and `limit` go in the JSON body, the next `after` is `paging.next.after`. */
export const SEARCH_PAGINATION: PaginationSpec = {
  style: 'cursor',
  itemsPath: 'results',
  cursorParam: 'after',
  cursorPath: 'paging.next.after',
  limitParam: 'limit',
  pageSize: SEARCH_PAGE_SIZE,
  paramsIn: 'json',
};

/** List pages: `after` and `limit` in the query. */
export const LIST_PAGINATION: PaginationSpec = {
  style: 'cursor',
  itemsPath: 'results',
  cursorParam: 'after',
  cursorPath: 'paging.next.after',
  limitParam: 'limit',
  pageSize: LIST_PAGE_SIZE,
};

/**
 * `POST /crm/v3/objects/{type}/search` (https://developers.hubspot.com/docs/api/crm/search):
 * objects modified at or after `since` (GTE on the modification stamp, in
 * epoch milliseconds; everything when null), oldest change first, with the
 * properties the stream maps. `sorts` are objects, as HubSpot reads them
 * (the OpenAPI spec's string form is not applied: HubSpot/hubspot-api-nodejs#14);
 * `after: '0'` makes the first page explicit (the spec marks `after` required).
 *
 * @example
 * searchRequest('contacts', ['email'], '2026-10-01T00:00:00.000Z').json
 * // { filterGroups: [{ filters: [{ propertyName: 'lastmodifieddate', operator: 'GTE', value: '1790812800000' }] }],
 * //   sorts: [{ propertyName: 'lastmodifieddate', direction: 'ASCENDING' }], properties: ['email', 'lastmodifieddate'], after: '0' }
 */
export function searchRequest(type: ObjectType, properties: readonly string[], since: string | null): HttpRequest {
  const stamp = STAMP_PROPERTY[type];
  const filters = since === null ? [] : [{ propertyName: stamp, operator: 'GTE', value: String(Date.parse(since)) }];
  return {
    method: 'POST',
    path: crmPath(`objects/${type}/search`),
    // A search is a read: safe to send again after a timeout or a 5xx.
    idempotent: true,
    json: {
      filterGroups: filters.length > 0 ? [{ filters }] : [],
      sorts: [{ propertyName: stamp, direction: 'ASCENDING' }],
      properties: [...new Set([...properties, stamp])],
      after: '0',
    },
  };
}

/**
 * `GET /crm/v3/objects/{type}?archived=true`
 * (https://developers.hubspot.com/docs/api/crm/understanding-the-crm#retrieve-archived-records):
 * the archived (deleted, restorable for 90 days) objects, with `archivedAt`.
 */
export function archivedRequest(type: ObjectType): HttpRequest {
  return { path: crmPath(`objects/${type}`), query: { archived: true } };
}
