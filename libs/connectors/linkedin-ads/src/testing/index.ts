/**
 * @tributary/connector-linkedin-ads/testing: test-only helpers. The conformance target (the LinkedIn
 * simulator as the conformance suite drives it) and what the accounts hold as canonical expectations.
 */
export { conformanceSettings, linkedinAdsExpected, shift, startLinkedInAdsConformance, tokenSetOf } from './conformance-target.js';
