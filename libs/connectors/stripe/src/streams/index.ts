import { charges } from './charges.js';
import { customers } from './customers.js';
import { refunds } from './refunds.js';
import { subscriptions } from './subscriptions.js';
import type { StripeStream } from './stream.js';

/** Full syncs walk the streams in this order. */
export const STREAMS: readonly StripeStream[] = [customers, charges, refunds, subscriptions];

export const streamByName = (name: string) => STREAMS.find((s) => s.name === name);
export const streamByObject = (object: string) => STREAMS.find((s) => s.object === object);

/** Every event type an incremental sync asks for (`types[]`, at most 20). */
export const EVENT_TYPES: readonly string[] = STREAMS.flatMap((s) => s.eventTypes);

export { charges, customers, refunds, subscriptions };
export * from './stream.js';
