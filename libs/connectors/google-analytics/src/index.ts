export { googleAnalytics, GoogleAnalyticsConfig, GoogleAnalyticsSettings } from './connector.js';
export { GOOGLE_ANALYTICS_API_VERSION, GoogleAnalyticsContact } from './api.js';
export { classifyGoogleAnalyticsError } from './errors.js';
export { GOOGLE_ANALYTICS_MAPPINGS } from './mappings.js';
