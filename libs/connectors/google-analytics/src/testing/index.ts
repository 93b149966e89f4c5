/**
 * @tributary/connector-google-analytics/testing: test-only helpers. The conformance
 * target (the simulator as the conformance suite drives it), what Google Analytics holds
 * as canonical expectations, and a working connection's config.
 */
export { googleAnalyticsExpected, startGoogleAnalyticsConformance } from './conformance-target.js';
export { connectGoogleAnalytics } from './connect.js';
