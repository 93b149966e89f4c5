export { GOOGLE_OAUTH, googleAnalytics } from './connector.js';
export { GoogleAnalyticsConfig, GoogleAnalyticsSettings } from './config.js';
export { GOOGLE_ANALYTICS_API_VERSION, GOOGLE_ANALYTICS_SCOPE, GoogleAnalyticsRow } from './api.js';
export { GOOGLE_ANALYTICS_MAPPINGS } from './mappings.js';
export { classifyGoogleAnalyticsError } from './errors.js';
export { GOOGLE_ANALYTICS_SOURCE, rowKey, SITE_ANALYTICS } from './streams/index.js';
