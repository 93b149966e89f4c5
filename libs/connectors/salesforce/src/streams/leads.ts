import { SalesforceLead } from '../api.js';
import { sobjectStream, type SObjectSpec } from './sobject.js';

/**
 * `SELECT ... FROM Lead` (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm)
 * -> Person `kind: lead`. A converted lead keeps its own row (Salesforce
 * keeps it too) and links to the account it was converted into.
 */
export const LEAD: SObjectSpec<SalesforceLead> = {
  name: 'leads',
  entity: 'person',
  description: 'Leads (kind: lead), converted ones included',
  object: 'Lead',
  keyPrefix: '00Q',
  fields: ['FirstName', 'LastName', 'Email', 'Phone', 'Title', 'Company', 'Status', 'IsConverted', 'ConvertedAccountId'],
  feeds: { ConvertedAccountId: ['accountExternalId'] },
  schema: SalesforceLead,
  derive: (l) => ({ kind: 'lead', accountExternalId: l.ConvertedAccountId ?? undefined }),
};
export const leads = sobjectStream(LEAD);
