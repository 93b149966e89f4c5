export { stripe, StripeConfig, StripeKeyConfig, StripeSettings, type StripeCredentials } from './connector.js';
export { STRIPE_API_VERSION } from './api.js';
export { classifyStripeError } from './errors.js';
export { STRIPE_MAPPINGS } from './mappings.js';
export { verifyStripeWebhook, signStripeWebhook, WEBHOOK_TOLERANCE_SECONDS } from './webhook.js';
