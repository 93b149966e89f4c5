import type { z } from 'zod';
import { hubspotObject, HubSpotStamp, PropertyValue } from '../api.js';
import { objectStream, type ObjectSpec } from './object-stream.js';

export const HubSpotContact = hubspotObject({
  email: PropertyValue,
  firstname: PropertyValue,
  lastname: PropertyValue,
  jobtitle: PropertyValue,
  phone: PropertyValue,
  /** The contact's primary company. */
  associatedcompanyid: PropertyValue,
  lifecyclestage: PropertyValue,
  lastmodifieddate: HubSpotStamp,
});
export type HubSpotContact = z.infer<typeof HubSpotContact>;

/**
 * Contacts (https://developers.hubspot.com/docs/api/crm/contacts) -> Person,
 * linked to their primary company; `kind` is the lifecycle stage
 * (`lead`, `customer`, ...), `contact` when none is set.
 */
export const CONTACT: ObjectSpec<HubSpotContact> = {
  type: 'contacts',
  entity: 'person',
  description: 'Contacts (kind: their lifecycle stage), with their primary company',
  label: 'contact',
  properties: ['email', 'firstname', 'lastname', 'jobtitle', 'phone', 'associatedcompanyid', 'lifecyclestage'],
  schema: HubSpotContact,
  derive: (c) => ({ kind: c.properties.lifecyclestage || 'contact' }),
};
export const contacts = objectStream(CONTACT);
