import { DAY } from './timeline.js';
import type { StripeEvent, StripeObject } from './types.js';
import { render } from './render.js';
import type { World } from './world.js';

/** Stripe keeps events for 30 days. https://docs.stripe.com/api/events/list */
export const EVENT_RETENTION = 30 * DAY;

/** Events produced by vendor-side mutations, oldest first (index = position). */
export interface EventLog {
  emit(type: string, object: StripeObject, at: number, previous?: Record<string, unknown>): StripeEvent;
  size(): number;
  get(index: number): StripeEvent | undefined;
  indexOf(id: string): number | undefined;
  /** Oldest `created` still returned by `/v1/events`. */
  retainedFrom(): number;
}

/**
 * Events are rendered once, when they happen, in the account's API version
 * at that moment (`api_version`), whatever version a later request pins:
 * "the contents of `data` never change" (Stripe's spec for `event.api_version`).
 *
 * @example
 * const events = createEventLog(world);
 * events.emit('customer.updated', customer, world.timeline.tick(), { email: 'old@x.example' });
 */
export function createEventLog(world: World): EventLog {
  const events: StripeEvent[] = [];
  return {
    emit(type, object, at, previous) {
      // The list code relies on `created` never decreasing along the log.
      const created = Math.max(at, events[events.length - 1]?.created ?? at);
      const version = world.apiVersion.get();
      const data = structuredClone(render(version, object));
      const event: StripeEvent = {
        id: world.ids.event.encode(events.length),
        object: 'event',
        api_version: version,
        created,
        data: previous === undefined ? { object: data } : { object: data, previous_attributes: previous },
        livemode: false,
        pending_webhooks: 0,
        request: { id: world.nextRequestId(), idempotency_key: null },
        type,
      };
      events.push(event);
      return event;
    },
    size: () => events.length,
    get: (index) => {
      const event = events[index];
      return event === undefined ? undefined : structuredClone(event);
    },
    indexOf: (id) => {
      const index = world.ids.event.decode(id);
      return index !== undefined && index < events.length ? index : undefined;
    },
    retainedFrom: () => world.timeline.now() - EVENT_RETENTION,
  };
}

/** `charge.*` style matching: `*` stands for any run of characters. */
export function eventTypeMatcher(pattern: string): (type: string) => boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  const regex = new RegExp(`^${source}$`);
  return (type) => regex.test(type);
}
