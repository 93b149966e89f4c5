/**
 * @tributary/connector-google-ads/testing: test-only helpers. The conformance
 * target (the Google Ads simulator as the conformance suite drives it) and
 * what the accounts hold as canonical expectations. The simulator itself is ./sandbox.
 */
export { conformanceSettings, googleAdsExpected, shift, startGoogleAdsConformance, tokenSetOf } from './conformance-target.js';
