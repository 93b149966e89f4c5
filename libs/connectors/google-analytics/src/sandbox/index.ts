/**
 * @tributary/connector-google-analytics/sandbox: the GA4 simulator and the sandbox the
 * gateway mounts from it. Product code; test-only helpers are in ./testing.
 */
export {
  createGoogleAnalyticsSimulator,
  GOOGLE_ANALYTICS_RATE_LIMIT,
  type GoogleAnalyticsSimulator,
  type GoogleAnalyticsSimulatorOptions,
} from './simulator.js';
export { CHANNELS, DEFAULT_PROPERTIES, DEVICES, type SimProperty, type SimRow } from './data.js';
export { errorBody } from './errors.js';
export { GOOGLE_ANALYTICS_OAUTH_PATHS, mountGoogleAnalyticsOAuth } from './oauth.js';
export { createGoogleAnalyticsSandbox } from './sandbox.js';
