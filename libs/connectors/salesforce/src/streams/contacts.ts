import { SalesforceContact } from '../api.js';
import { sobjectStream, type SObjectSpec } from './sobject.js';

/** `SELECT ... FROM Contact` (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_contact.htm) -> Person `kind: contact`. */
export const CONTACT: SObjectSpec<SalesforceContact> = {
  name: 'contacts',
  entity: 'person',
  description: 'Contacts (kind: contact)',
  object: 'Contact',
  keyPrefix: '003',
  fields: ['FirstName', 'LastName', 'Email', 'Phone', 'Title', 'AccountId'],
  schema: SalesforceContact,
  derive: () => ({ kind: 'contact' }),
};
export const contacts = sobjectStream(CONTACT);
