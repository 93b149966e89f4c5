import { events } from './events.js';

export { eventCompanies } from './companies.js';
export { events } from './events.js';

/** The streams a sync reads. */
export const STREAMS = [events];
