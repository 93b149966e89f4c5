/**
 * @tributary/connector-stripe/sandbox: the Stripe simulator and the sandbox the gateway mounts
 * from it. Product code; test-only helpers are in ./testing.
 */
export { createStripeSimulator, type StripeSimulator } from './simulator.js';
export type { StripeSimulatorOptions } from './options.js';
export type { StripeMutations } from './mutate/index.js';
export type { StripeData } from './data.js';
export { STRIPE_SIMULATOR_API_VERSION, DEFAULT_STRIPE_TEST_KEY, type AccountVersion } from './world.js';
export { maskKey, STRIPE_LOCK_TIMEOUT, type StripeErrorBody, type StripeErrorType } from './errors.js';
export { STRIPE_API_VERSIONS, isStripeApiVersion, isBasilOrLater } from './versions.js';
export { render as renderInVersion } from './render.js';
export { EVENT_RETENTION } from './events.js';
export type * from './types.js';
export { createStripeSandbox } from './sandbox.js';
export { APPS_OAUTH_PATHS, CONNECT_PATHS, type StripeConnect } from './connect.js';
