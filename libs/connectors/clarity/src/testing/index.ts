/**
 * @tributary/connector-clarity/testing: test-only helpers. The conformance
 * target, what Clarity holds as canonical expectations, and a working connection's config.
 */
export { clarityExpected, startClarityConformance } from './conformance-target.js';
export { connectClarity } from './connect.js';
