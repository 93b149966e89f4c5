import { archivedStream } from './object-stream.js';
import { companies } from './companies.js';
import { contacts } from './contacts.js';
import { deals } from './deals.js';
import { calls, meetings } from './engagements.js';

/**
 * Every run reads the objects in this order (companies before the contacts
 * and deals that link to them), then each object's archived list.
 */
export const STREAMS = [
  companies,
  contacts,
  deals,
  meetings,
  calls,
  archivedStream('companies', 'account', 'company'),
  archivedStream('contacts', 'person', 'contact'),
  archivedStream('deals', 'deal', 'deal'),
  archivedStream('meetings', 'activity', 'meeting'),
  archivedStream('calls', 'activity', 'call'),
] as const;

export { calls, companies, contacts, deals, meetings };
export { COMPANY, companyName, HubSpotCompany } from './companies.js';
export { CONTACT, HubSpotContact } from './contacts.js';
export { DEAL, dealCurrency, deriveDeal, HubSpotDeal } from './deals.js';
export { CALL, deriveCall, deriveMeeting, HubSpotCall, HubSpotMeeting, MEETING } from './engagements.js';
export { archivedStream, objectStream, type ObjectSpec } from './object-stream.js';
