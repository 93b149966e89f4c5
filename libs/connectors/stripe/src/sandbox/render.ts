import type { StripeCharge, StripeObject, StripeRefund, StripeSubscription } from './types.js';
import { isBasilOrLater } from './versions.js';

/**
 * 2025-03-31.basil: the billing period lives on each subscription item, no
 * longer on the subscription (https://docs.stripe.com/changelog/basil/2025-03-31/deprecate-subscription-current-period-start-and-end).
 */
function renderSubscription(version: string, subscription: StripeSubscription): StripeSubscription {
  if (isBasilOrLater(version)) {
    const { current_period_start: _start, current_period_end: _end, ...rest } = subscription;
    return rest;
  }
  const data = subscription.items.data.map(({ current_period_start: _start, current_period_end: _end, ...item }) => item);
  return { ...subscription, items: { ...subscription.items, data } };
}

/** 2025-03-31.basil removed `charge.invoice` (the invoice payment links the two now). */
function renderCharge(version: string, charge: StripeCharge): StripeCharge {
  if (!isBasilOrLater(version)) return charge;
  const { invoice: _invoice, ...rest } = charge;
  return rest;
}

function renderRefund(version: string, refund: StripeRefund): StripeRefund {
  return typeof refund.charge === 'string' ? refund : { ...refund, charge: renderCharge(version, refund.charge) };
}

/**
 * An object as Stripe renders it in `version`: the request's pinned
 * `Stripe-Version` for API responses, the account's version at the time
 * for an event's `data.object`.
 *
 * @example
 * render('2025-09-30.clover', subscription).items.data[0].current_period_end // the period end, no longer on the subscription
 */
export function render<T extends StripeObject>(version: string, object: T): T;
export function render(version: string, object: StripeObject): StripeObject {
  if (object.object === 'subscription') return renderSubscription(version, object);
  if (object.object === 'charge') return renderCharge(version, object);
  if (object.object === 'refund') return renderRefund(version, object);
  return object;
}
