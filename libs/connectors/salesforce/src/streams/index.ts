import { accounts } from './accounts.js';
import { events, tasks } from './activities.js';
import { contacts } from './contacts.js';
import { leads } from './leads.js';
import { opportunities } from './opportunities.js';

/** Every sync round reads the objects in this order. */
export const STREAMS = [accounts, contacts, leads, opportunities, tasks, events] as const;

export { accounts, contacts, events, leads, opportunities, tasks };
export { ACCOUNT } from './accounts.js';
export { EVENT, TASK } from './activities.js';
export { CONTACT } from './contacts.js';
export { LEAD } from './leads.js';
export { OPPORTUNITY } from './opportunities.js';
export { COMMON_FIELDS, deriveContext, sobjectStream, type DeriveContext, type SObjectSpec } from './sobject.js';
