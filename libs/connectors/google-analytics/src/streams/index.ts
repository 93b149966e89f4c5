export { GOOGLE_ANALYTICS_SOURCE, isoDate, rowKey, SITE_ANALYTICS, siteAnalytics } from './site-analytics.js';
