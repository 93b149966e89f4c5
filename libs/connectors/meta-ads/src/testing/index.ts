/**
 * @tributary/connector-meta-ads/testing: test-only helpers. The conformance target (the Meta simulator
 * as the conformance suite drives it) and what the accounts hold as canonical expectations.
 */
export { conformanceSettings, META_RATE_LIMIT, metaAdsExpected, shift, startMetaAdsConformance, tokenSetOf } from './conformance-target.js';
