/**
 * @tributary/connector-linkedin-ads/sandbox: the LinkedIn Marketing API simulator (with LinkedIn's OAuth)
 * and the sandbox the gateway mounts from it. Product code; test-only helpers are in ./testing.
 */
export { createLinkedInAdsSimulator, type LinkedInAdsSimulator, type LinkedInAdsSimulatorOptions } from './simulator.js';
export { createLinkedInAdsSandbox } from './sandbox.js';
export {
  ACCESS_TOKEN_SECONDS,
  DEFAULT_LINKEDIN_CLIENT,
  LINKEDIN_OAUTH_PATHS,
  LinkedInTokenResponse,
  REFRESH_TOKEN_SECONDS,
  type LinkedInOAuth,
} from './oauth.js';
export { LINKEDIN_SIMULATOR_VERSIONS } from './access.js';
export { ANALYTICS_FIELDS as SERVED_ANALYTICS_FIELDS, MAX_FIELDS } from './routes.js';
export { rowKey, type DailyRow } from './store.js';
export { DEFAULT_LINKEDIN_ACCOUNTS, type Correction, type LinkedInAccountSpec, type SimAccount } from './world.js';
