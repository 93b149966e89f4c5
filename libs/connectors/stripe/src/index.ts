export { stripe, StripeConfig, StripeSettings } from './connector.js';
export { STRIPE_API_VERSION } from './api.js';
export { classifyStripeError } from './errors.js';
export { STRIPE_MAPPINGS } from './mappings.js';
