export { linkedinAds, LINKEDIN_OAUTH } from './connector.js';
export { LinkedInAdsConfig, LinkedInAdsCredentials, LinkedInAdsSettings, type LinkedInAdsSettingsInput } from './config.js';
export {
  ANALYTICS_ELEMENT_CAP,
  LINKEDIN_ADS_SCOPES,
  LINKEDIN_API_BASE,
  LINKEDIN_API_VERSION,
  LinkedInAccountId,
  LinkedInAnalyticsElement,
  RESTLI_PROTOCOL_VERSION,
} from './api.js';
export { classifyLinkedInError, msUntilUtcMidnight } from './errors.js';
export { LINKEDIN_ADS_MAPPINGS } from './mappings.js';
export { ANALYTICS_FIELDS, analyticsPath } from './requests.js';
export { CAMPAIGN_METRICS, LINKEDIN_ADS_CHANNEL, metricKey } from './streams/index.js';
