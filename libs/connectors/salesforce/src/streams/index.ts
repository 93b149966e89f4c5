import { ACCOUNT, accounts } from './accounts.js';
import { EVENT, events, TASK, tasks } from './activities.js';
import { CONTACT, contacts } from './contacts.js';
import { LEAD, leads } from './leads.js';
import { OPPORTUNITY, opportunities } from './opportunities.js';
import type { SObjectSpec } from './sobject.js';

/** Every sync round reads the objects in this order. */
export const STREAMS = [accounts, contacts, leads, opportunities, tasks, events] as const;
/** The objects behind the streams, in the same order. */
export const SOBJECTS: ReadonlyArray<SObjectSpec<unknown>> = [ACCOUNT, CONTACT, LEAD, OPPORTUNITY, TASK, EVENT];

export { accounts, contacts, events, leads, opportunities, tasks };
export { ACCOUNT, CONTACT, EVENT, LEAD, OPPORTUNITY, TASK };
export { COMMON_FIELDS, deriveContext, sobjectStream, type DeriveContext, type SObjectShape, type SObjectSpec } from './sobject.js';
