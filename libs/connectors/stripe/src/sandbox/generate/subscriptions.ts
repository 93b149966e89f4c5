import type { Rng } from '@tributary/sandbox';
import { DAY, lastIndexAtOrBefore, spreadAt } from '../timeline.js';
import type { StripePrice, StripeSubscription, SubscriptionStatus } from '../types.js';
import type { World } from '../world.js';

const PLANS = [
  { nickname: 'Starter', interval: 'month', usd: 2900, eur: 2700 },
  { nickname: 'Team', interval: 'month', usd: 9900, eur: 8900 },
  { nickname: 'Business', interval: 'year', usd: 99000, eur: 89000 },
] as const;

const TRIAL = 14 * DAY;

/** One of the small fixed price catalog. */
function price(world: World, plan: number, currency: 'usd' | 'eur'): StripePrice {
  const spec = PLANS[plan] ?? PLANS[0];
  return {
    id: world.ids.price.encode(plan * 2 + (currency === 'usd' ? 0 : 1)),
    object: 'price',
    active: true,
    currency,
    nickname: spec.nickname,
    product: world.ids.product.encode(plan),
    recurring: { interval: spec.interval, interval_count: 1, usage_type: 'licensed' },
    type: 'recurring',
    unit_amount: spec[currency],
  };
}

/** Add `n` months or years to a unix time (calendar arithmetic, UTC). */
function addInterval(at: number, interval: 'month' | 'year', n: number): number {
  const date = new Date(at * 1000);
  if (interval === 'month') date.setUTCMonth(date.getUTCMonth() + n);
  else date.setUTCFullYear(date.getUTCFullYear() + n);
  return Math.floor(date.getTime() / 1000);
}

/** The billing period, anchored at `start`, that contains `at`. */
export function periodContaining(start: number, interval: 'month' | 'year', at: number): [number, number] {
  let n = 0;
  while (addInterval(start, interval, n + 1) <= at) n++;
  return [addInterval(start, interval, n), addInterval(start, interval, n + 1)];
}

function statusFor(rng: Rng, created: number, anchor: number): SubscriptionStatus {
  const rolled = rng.weighted({ active: 62, trialing: 8, past_due: 6, unpaid: 2, canceled: 22 });
  // A trial lasts 14 days: an old subscription cannot still be trialing.
  return rolled === 'trialing' && created < anchor - TRIAL ? 'active' : rolled;
}

/**
 * Generated subscription `index`: a customer created before it, one item
 * from the price catalog, about a fifth canceled.
 *
 * @example
 * generateSubscription(world, 0, rngFor(world.seeds.subscriptions, 0)).status;
 */
export function generateSubscription(world: World, index: number, rng: Rng): StripeSubscription {
  const { timeline } = world;
  const created = spreadAt(timeline.subscriptions, index);
  const customerIndex = rng.int(0, Math.max(0, lastIndexAtOrBefore(timeline.customers, created)));
  const status = statusFor(rng, created, timeline.anchor);
  const canceledAt = status === 'canceled' ? rng.int(created + DAY, Math.max(created + DAY, timeline.anchor - DAY)) : null;
  const item = price(world, rng.int(0, PLANS.length - 1), rng.chance(0.8) ? 'usd' : 'eur');
  const [periodStart, periodEnd] = periodContaining(created, item.recurring.interval, canceledAt ?? timeline.anchor);
  const id = world.ids.subscription.encode(index);
  const trial = status === 'trialing' || rng.chance(0.2);
  return {
    id,
    object: 'subscription',
    billing_cycle_anchor: trial ? created + TRIAL : created,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: canceledAt,
    collection_method: 'charge_automatically',
    created,
    currency: item.currency,
    current_period_end: periodEnd,
    current_period_start: periodStart,
    customer: world.ids.customer.encode(customerIndex),
    ended_at: canceledAt,
    items: {
      object: 'list',
      data: [
        {
          id: world.ids.subscriptionItem.encode(index),
          object: 'subscription_item',
          created,
          current_period_end: periodEnd,
          current_period_start: periodStart,
          metadata: {},
          price: item,
          quantity: rng.int(1, 25),
          subscription: id,
        },
      ],
      has_more: false,
      total_count: 1,
      url: `/v1/subscription_items?subscription=${id}`,
    },
    latest_invoice: null,
    livemode: false,
    metadata: {},
    start_date: created,
    status,
    trial_end: trial ? created + TRIAL : null,
    trial_start: trial ? created : null,
  };
}
