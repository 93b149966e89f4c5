/**
 * @tributary/connector-meta-ads/sandbox: the Meta Marketing API simulator (with Meta's login) and the
 * sandbox the gateway mounts from it. Product code; test-only helpers are in ./testing.
 */
export {
  createMetaAdsSimulator,
  META_SIMULATOR_VERSIONS,
  type MetaAdsData,
  type MetaAdsSimulator,
  type MetaAdsSimulatorOptions,
} from './simulator.js';
export { createMetaAdsSandbox } from './sandbox.js';
export {
  DEFAULT_META_CLIENT,
  LONG_LIVED_SECONDS,
  metaOAuthPaths,
  MetaTokenResponse,
  SHORT_LIVED_SECONDS,
  type MetaOAuth,
} from './oauth.js';
export type { MetaAdsControls } from './controls.js';
export { spendString, type Correction, type DayValues } from './days.js';
export { rowKey, type DailyRow } from './store.js';
export { LEVELS, SERVED_FIELDS } from './insights.js';
export { DEFAULT_META_ACCOUNTS, type MetaAccountSpec, type SimAccount, type SimCampaign } from './world.js';
