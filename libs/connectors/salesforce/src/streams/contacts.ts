import { SalesforceContact } from '../api.js';
import type { SalesforceStream } from './stream.js';

/** `SELECT ... FROM Contact` (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_contact.htm) -> Person `kind: contact`. */
export const contacts: SalesforceStream = {
  name: 'contacts',
  object: 'Contact',
  fields: ['FirstName', 'LastName', 'Email', 'Phone', 'Title', 'AccountId'],
  schema: SalesforceContact,
  derive: () => ({ kind: 'contact' }),
};
