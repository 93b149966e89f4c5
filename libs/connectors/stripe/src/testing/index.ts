/**
 * @tributary/connector-stripe/testing: test-only helpers. The conformance
 * target (the Stripe simulator as the conformance suite drives it) and what
 * Stripe holds as canonical expectations. The simulator itself is ./sandbox.
 */
export { startStripeConformance, stripeExpected } from './conformance-target.js';
export { stripeMockFetch, type RecordedRequest, type StripeMockFetch } from './stripe-mock.js';
