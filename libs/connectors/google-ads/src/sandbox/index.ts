/**
 * @tributary/connector-google-ads/sandbox: the Google Ads simulator (with Google OAuth) and the
 * sandbox the gateway mounts from it. Product code; test-only helpers are in ./testing.
 */
export { createGoogleAdsSimulator, type GoogleAdsSimulator } from './simulator.js';
export { GOOGLE_ADS_SIMULATOR_VERSIONS, type GoogleAdsSimulatorOptions } from './options.js';
export { createGoogleAdsSandbox } from './sandbox.js';
export { DEFAULT_GOOGLE_CLIENT, GOOGLE_OAUTH_PATHS, type GoogleOAuth } from './oauth.js';
export { ADWORDS_SCOPE } from './access.js';
export { DEFAULT_ACCOUNTS } from './world.js';
export type { GoogleAdsControls, RestateOptions } from './control.js';
export type { GoogleAdsData } from './data.js';
export type { Adjustment, DayValues } from './metrics.js';
export type { Quota } from './quota.js';
export { rowKey } from './store.js';
export { executeGaql, GaqlError, parseGaql, type Condition, type GaqlResult, type ParsedQuery } from './gaql/index.js';
export type * from './types.js';
