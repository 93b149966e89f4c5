import { charges } from './charges.js';
import { customers } from './customers.js';
import { refunds } from './refunds.js';
import { subscriptions } from './subscriptions.js';

/** Full syncs walk the streams in this order, then replay `/v1/events`. */
export const STREAMS = [customers, charges, refunds, subscriptions] as const;

export { charges, customers, refunds, subscriptions };
export { splitName } from './customers.js';
