/**
 * @tributary/connector-google-analytics/testing: test-only helpers. The conformance
 * target (the simulator as the conformance suite drives it), what GA4 holds
 * as canonical expectations, and a working connection's config.
 */
export { conformanceSettings, googleAnalyticsExpected, startGoogleAnalyticsConformance } from './conformance-target.js';
export { connectGoogleAnalytics } from './connect.js';
