import { STAMP_PROPERTY } from '../api.js';
import { iso } from './generate/common.js';
import type { PublicObject, PublicProperties, SimObject, SimType } from './types.js';

/** The creation stamp's property: `createdate` on CRM objects, `hs_createdate` on engagements. */
export const CREATED_PROPERTY: Readonly<Record<SimType, string>> = {
  contacts: 'createdate',
  companies: 'createdate',
  deals: 'createdate',
  meetings: 'hs_createdate',
  calls: 'hs_createdate',
};

/** What a search or list returns without `properties` (https://developers.hubspot.com/docs/api/crm/search). */
export const DEFAULT_PROPERTIES: Readonly<Record<SimType, readonly string[]>> = {
  contacts: ['createdate', 'email', 'firstname', 'hs_object_id', 'lastmodifieddate', 'lastname'],
  companies: ['createdate', 'domain', 'hs_lastmodifieddate', 'hs_object_id', 'name'],
  deals: ['amount', 'closedate', 'createdate', 'dealname', 'dealstage', 'hs_lastmodifieddate', 'hs_object_id', 'pipeline'],
  meetings: ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
  calls: ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
};

/** A property of a record: a string, null when the portal has the property but the record no value, undefined when no such property. */
export function propertyValue(type: SimType, record: SimObject, name: string): string | null | undefined {
  if (name === STAMP_PROPERTY[type]) return iso(record.updatedAt);
  if (name === CREATED_PROPERTY[type]) return iso(record.createdAt);
  if (name === 'hs_object_id') return record.id;
  return name in record.props ? (record.props[name] ?? null) : undefined;
}

/**
 * A record as HubSpot returns it: the requested properties it knows (null
 * when empty; unknown names are ignored), always with its id and both
 * stamps, or the default properties when none were requested.
 */
export function render(type: SimType, record: SimObject, requested?: readonly string[], archivedAt?: number): PublicObject {
  const names =
    requested && requested.length > 0
      ? [...requested, 'hs_object_id', CREATED_PROPERTY[type], STAMP_PROPERTY[type]]
      : DEFAULT_PROPERTIES[type];
  const properties: PublicProperties = {};
  for (const name of names) {
    const value = propertyValue(type, record, name);
    if (value !== undefined) properties[name] = value;
  }
  return {
    id: record.id,
    properties,
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
    archived: archivedAt !== undefined,
    ...(archivedAt !== undefined ? { archivedAt: iso(archivedAt) } : {}),
  };
}
