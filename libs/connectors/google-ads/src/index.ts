export { googleAds, GOOGLE_OAUTH } from './connector.js';
export { GoogleAdsConfig, GoogleAdsCredentials, GoogleAdsSettings, loginFor, type GoogleAdsSettingsInput } from './config.js';
export { GOOGLE_ADS_API_VERSION, GOOGLE_ADS_API_BASE, GOOGLE_ADS_SCOPE, GoogleAdsCustomerId } from './api.js';
export { classifyGoogleAdsError } from './errors.js';
export { GOOGLE_ADS_MAPPINGS } from './mappings.js';
export { CAMPAIGN_METRICS, GOOGLE_ADS_CHANNEL, metricKey } from './streams/index.js';
